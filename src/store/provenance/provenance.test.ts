import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wordsOf } from '../text/words.js';
import { bandKeysOf, commonWordCount, fingerprintOf, isNearDuplicate, shinglesOf, signatureOf, wordingHashOf } from './minhash.js';
import { planGrouping, type GroupingLookups, type NewTraceableQuote } from './plan-grouping.js';
import { diffWords } from './word-diff.js';

const QUOTE = 'the tide gauges on the east breakwater have been broken since the spring floods';

describe('minhash fingerprints', () => {
  it('gives equal wordings equal hashes and band keys, across case and punctuation', () => {
    const a = fingerprintOf(wordsOf(QUOTE))!;
    const b = fingerprintOf(wordsOf('The tide-gauges on the East Breakwater have been broken, since the spring floods!'))!;
    assert.deepEqual(a, b);
    assert.equal(a.bandKeys.length, 12);
    for (const key of [...a.bandKeys, a.wordingHash]) assert.ok(Number.isSafeInteger(key) && key >= 0 && key < 2 ** 52);
  });

  it('shares band keys with a one-word edit and none with an unrelated quote', () => {
    const keys = new Set(fingerprintOf(wordsOf(QUOTE))!.bandKeys);
    const edited = fingerprintOf(wordsOf(QUOTE.replace('spring', 'winter')))!.bandKeys;
    const unrelated = fingerprintOf(wordsOf('a new bakery opened on the corner of mill street and the square last week'))!.bandKeys;
    assert.ok(edited.some((key) => keys.has(key)));
    assert.ok(!unrelated.some((key) => keys.has(key)));
  });

  it('does not fingerprint quotes of fewer than four words', () => {
    assert.equal(fingerprintOf(['we', 'are', 'done']), null);
    assert.notEqual(wordingHashOf(['we', 'are', 'done']), wordingHashOf(['we', 'are', 'not', 'done']));
  });

  it('estimates Jaccard similarity from signatures', () => {
    const a = signatureOf(shinglesOf(wordsOf(QUOTE)));
    const b = signatureOf(shinglesOf(wordsOf(QUOTE)));
    assert.deepEqual(bandKeysOf(a), bandKeysOf(b));
  });
});

describe('isNearDuplicate', () => {
  const words = wordsOf(QUOTE);
  it('accepts a changed word, a dropped word and an elided quarter', () => {
    assert.ok(isNearDuplicate(words, wordsOf(QUOTE.replace('spring', 'winter'))));
    assert.ok(isNearDuplicate(words, wordsOf(QUOTE.replace(' east', ''))));
    assert.ok(isNearDuplicate(words, wordsOf('the tide gauges on the east breakwater have been broken … floods')));
  });
  it('rejects reordered sentences, a shared sentence, and a short excerpt', () => {
    const first = 'the pier will close at dusk';
    const second = 'nobody has paid the harbour fees this year';
    assert.ok(!isNearDuplicate(wordsOf(`${first} ${second}`), wordsOf(`${second} ${first}`)));
    assert.ok(!isNearDuplicate(wordsOf(`${first} ${second}`), wordsOf(`${first} the ferry is late again today`)));
    assert.ok(!isNearDuplicate(words, wordsOf('the tide gauges on the east breakwater')));
  });
  it('counts the longest common subsequence of words', () => {
    assert.equal(commonWordCount(['a', 'b', 'c', 'd'], ['b', 'x', 'd']), 2);
    assert.equal(commonWordCount([], ['a']), 0);
  });
});

describe('diffWords', () => {
  it('shows changes word by word against the earliest wording, keeping the written forms', () => {
    assert.deepEqual(diffWords('We will close the pier, then the quay.', 'We will close the old pier then the quay'), [
      { op: 'equal', earliest: 'We will close the', variant: 'We will close the' },
      { op: 'insert', earliest: '', variant: 'old' },
      { op: 'equal', earliest: 'pier, then the quay.', variant: 'pier then the quay' },
    ]);
    assert.deepEqual(diffWords('the ferry runs twice daily', 'the ferry runs once daily'), [
      { op: 'equal', earliest: 'the ferry runs', variant: 'the ferry runs' },
      { op: 'replace', earliest: 'twice', variant: 'once' },
      { op: 'equal', earliest: 'daily', variant: 'daily' },
    ]);
    assert.deepEqual(diffWords('a b … c', 'a b c'), [{ op: 'equal', earliest: 'a b c', variant: 'a b c' }]);
  });
});

/** Lookups over an in-memory "database" of stored quotes. */
function memoryLookups(
  stored: Array<{ rowId: number; terms: string; groupId: number | null }>,
  sizes: Map<number, number>,
): GroupingLookups {
  const fingerprints = stored.map((quote) => ({ ...quote, print: fingerprintOf(quote.terms.split(' '))! }));
  return {
    wordings: async (hashes) =>
      new Map(
        fingerprints.filter((quote) => hashes.includes(quote.print.wordingHash)).map((quote) => [quote.print.wordingHash, quote.rowId]),
      ),
    bands: async (keys) =>
      fingerprints.flatMap((quote) => quote.print.bandKeys.filter((key) => keys.includes(key)).map((key) => ({ key, rowId: quote.rowId }))),
    quotes: async (rowIds) =>
      new Map(
        fingerprints
          .filter((quote) => rowIds.includes(quote.rowId))
          .map((quote) => [quote.rowId, { traceTerms: quote.terms, groupId: quote.groupId }]),
      ),
    groupSizes: async (ids) => new Map([...sizes].filter(([id]) => ids.includes(id))),
  };
}

function newQuote(rowId: number, text: string): NewTraceableQuote {
  const words = wordsOf(text);
  const print = fingerprintOf(words)!;
  return { rowId, wordingHash: print.wordingHash, bandKeys: print.bandKeys, traceTerms: words.join(' ') };
}

describe('planGrouping', () => {
  const terms = (text: string) => wordsOf(text).join(' ');
  it('joins an exact copy without comparing, and records no new band keys for it', async () => {
    const plan = await planGrouping([newQuote(10, QUOTE)], memoryLookups([{ rowId: 1, terms: terms(QUOTE), groupId: null }], new Map()));
    assert.deepEqual(plan.groupOf, new Map([[10, 1]]));
    assert.deepEqual(plan.joins, [{ rowId: 1, groupId: 1 }]);
    assert.deepEqual(plan.sizes, new Map([[1, 2]]));
    assert.deepEqual([plan.newBands, plan.newWordings], [[], []]);
  });

  it('merges two stored groups into the larger when a new quote links them', async () => {
    const left = 'the ferry will run twice a day from the north quay until the end of october this year';
    const right = 'the ferry will run from the north quay until the end of october and into november for the fishing families';
    const bridge = 'the ferry will run twice a day from the north quay until the end of october and into november';
    const lookups = memoryLookups(
      [
        { rowId: 1, terms: left, groupId: 1 },
        { rowId: 2, terms: right, groupId: 2 },
      ],
      new Map([
        [1, 2],
        [2, 5],
      ]),
    );
    const plan = await planGrouping([newQuote(20, bridge)], lookups);
    assert.deepEqual(plan.groupOf, new Map([[20, 2]]));
    assert.deepEqual(plan.relabels, [{ from: 1, to: 2 }]);
    assert.deepEqual(plan.removedGroups, [1]);
    assert.deepEqual(plan.sizes, new Map([[2, 8]]));
  });

  it('groups near-duplicates within one batch and leaves a lone quote alone', async () => {
    const plan = await planGrouping(
      [
        newQuote(5, QUOTE),
        newQuote(6, 'a lone quote about the market hall and its apples'),
        newQuote(7, QUOTE.replace('spring', 'autumn')),
      ],
      memoryLookups([], new Map()),
    );
    assert.deepEqual(
      plan.groupOf,
      new Map([
        [5, 5],
        [6, null],
        [7, 5],
      ]),
    );
    assert.deepEqual(plan.sizes, new Map([[5, 2]]));
    assert.equal(plan.newWordings.length, 3);
  });
});
