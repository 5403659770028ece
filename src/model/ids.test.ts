import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LayerIds } from './ids.js';

describe('LayerIds', () => {
  test('names entries prefix + index, in any order of asking, with the same string each time', () => {
    const ids = new LayerIds('m');
    assert.equal(ids.at(3), 'm3');
    assert.equal(ids.at(0), 'm0');
    assert.equal(ids.at(17), 'm17');
    assert.equal(ids.at(3), 'm3');
    assert.equal(ids.at(100_000), 'm100000');
  });
});
