import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { NextCharFinder } from './next-char.js';

function naiveNext(text: string, index: number): number {
  for (let cursor = index; cursor < text.length; cursor++) if ('.!?'.includes(text[cursor]!)) return cursor;
  return text.length;
}

describe('NextCharFinder', () => {
  test('answers like a plain scan for any sequence of starts, remembered or not', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '.', '!', '\n', '?'), maxLength: 60 }),
        fc.array(fc.nat(70), { maxLength: 20 }),
        (text, starts) => {
          const finder = new NextCharFinder(/[.!?]/g, text);
          for (const start of starts) {
            const index = Math.min(start, text.length);
            assert.equal(finder.next(index), naiveNext(text, index), `from ${index} in ${JSON.stringify(text)}`);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a text without the character answers text.length from every start', () => {
    const finder = new NextCharFinder(/[.]/g, 'no periods here');
    assert.equal(finder.next(0), 15);
    assert.equal(finder.next(7), 15);
    assert.equal(finder.next(15), 15);
  });
});
