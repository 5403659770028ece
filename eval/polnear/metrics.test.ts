import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  computeMetrics,
  countExactMatches,
  emptyCounts,
  GROUPS,
  goldNameWords,
  judgeSpeaker,
  namesSamePerson,
  pairSpans,
  precisionRecall,
  scoreGroup,
  spansMatch,
  trimSpan,
  type GoldSpeakerQuote,
  type PredictedEntity,
  type PredictedSpeakerQuote,
  type QuoteKind,
  type TextRange,
  type TextSpan,
} from './metrics.js';

// Invented text only (never PolNeAR text).
const TEXT =
  '“The harbor stays open,” Mayor Ana Ruiz said on Monday. Ruiz campaign chairman Tom Vela disagreed. ' +
  'Bill Ruiz, her cousin, said the docks were “unsafe at night.” She said she would “think about it.”';

/** The span of the n-th occurrence of `needle` in `text`. */
function at(needle: string, text = TEXT, occurrence = 0): TextSpan {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `"${needle}" not in the test text`);
  return { start, end: start + needle.length, text: needle };
}

const range = (start: number, end: number): TextRange => ({ start, end });

function gold(content: TextRange, speaker: TextSpan | null, kind: QuoteKind = 'direct'): GoldSpeakerQuote {
  return { start: content.start, end: content.end, kind, speaker };
}

function predicted(
  content: TextRange,
  speaker: TextRange | null,
  entity: PredictedEntity | null = null,
  kind: QuoteKind = 'direct',
): PredictedSpeakerQuote {
  return { start: content.start, end: content.end, kind, speaker, entity };
}

describe('trimSpan', () => {
  test('drops quotation marks, punctuation and white space at both ends', () => {
    const text = '  “Wait—really?!” … ';
    assert.deepEqual(trimSpan(text, range(0, text.length)), { start: 3, end: 14 });
    assert.equal(text.slice(3, 14), 'Wait—really');
  });

  test('handles every listed mark', () => {
    const marks = '"“”‘’\'«»„‹›`.,;:!?—–-…';
    const text = `${marks} x ${marks}`;
    const trimmed = trimSpan(text, range(0, text.length));
    assert.equal(text.slice(trimmed.start, trimmed.end), 'x');
  });

  test('keeps inner punctuation and a span with nothing to trim', () => {
    const text = 'a, b';
    assert.deepEqual(trimSpan(text, range(0, 4)), { start: 0, end: 4 });
  });

  test('a span of marks only trims to an empty span', () => {
    const trimmed = trimSpan('say “...” now', range(4, 9));
    assert.equal(trimmed.end - trimmed.start, 0);
  });

  test('clamps offsets outside the text instead of throwing', () => {
    assert.deepEqual(trimSpan('abc', range(-5, 99)), { start: 0, end: 3 });
    assert.deepEqual(trimSpan('abc', range(2, 1)), { start: 2, end: 2 });
  });

  test('marks outside a gold span and inside a predicted one trim to the same span', () => {
    const goldSpan = trimSpan(TEXT, at('The harbor stays open,'));
    const predictedSpan = trimSpan(TEXT, at('“The harbor stays open,”'));
    assert.deepEqual(goldSpan, predictedSpan);
  });
});

describe('spansMatch: overlap at least 50% of the longer span', () => {
  test('exactly half of the longer span matches', () => {
    assert.equal(spansMatch(range(0, 10), range(5, 15)), true);
    assert.equal(spansMatch(range(0, 10), range(0, 5)), true);
  });

  test('one character short of half does not match', () => {
    assert.equal(spansMatch(range(0, 10), range(6, 16)), false);
    assert.equal(spansMatch(range(0, 10), range(0, 4)), false);
  });

  test('the longer span decides, whichever side it is on', () => {
    // A 4-character span inside a 9-character one: 4 < 4.5.
    assert.equal(spansMatch(range(0, 9), range(2, 6)), false);
    assert.equal(spansMatch(range(2, 6), range(0, 9)), false);
    assert.equal(spansMatch(range(0, 8), range(2, 6)), true);
  });

  test('touching or empty spans never match', () => {
    assert.equal(spansMatch(range(0, 5), range(5, 10)), false);
    assert.equal(spansMatch(range(3, 3), range(3, 3)), false);
    assert.equal(spansMatch(range(0, 0), range(0, 1)), false);
  });
});

describe('pairSpans: one-to-one, greedy by overlap', () => {
  test('a gold span pairs with one prediction only, the one with the larger overlap', () => {
    const pairs = pairSpans([range(0, 10)], [range(0, 6), range(0, 9)]);
    assert.deepEqual(
      pairs.map((pair) => [pair.gold, pair.predicted]),
      [[0, 1]],
    );
  });

  test('a prediction pairs with one gold span only', () => {
    const pairs = pairSpans([range(0, 10), range(0, 8)], [range(0, 10)]);
    assert.deepEqual(
      pairs.map((pair) => [pair.gold, pair.predicted, pair.overlap]),
      [[0, 0, 10]],
    );
  });

  test('largest overlap first, even when that leaves a pairing out (greedy, not optimal)', () => {
    const goldSpans = [range(0, 10), range(4, 12)];
    const predictedSpans = [range(1, 12), range(0, 6)];
    // Overlaps that match: g0-p0 9, g1-p0 8, g0-p1 6. Greedy takes g0-p0; g1 and p1 are left alone
    // although g0-p1 and g1-p0 would pair both.
    const pairs = pairSpans(goldSpans, predictedSpans);
    assert.deepEqual(
      pairs.map((pair) => [pair.gold, pair.predicted, pair.overlap]),
      [[0, 0, 9]],
    );
  });

  test('equal overlaps are broken by position: earlier gold first', () => {
    // The prediction overlaps both gold spans by 5 and matches both (5 >= 10 / 2).
    const pairs = pairSpans([range(10, 20), range(0, 10)], [range(5, 15)]);
    assert.deepEqual(
      pairs.map((pair) => [pair.gold, pair.predicted]),
      [[1, 0]],
    );
  });

  test('empty inputs give no pairs', () => {
    assert.deepEqual(pairSpans([], []), []);
    assert.deepEqual(pairSpans([range(0, 5)], []), []);
    assert.deepEqual(pairSpans([], [range(0, 5)]), []);
  });
});

describe('countExactMatches', () => {
  test('counts identical spans one-to-one and ignores empty ones', () => {
    assert.equal(countExactMatches([range(0, 5), range(0, 5), range(7, 9)], [range(0, 5), range(7, 8)]), 1);
    assert.equal(countExactMatches([range(0, 5), range(0, 5)], [range(0, 5), range(0, 5)]), 2);
    assert.equal(countExactMatches([range(4, 4)], [range(4, 4)]), 0);
  });
});

describe('judgeSpeaker', () => {
  const content = at('The harbor stays open,');
  const goldSpeaker = at('Mayor Ana Ruiz');
  const ruizEntity: PredictedEntity = { name: 'Ana Ruiz', mentions: [at('Ana Ruiz'), at('Ruiz', TEXT, 2)] };

  test('null gold speaker: correct only when the prediction has none either', () => {
    assert.deepEqual(judgeSpeaker(gold(content, null), predicted(content, null)), { isCorrect: true, rule: 'null', isAbstained: false });
    assert.deepEqual(judgeSpeaker(gold(content, null), predicted(content, at('Ana Ruiz'), ruizEntity)), {
      isCorrect: false,
      rule: null,
      isAbstained: false,
    });
  });

  test('a null prediction for a gold speaker is wrong and counts as abstained', () => {
    assert.deepEqual(judgeSpeaker(gold(content, goldSpeaker), predicted(content, null)), {
      isCorrect: false,
      rule: null,
      isAbstained: true,
    });
  });

  test('(a) the predicted mention overlaps the gold speaker span', () => {
    assert.equal(judgeSpeaker(gold(content, goldSpeaker), predicted(content, at('Ruiz'))).rule, 'mention');
  });

  test('(a) negative: a mention touching the gold speaker without overlap, with no entity', () => {
    const verdict = judgeSpeaker(gold(content, goldSpeaker), predicted(content, at(' said')));
    assert.deepEqual(verdict, { isCorrect: false, rule: null, isAbstained: false });
  });

  test('(b) another mention of the predicted entity overlaps the gold speaker span', () => {
    // Predicted mention "Ruiz" in the second sentence; the entity also holds "Ana Ruiz" inside the gold speaker.
    const verdict = judgeSpeaker(
      gold(content, goldSpeaker),
      predicted(content, at('Ruiz', TEXT, 2), { name: 'Ruiz', mentions: [at('Ruiz', TEXT, 2), at('Ana Ruiz')] }),
    );
    assert.equal(verdict.rule, 'entity');
  });

  test('(b) negative: no mention of the entity overlaps, and the names differ', () => {
    const verdict = judgeSpeaker(
      gold(content, goldSpeaker),
      predicted(content, at('Tom Vela'), { name: 'Tom Vela', mentions: [at('Tom Vela')] }),
    );
    assert.equal(verdict.isCorrect, false);
  });

  test('(c) the entity name names the gold speaker elsewhere in the text', () => {
    const speakerOfShe = at('She');
    const entity = { name: 'Ana Ruiz', mentions: [at('She')] };
    assert.equal(
      judgeSpeaker(gold(at('think about it.'), goldSpeaker), predicted(at('think about it.'), speakerOfShe, entity)).rule,
      'name',
    );
  });

  test('(c) is not tried without an entity', () => {
    assert.equal(judgeSpeaker(gold(content, goldSpeaker), predicted(content, at('She'), null)).isCorrect, false);
  });

  test('the first rule that holds is the one counted', () => {
    assert.equal(judgeSpeaker(gold(content, goldSpeaker), predicted(content, at('Ana Ruiz'), ruizEntity)).rule, 'mention');
  });
});

describe('namesSamePerson (rule c)', () => {
  const valid: [string, string][] = [
    ['Mayor Ana Ruiz', 'Ana Ruiz'],
    ['Ruiz', 'Ana Ruiz'],
    ['Mayor Ruiz', 'Ana Ruiz'],
    ['Ms. Ruiz', 'Ana Ruiz'],
    ['Ana Ruiz, a harbor official since 2009', 'Ana Ruiz'],
    ['Councilwoman Ana Maria Ruiz', 'Ana Ruiz'],
    ['Ana M. Ruiz', 'Ana Ruiz'],
    ['Independent Ana Ruiz', 'Ana Ruiz'],
    ['Tom Ruiz', 'Ruiz'],
    ['Ana Ruiz (D-Lakeport)', 'Mayor Ana Ruiz'],
    ['The Lakeport Ledger', 'Lakeport Ledger'],
  ];
  for (const [goldText, name] of valid) {
    test(`"${goldText}" names "${name}"`, () => assert.equal(namesSamePerson(goldText, name), true));
  }

  const invalid: [string, string][] = [
    ['Bill Ruiz', 'Ana Ruiz'],
    ['Bill Ruiz, her cousin', 'Ana Ruiz'],
    ['Ruiz campaign chairman Tom Vela', 'Ana Ruiz'],
    ['Ruiz campaign chairman Tom Vela', 'Ruiz'],
    ['Ruiz’s spokesman', 'Ana Ruiz'],
    ['Ruiz’s', 'Ana Ruiz'],
    ['advisers to Mayor Ruiz', 'Ana Ruiz'],
    ['Moss and Ruiz', 'Ana Ruiz'],
    ['Ruizo', 'Ana Ruiz'],
    ['the mayor', 'Ana Ruiz'],
    ['she', 'Ana Ruiz'],
    ['Ana Ruiz', 'she'],
    ['He', 'He'],
    ['It', 'It'],
    ['They', 'They'],
    ['Ana Ruiz', 'the mayor'],
    ['Ana Ruiz', ''],
    ['', 'Ana Ruiz'],
    ['Ana Ruiz', 'R'],
    ['ruiz', 'Ana Ruiz'],
  ];
  for (const [goldText, name] of invalid) {
    test(`"${goldText}" does not name "${name}"`, () => assert.equal(namesSamePerson(goldText, name), false));
  }

  test('the gold name is the last capitalized run before the first comma, leading titles dropped', () => {
    assert.deepEqual(goldNameWords('Lakeport harbor chief Ana Ruiz, who runs the docks'), ['Ana', 'Ruiz']);
    assert.deepEqual(goldNameWords('Former Mayor Ana Ruiz'), ['Ana', 'Ruiz']);
    assert.deepEqual(goldNameWords('they'), []);
  });
});

describe('scoreGroup', () => {
  const directQuote = at('The harbor stays open,');
  const mixedQuote = at('the docks were “unsafe at night.”');
  const indirectQuote = at('she would “think about it.”');

  const goldQuotes = [
    gold(directQuote, at('Mayor Ana Ruiz'), 'direct'),
    gold(mixedQuote, at('Bill Ruiz, her cousin'), 'mixed'),
    gold(at('disagreed'), at('Ruiz campaign chairman Tom Vela'), 'indirect'),
  ];

  test('direct+mixed pairs direct and mixed quotes across those two kinds only', () => {
    const predictions = [
      predicted(at('“The harbor stays open,”'), at('Ana Ruiz'), null, 'direct'),
      predicted(at('unsafe at night.'), at('Bill Ruiz'), null, 'direct'),
      predicted(at('disagreed'), at('Tom Vela'), null, 'direct'),
    ];
    const result = scoreGroup(TEXT, GROUPS[0]!, goldQuotes, predictions);
    // "unsafe at night" is less than half of the mixed gold span: unmatched.
    assert.deepEqual(
      { gold: result.counts.gold, predicted: result.counts.predicted, matched: result.counts.matched, exact: result.counts.exact },
      { gold: 2, predicted: 3, matched: 1, exact: 1 },
    );
    assert.deepEqual(result.unmatchedGold, [1]);
    assert.deepEqual(result.unmatchedPredicted, [1, 2]);
    assert.equal(result.counts.speakerCorrect, 1);
    assert.equal(result.counts.byRule.mention, 1);
  });

  test('indirect scores only indirect against indirect; all ignores kinds', () => {
    const predictions = [predicted(at('disagreed'), null, null, 'mixed')];
    const indirect = scoreGroup(TEXT, GROUPS[1]!, goldQuotes, predictions);
    assert.deepEqual([indirect.counts.gold, indirect.counts.predicted, indirect.counts.matched], [1, 0, 0]);
    const all = scoreGroup(TEXT, GROUPS[2]!, goldQuotes, predictions);
    assert.deepEqual([all.counts.gold, all.counts.predicted, all.counts.matched, all.counts.abstained], [3, 1, 1, 1]);
  });

  test('empty inputs score zero everywhere, never NaN', () => {
    const result = scoreGroup(TEXT, GROUPS[2]!, [], []);
    assert.deepEqual(result.counts, emptyCounts());
    const metrics = computeMetrics(result.counts);
    assert.deepEqual(metrics.extraction, { precision: 0, recall: 0, f1: 0 });
    assert.equal(metrics.speakerAccuracy, 0);
    assert.deepEqual(metrics.endToEnd, { precision: 0, recall: 0, f1: 0 });
    assert.equal(scoreGroup('', GROUPS[0]!, [], [predicted(range(0, 0), null)]).counts.matched, 0);
  });

  test('a gold quote with no speaker and a prediction with none is a correct speaker', () => {
    const result = scoreGroup(
      TEXT,
      GROUPS[1]!,
      [gold(indirectQuote, null, 'indirect')],
      [predicted(indirectQuote, null, null, 'indirect')],
    );
    assert.equal(result.counts.speakerCorrect, 1);
    assert.equal(result.counts.byRule.null, 1);
    assert.equal(result.counts.abstained, 0);
  });
});

describe('precisionRecall and computeMetrics', () => {
  test('P = matched / predicted, R = matched / gold, F1 their harmonic mean', () => {
    const { precision, recall, f1 } = precisionRecall(3, 4, 6);
    assert.equal(precision, 0.75);
    assert.equal(recall, 0.5);
    assert.equal(f1, 0.6);
  });

  test('speaker accuracy is over matched pairs and end-to-end over predicted and gold', () => {
    const counts = { ...emptyCounts(), gold: 10, predicted: 8, matched: 6, exact: 2, speakerCorrect: 3, abstained: 1 };
    const metrics = computeMetrics(counts);
    assert.equal(metrics.speakerAccuracy, 0.5);
    assert.equal(metrics.endToEnd.precision, 3 / 8);
    assert.equal(metrics.endToEnd.recall, 3 / 10);
    assert.equal(metrics.exact.precision, 2 / 8);
    assert.equal(metrics.abstainedRate, 1 / 6);
  });
});
