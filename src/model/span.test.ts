import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extentsOf, type Range } from './span.js';

describe('extentsOf', () => {
  test("each entry's first start and last end, whatever the order of its ranges; an empty list gets an empty extent", () => {
    const contents: Range[][] = [
      [{ start: 10, end: 20 }],
      [
        { start: 40, end: 55 },
        { start: 30, end: 35 },
      ],
      [],
    ];
    const { firsts, lasts } = extentsOf(contents, (ranges) => ranges);
    assert.deepEqual([...firsts], [10, 30, 0x7fffffff]);
    assert.deepEqual([...lasts], [20, 55, 0]);
    // nothing lies inside an empty extent
    assert.ok(!(25 >= firsts[2]! && 25 < lasts[2]!));
  });
});
