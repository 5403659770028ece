import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Sentence } from '../model/layers.js';
import { createTokenView, TokenCursor } from './token-view.js';
import { tokenize } from './tokens.js';

describe('TokenCursor', () => {
  test('answers like the binary searches for any sequence of offsets, forward or stepping back', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '“', '”', '\n'), maxLength: 50 }),
        fc.array(fc.nat(55), { maxLength: 25 }),
        (text, offsets) => {
          const sentence: Sentence = { id: 's0', start: 0, end: text.length, paragraph: 0 };
          const view = createTokenView(text, tokenize(text, [sentence]));
          const cursor = new TokenCursor(view);
          for (const offset of offsets) {
            assert.equal(cursor.firstAtOrAfter(offset), view.firstAtOrAfter(offset), `firstAtOrAfter(${offset})`);
            assert.equal(cursor.lastEndingBy(offset), view.lastEndingBy(offset), `lastEndingBy(${offset})`);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
