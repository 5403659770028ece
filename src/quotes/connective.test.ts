import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { isConnective } from './connective.js';

const CONNECTIVES = ['', ',', ':', 'that', '—', '-', '.', 'that:'];

/** The plain definition: the range's text, trimmed and lower-cased, is one of the connectives. */
function reference(text: string, start: number, end: number): boolean {
  return CONNECTIVES.includes(text.slice(start, end).trim().toLowerCase());
}

describe('isConnective', () => {
  test('reads connectives between a cue and its quotation, whatever the white space and case', () => {
    assert.ok(isConnective('said that “', 4, 10));
    assert.ok(isConnective('said:\u00a0\n “', 4, 8));
    assert.ok(isConnective('said THAT: “', 4, 11));
    assert.ok(isConnective('said  “', 4, 6));
    assert.ok(!isConnective('said the plan “', 4, 14));
    assert.ok(!isConnective('said thats “', 4, 10));
    // a zero-width space is no white space for trim(), so it is no connective either
    assert.ok(!isConnective('said\u200b, “', 4, 7));
  });

  test('agrees with trim() and toLowerCase() on any text', () => {
    const piece = fc.constantFrom(
      'that',
      'THAT',
      ':',
      ',',
      '—',
      '-',
      '.',
      ' ',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '\u200b',
      '\t',
      'x',
      'İ',
      'K',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 8 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        assert.equal(isConnective(text, start, end), reference(text, start, end), JSON.stringify(text.slice(start, end)));
      }),
      { numRuns: 2000 },
    );
  });
});
