import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Sentence } from '../model/layers.js';
import { createTokenView } from './token-view.js';
import { tokenize } from './tokens.js';
import { WordTable, wordSet } from './word-table.js';

function viewOf(text: string) {
  const sentence: Sentence = { id: 's0', start: 0, end: text.length, paragraph: 0 };
  return createTokenView(text, tokenize(text, [sentence]));
}

const LEXICON = new Map([
  ['said', 1],
  ['says', 2],
  ['don’t', 3],
  ['according', 4],
  ['to', 5],
  ['café', 6],
]);

describe('WordTable', () => {
  test('answers like a Map of the lower-cased token, for any mix of cases, marks and accents', () => {
    // with "café" every lookup goes through strings; without it, through the hash and the text in place
    const tables = [new WordTable(LEXICON), new WordTable(new Map([...LEXICON].filter(([form]) => form !== 'café')))];
    const word = fc.constantFrom(
      'said',
      'SAID',
      'Said',
      'saiD',
      'says',
      'sais',
      'don’t',
      'DON’T',
      'to',
      'To',
      'tO',
      'According',
      'Café',
      'CAFÉ',
      'caf',
      'K',
      'x',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const view = viewOf(words.join(' '));
        for (const [position, table] of tables.entries())
          for (let index = -1; index <= view.count; index++) {
            const form = index >= 0 && index < view.count ? view.lower(index) : '';
            const expected = position === 1 && form === 'café' ? undefined : LEXICON.get(form);
            assert.equal(table.get(view, index), expected, `table ${position}, token ${index} of ${JSON.stringify(words)}`);
          }
      }),
      { numRuns: 300 },
    );
  });

  test('an ASCII-only lexicon still finds words whose capital form is non-ASCII-free, and never a non-word', () => {
    const set = wordSet(['said', 'to']);
    const view = viewOf('She SAID “to” the Saïd family');
    const found = Array.from({ length: view.count }, (_, index) => set.has(view, index));
    assert.deepEqual(
      Array.from({ length: view.count }, (_, index) => view.raw(index)).filter((_, index) => found[index]),
      ['SAID', 'to'],
    );
  });
});

describe('TokenView.endsWith', () => {
  test('agrees with lower(index).endsWith for any token', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'L', 'y', 'Y', 'l', 'i', 'n', 'G', 'g', 'é', 'K', '\u212a', ' ', '-'), maxLength: 30 }),
        (text) => {
          const view = viewOf(text);
          for (let index = 0; index < view.count; index++)
            for (const suffix of ['ly', 'ing', 'k', 's'])
              assert.equal(
                view.endsWith(index, suffix),
                view.lower(index).endsWith(suffix),
                `${JSON.stringify(view.raw(index))} ${suffix}`,
              );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('TokenView.matches', () => {
  test('agrees with lower(index) === word for any token, asked before or after its lower-cased form is cached', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'A', 's', 'S', 't', 'T', 'é', 'É', '\u0130', 'i', ' ', '-'), maxLength: 24 }),
        fc.boolean(),
        (text, lowerFirst) => {
          const view = viewOf(text);
          for (let index = 0; index < view.count; index++) {
            if (lowerFirst) view.lower(index);
            for (const word of ['as', 'at', 'a', 'sat', 'i', 'ta'])
              assert.equal(view.matches(index, word), view.lower(index) === word, `${JSON.stringify(view.raw(index))} ${word}`);
          }
          assert.equal(view.matches(-1, 'a'), false);
          assert.equal(view.matches(view.count, 'a'), false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
