import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clearLastEntryCaches, LastEntryCache } from './last-entry-cache.js';

describe('LastEntryCache', () => {
  test('answers for the key set last, by identity, and forgets the one before', () => {
    const cache = new LastEntryCache<number[], string>();
    const first = [1];
    const second = [1];
    assert.equal(cache.get(first), undefined);
    cache.set(first, 'first');
    assert.equal(cache.get(first), 'first');
    // an equal array is another key
    assert.equal(cache.get(second), undefined);
    cache.set(second, 'second');
    assert.equal(cache.get(second), 'second');
    assert.equal(cache.get(first), undefined);
  });

  test('clearLastEntryCaches empties every cache, so none keeps a finished document alive', () => {
    const first = new LastEntryCache<object, number>();
    const second = new LastEntryCache<object, number>();
    const key = {};
    first.set(key, 1);
    second.set(key, 2);
    clearLastEntryCaches();
    assert.equal(first.get(key), undefined);
    assert.equal(second.get(key), undefined);
  });
});
