import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createTokenView } from './token-view.js';
import { tokenize } from './tokens.js';

describe('TokenView offset lookups', () => {
  test('firstAtOrAfter and lastEndingBy answer like a scan of the tokens, at any offset in or outside the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'bcd', 'Efghijklmnopqrstu', ' ', '  ', '.', '“', '”', '\n'), maxLength: 40 }),
        fc.array(fc.integer({ min: -3, max: 400 }), { maxLength: 30 }),
        (text, offsets) => {
          const tokens = tokenize(text, [{ id: 's0', start: 0, end: text.length, paragraph: 0 }]);
          const view = createTokenView(text, tokens);
          for (const offset of offsets) {
            let first = 0;
            while (first < tokens.count && tokens.starts[first]! < offset) first++;
            let last = -1;
            while (last + 1 < tokens.count && tokens.ends[last + 1]! <= offset) last++;
            assert.equal(view.firstAtOrAfter(offset), first, `firstAtOrAfter(${offset})`);
            assert.equal(view.lastEndingBy(offset), last, `lastEndingBy(${offset})`);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('TokenView.endsWith and singleChar', () => {
  test('endsWith reads a suffix with a curly apostrophe in place, ASCII case aside', () => {
    const text = "didn’t DIDN’T didn't — x";
    const view = createTokenView(text, tokenize(text, [{ id: 's0', start: 0, end: text.length, paragraph: 0 }]));
    assert.deepEqual(
      [0, 1, 2].map((index) => view.endsWith(index, 'n’t')),
      [true, true, false],
    );
    assert.equal(view.endsWith(2, "n't"), true);
    assert.equal(view.singleChar(3), 0x2014);
    assert.equal(view.singleChar(0), -1);
    assert.equal(view.singleChar(99), -1);
  });
});
