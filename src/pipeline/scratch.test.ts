import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ScratchFloat64, ScratchInt32, ScratchUint8 } from './scratch.js';

describe('Scratch', () => {
  test('take gives a view of the asked length with every element set to the fill value', () => {
    const scratch = new ScratchInt32();
    const first = scratch.take(10, -1);
    assert.equal(first.length, 10);
    assert.deepEqual([...first], new Array(10).fill(-1));
    first[3] = 7;
    // the next take reuses the buffer and fills it again: nothing of the previous call shows through
    const second = scratch.take(12);
    assert.deepEqual([...second], new Array(12).fill(0));
  });

  test('grows past its first capacity and keeps serving small requests from the same buffer', () => {
    const scratch = new ScratchUint8();
    const large = scratch.take(5000, 1);
    assert.equal(large.length, 5000);
    assert.ok(large.every((value) => value === 1));
    const small = scratch.take(3);
    assert.equal(small.buffer, large.buffer);
    assert.deepEqual([...small], [0, 0, 0]);
  });

  test('lets go of a huge buffer once requests are small again', () => {
    const scratch = new ScratchFloat64();
    const huge = scratch.take(2 ** 21);
    const small = scratch.take(100);
    assert.notEqual(small.buffer, huge.buffer);
    assert.ok(small.buffer.byteLength < 2 ** 16);
  });
});
