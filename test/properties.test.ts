/**
 * Robustness properties of the public API on arbitrary and hostile input: `extract` and `annotate`
 * never throw, every span in the quotes view lies inside the text, its `text` is its slice, and no
 * boundary splits a surrogate pair. Large inputs (1 MB of quote marks, a 10 MB line, invalid UTF-8)
 * must complete; their timeouts only guard against hangs (speed is measured by `npm run bench`).
 *
 * Runs are kept modest so the file stays fast; VERBATIM_PROPERTY_RUNS=<factor> multiplies them for a long
 * run, and VERBATIM_PROPERTY_SEED=<n> replays a seed that fast-check printed.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { annotate, decodeBytes, extract, isVerbatimError, toQuotesView, type ArticleInput, type QuotesView } from '../src/index.js';
import { interviewAfterLongIntroduction } from '../bench/corpus/hostile.js';

const RUN_FACTOR = Number(process.env.VERBATIM_PROPERTY_RUNS ?? 1);
const SEED = process.env.VERBATIM_PROPERTY_SEED === undefined ? undefined : Number(process.env.VERBATIM_PROPERTY_SEED);
const HANG_GUARD_MS = 120_000;

function parameters<Value>(runs: number, examples: Value[] = []): fc.Parameters<[Value]> {
  return {
    numRuns: Math.max(1, Math.round(runs * RUN_FACTOR)),
    examples: examples.map((example): [Value] => [example]),
    ...(SEED === undefined ? {} : { seed: SEED }),
  };
}

/** Edge cases tried first on every run, whatever the seed: empty input, a lone mark, a cue at the very end. */
const EDGE_TEXTS = [
  '',
  ' ',
  '\n',
  '“',
  '”',
  '"',
  "'",
  '\ud800',
  '\udc00x',
  '😀',
  'said',
  'according to',
  'Ana Ruiz said',
  '“a” said',
  '“\n\n”',
  'said “',
  '\u0000“\u0000”',
];

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const splitsPair = (text: string, offset: number): boolean =>
  offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));

/** Every problem with the spans of a quotes view over `text`; empty when the view is sound. */
function viewProblems(text: string, view: QuotesView): string[] {
  const problems: string[] = [];
  const checkSpan = (where: string, span: { start: number; end: number; text?: string }): void => {
    const { start, end } = span;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
      problems.push(`${where}: [${start}, ${end}) is outside [0, ${text.length}]`);
      return;
    }
    if (span.text !== undefined && span.text !== text.slice(start, end)) {
      problems.push(`${where}: text ${JSON.stringify(span.text)} differs from its slice ${JSON.stringify(text.slice(start, end))}`);
    }
    if (splitsPair(text, start) || splitsPair(text, end)) problems.push(`${where}: [${start}, ${end}) splits a surrogate pair`);
  };
  const entityIds = new Set(view.entities.map((entity) => entity.id));
  const quoteIds = new Set<string>();
  for (const quote of view.quotes) {
    const where = `quote ${quote.id}`;
    if (quoteIds.has(quote.id)) problems.push(`${where}: duplicate id`);
    quoteIds.add(quote.id);
    checkSpan(where, quote);
    if (quote.speaker !== null) {
      checkSpan(`${where} speaker`, quote.speaker);
      if (quote.speaker.entity !== null && !entityIds.has(quote.speaker.entity))
        problems.push(`${where}: speaker entity ${quote.speaker.entity} is not listed`);
    }
    if (quote.cue !== null) checkSpan(`${where} cue`, quote.cue);
    quote.via.forEach((hop, index) => {
      checkSpan(`${where} via[${index}]`, hop);
      if (!entityIds.has(hop.entity)) problems.push(`${where} via[${index}]: entity ${hop.entity} is not listed`);
    });
    quote.fragments?.forEach((fragment, index) => checkSpan(`${where} fragment[${index}]`, fragment));
    if (!(quote.confidence >= 0 && quote.confidence <= 1)) problems.push(`${where}: confidence ${quote.confidence} outside [0, 1]`);
  }
  for (const entity of view.entities)
    entity.mentions.forEach((mention, index) => checkSpan(`entity ${entity.id} mention[${index}]`, mention));
  view.messages?.forEach((message, index) => checkSpan(`message[${index}] ${message.ruleId}`, message));
  return problems;
}

/**
 * The property every input must satisfy: the checked pipeline (invariants after every stage) completes,
 * its quotes view is sound, and the plain `extract` path gives the same view.
 */
function assertSound(input: ArticleInput): QuotesView {
  const checked = toQuotesView(annotate(input, { check: true }));
  const text = checked.text ?? (typeof input === 'string' ? input : (input.text ?? ''));
  assert.deepEqual(viewProblems(text, checked), []);
  assert.deepEqual(extract(input), checked, 'extract() differs from annotate({ check: true }) on the same input');
  return checked;
}

/** Only the cheap checks, for inputs too big to annotate twice. */
function assertSoundOnce(text: string): QuotesView {
  const view = extract(text);
  assert.deepEqual(viewProblems(text, view), []);
  return view;
}

const QUOTE_MARKS = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '‹', '›', "''", '‚', '「', '」'];
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Text pieces an extractor reacts to, mixed with arbitrary characters. */
const newsToken = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2028') },
  { weight: 6, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  {
    weight: 3,
    arbitrary: fc.constantFrom('said', 'says', 'told', 'added', 'according to', 'wrote', 'asked', 'said that', 'was quoted as saying'),
  },
  { weight: 3, arbitrary: fc.constantFrom('she', 'he', 'they', 'it', 'the spokeswoman', 'a spokesperson', 'officials', 'the', 'a', 'and') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'Ana',
      'Ruiz',
      'Tomas Belk',
      'Sen.',
      'Mayor',
      'Dr.',
      'U.S.',
      'The',
      'Harbor Ledger',
      "O'Donnell",
      'Van der Berg',
      'St.',
      'Inc.',
    ),
  },
  { weight: 3, arbitrary: fc.constantFrom(',', '.', ':', ';', '—', '–', '-', '?', '!', '(', ')', '…', '...', '[', ']') },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u0301', '😀', '👩‍👩‍👧', '\ufeff', '\u200b', '1,250', '$4.2 million', '37%') },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);
const newsyText = fc.array(newsToken, { maxLength: 160 }).map((tokens) => tokens.join(''));

/** Well-formed quote sentences with random damage (dropped or swapped marks), so the attribution paths run. */
const quoteSentence = fc
  .record({
    open: fc.constantFrom('“', '"', '«', '„', "''", '‘', ''),
    close: fc.constantFrom('”', '"', '»', '“', "''", '’', ''),
    words: fc.array(
      fc.constantFrom('we', 'are', 'not', 'done', 'Nobody', 'asked', 'us', 'it', 'is', 'over', 'the', 'plan', '“fair share”'),
      {
        minLength: 1,
        maxLength: 12,
      },
    ),
    ending: fc.constantFrom(',', '.', '?', '!', ''),
    speaker: fc.constantFrom(
      'Ruiz said.',
      'said Sen. Ana Ruiz, a Democrat.',
      'she said.',
      'he told the Harbor Ledger.',
      'according to officials.',
      '',
    ),
    split: fc.boolean(),
  })
  .map(({ open, close, words, ending, speaker, split }) => {
    const content = words.join(' ');
    const quote = `${open}${content}${ending}${close} ${speaker}`;
    return split ? `${quote} ${open}${content}.${close}` : quote;
  });
const quoteParagraphs = fc
  .array(fc.oneof(quoteSentence, newsyText), { minLength: 1, maxLength: 8 })
  .chain((parts) => fc.constantFrom('\n\n', '\n', ' ').map((separator) => parts.join(separator)));

const anyUnicode = fc.string({
  unit: fc.oneof(
    { weight: 20, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: loneSurrogate },
  ),
  maxLength: 400,
});

const htmlPiece = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '<p>',
      '</p>',
      '<div class="story">',
      '</div>',
      '<br>',
      '<br/>',
      '<article>',
      '</article>',
      '<h1>',
      '</h1>',
      '<blockquote>',
      '</blockquote>',
      '<q>',
      '</q>',
      '<a href="/x">',
      '</a>',
      '<li>',
      '</li>',
      '<ul>',
      '<table><tr><td>',
      '</td></tr></table>',
      '<span>',
      '<em>',
      '</em>',
      '<script>',
      '</script>',
      '<style>',
      '</style>',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '<title>',
      '</title>',
      '<meta name="author" content="Ana Ruiz">',
      '<figure><figcaption>',
      '</figcaption></figure>',
      '<noscript>',
      '<',
      '>',
      '</',
      '<p',
      '="',
      '<img src=x onerror=1>',
      '<html>',
      '<body>',
      '<head>',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '&amp;',
      '&quot;',
      '&#8220;',
      '&#x201D;',
      '&#xD800;',
      '&#0;',
      '&nbsp;',
      '&ldquo;',
      '&rsquo;',
      '&bogus;',
      '&#99999999;',
      '&',
    ),
  },
  { weight: 5, arbitrary: newsToken },
  { weight: 2, arbitrary: quoteSentence },
);
const tagSoup = fc.array(htmlPiece, { maxLength: 120 }).map((pieces) => pieces.join(''));

describe('arbitrary text', () => {
  test('full Unicode strings with lone surrogates: sound spans', () => {
    fc.assert(
      fc.property(anyUnicode, (text) => void assertSound(text)),
      parameters(60, EDGE_TEXTS),
    );
  });

  test('strings biased to quote marks, newlines, "said", names, NUL and lone surrogates: sound spans', () => {
    fc.assert(
      fc.property(newsyText, (text) => void assertSound(text)),
      parameters(150, EDGE_TEXTS),
    );
  });

  test('damaged quote sentences and paragraphs: sound spans', () => {
    fc.assert(
      fc.property(quoteParagraphs, (text) => void assertSound(text)),
      parameters(150, EDGE_TEXTS),
    );
  });

  test('a record input with metadata behaves like the bare text', () => {
    fc.assert(
      fc.property(quoteParagraphs, (text) => {
        const view = assertSound({ id: 'a1', text, title: 'Title', outlet: 'Harbor Ledger' });
        assert.deepEqual(view.quotes, extract(text).quotes);
      }),
      parameters(40, EDGE_TEXTS),
    );
  });
});

describe('arbitrary HTML', () => {
  test('random tag soup: extract completes and spans index the extracted text', () => {
    fc.assert(
      fc.property(tagSoup, (html) => {
        const view = assertSound({ html });
        assert.equal(typeof view.text, 'string', 'an HTML input must return the extracted text');
      }),
      parameters(100, [
        '',
        '<p></p>',
        '<p>according to</p>',
        '<script>“</script>“',
        '<!--',
        '<p>&#xD800;</p>',
        '<q>a</q> she said',
        '<p>“a</p><p>b”</p>',
      ]),
    );
  });
});

describe('invalid bytes', () => {
  const bytes = fc.uint8Array({ maxLength: 600 }).chain((random) =>
    fc
      .array(fc.oneof(fc.integer({ min: 0x80, max: 0xff }), fc.constantFrom(0xe2, 0x80, 0x9c, 0x9d, 0x22, 0x20, 0x0a, 0x41, 0x73)), {
        maxLength: 600,
      })
      .map((biased) => {
        const merged = new Uint8Array(random.length + biased.length);
        merged.set(biased);
        merged.set(random, biased.length);
        return merged;
      }),
  );

  test('decodeBytes then extract: a clear error or sound spans', () => {
    fc.assert(
      fc.property(bytes, (input) => {
        let text: string;
        try {
          ({ text } = decodeBytes(input));
        } catch (error) {
          assert.ok(isVerbatimError(error) && error.code === 'VBT_INPUT_BINARY', `unexpected ${String(error)}`);
          return;
        }
        assertSound(text);
      }),
      parameters(80, [
        new Uint8Array(),
        new Uint8Array([0xe2, 0x80]),
        new Uint8Array([0xff, 0xfe]),
        new Uint8Array([0xfe, 0xff, 0xd8, 0x00]),
      ]),
    );
  });

  test('1 MB of invalid UTF-8 decodes and extracts', { timeout: HANG_GUARD_MS }, () => {
    const input = new Uint8Array(1_000_000);
    // Truncated three-byte sequences for “ (E2 80 9C), stray continuation bytes, then plain words.
    const pattern = [0xe2, 0x80, 0x20, 0x9c, 0xff, 0x41, 0x6e, 0x61, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0xc3, 0x0a, 0xe2, 0x80, 0x9d];
    for (let index = 0; index < input.length; index++) input[index] = pattern[index % pattern.length]!;
    const { text, replaced } = decodeBytes(input);
    assert.ok(replaced > 0);
    assertSoundOnce(text);
  });
});

describe('large and degenerate input completes (hang guard, not a timing test)', () => {
  const repeatTo = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

  test('only quote marks, 1 MB', { timeout: HANG_GUARD_MS }, () => {
    let text = '';
    for (let index = 0; text.length < 1_000_000; index++) text += QUOTE_MARKS[(index * 7 + (index >> 3)) % QUOTE_MARKS.length];
    assertSoundOnce(text);
  });

  test('1 MB of unbalanced opening marks', { timeout: HANG_GUARD_MS }, () => {
    assertSoundOnce(repeatTo('“', 1_000_000));
  });

  test('a 10 MB line without a newline', { timeout: HANG_GUARD_MS }, () => {
    const sentence =
      '“We are not done,” said Sen. Ana Ruiz, a Democrat from Millbrook. The U.S. Department of Transportation said the bridge would reopen in Jan. ' +
      'Ruiz told the Harbor Ledger that talks would resume. “Nobody asked us,” she added, “and nobody will.” According to officials, 1,250 riders were stranded. ';
    const text = repeatTo(sentence, 10_000_000);
    const view = assertSoundOnce(text);
    assert.ok(view.quotes.length > 0, 'expected quotes in a long line of quoted sentences');
  });

  // Per-paragraph scans once rescanned the rest of the text for the next period or mark: about 6 min here.
  test('2 MB of one-word paragraphs, with no period and no quote mark', { timeout: HANG_GUARD_MS }, () => {
    assertSoundOnce(repeatTo('word\n\n', 2_000_000));
  });

  // The colon-intro sieve once scanned every mention of the document for each quotation (2.5 s at 1 MB).
  test('1 MB of quotations each introduced by a colon', { timeout: HANG_GUARD_MS }, () => {
    const view = assertSoundOnce(repeatTo('Ana Ruiz put it plainly:\n\n“We sail.”\n\n', 1_000_000));
    assert.ok(
      view.quotes.every((quote) => quote.speaker !== null),
      'expected every quotation attributed to its colon introduction',
    );
  });

  // The label sieve once searched every mention from the document's first for each line (3.3 s at 1 MB).
  test('1 MB of "NAME: text" transcript lines', { timeout: HANG_GUARD_MS }, () => {
    const view = assertSoundOnce(repeatTo('ANA RUIZ: We sail at six.\n\n', 1_000_000));
    assert.ok(view.quotes.length > 30_000, `expected a quote per line, got ${view.quotes.length}`);
  });

  // The label sieve once worked out the interviewee from the introduction again for every answer.
  test('1 MB of Q&A after an introduction of as many characters', { timeout: HANG_GUARD_MS }, () => {
    const view = assertSoundOnce(interviewAfterLongIntroduction(1_000_000));
    assert.ok(view.quotes.length > 10_000, `expected a quote per question and answer, got ${view.quotes.length}`);
  });

  // One sentence of reports, each inside the content of the one before: the chain of outer reports of every quote was
  // followed to the sentence's start (about 100 s at 200 KB).
  test('1 MB of one sentence of nested reports', { timeout: HANG_GUARD_MS }, () => {
    const view = assertSoundOnce(`Ana Ruiz left the port${repeatTo(', and Pike noted, saying it was late', 1_000_000)}.`);
    assert.ok(view.quotes.length > 10_000, `expected a quote per report, got ${view.quotes.length}`);
  });

  // Participles in one long sentence: each one's subject clause was searched back to the sentence's start.
  test('1 MB of one sentence of coordinated participles', { timeout: HANG_GUARD_MS }, () => {
    assertSoundOnce(`Ana Ruiz left the port${repeatTo(' and said, saying so', 1_000_000)}.`);
  });

  test('a whole paragraph inside one unclosed quote, 1 MB', { timeout: HANG_GUARD_MS }, () => {
    assertSoundOnce(`Ruiz said: “${repeatTo('we are not done and nobody asked us, ', 1_000_000)}`);
  });
});
