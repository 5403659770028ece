import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { HashSet, HashTable, hashWord } from './word-hash.js';

type Step = { op: 'add' | 'has'; value: number } | { op: 'clear' };

describe('HashSet', () => {
  test('agrees with a Set over any sequence of adds, lookups and clears, through growth', () => {
    const step = fc.oneof(
      fc.record({ op: fc.constant('add' as const), value: fc.integer({ min: -40, max: 2000 }) }),
      fc.record({ op: fc.constant('has' as const), value: fc.integer({ min: -40, max: 2000 }) }),
      fc.record({ op: fc.constant('clear' as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 1500 }), (steps: Step[]) => {
        const set = new HashSet();
        const reference = new Set<number>();
        for (const current of steps) {
          if (current.op === 'clear') {
            set.clear();
            reference.clear();
          } else if (current.op === 'add') {
            set.add(current.value);
            reference.add(current.value);
          } else assert.equal(set.has(current.value), reference.has(current.value), `has(${current.value})`);
        }
        for (const value of reference) assert.ok(set.has(value), `kept ${value}`);
      }),
      { numRuns: 200 },
    );
  });

  test('a cleared set forgets what it held, and holds new words after growing', () => {
    const set = new HashSet();
    const words = Array.from({ length: 3000 }, (_, index) => hashWord(`word${index}`));
    for (const word of words) set.add(word);
    assert.ok(words.every((word) => set.has(word)));
    set.clear();
    assert.ok(words.every((word) => !set.has(word)));
    set.add(words[7]!);
    assert.ok(set.has(words[7]!) && !set.has(words[8]!));
  });
});

describe('HashTable', () => {
  test('answers like a Map for keys in it and keys not in it (the filter in front of the table loses none)', () => {
    const int32 = fc.integer({ min: -0x80000000, max: 0x7fffffff });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(int32, fc.integer({ min: 1, max: 1 << 20 })), { maxLength: 3000 }),
        fc.array(int32, { maxLength: 300 }),
        (entries, probes) => {
          const reference = new Map(entries);
          const table = new HashTable(reference);
          for (const [key, value] of reference) assert.equal(table.get(key), value);
          for (const key of probes) assert.equal(table.get(key), reference.get(key) ?? 0);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('keys sharing their top 16 bits, or their slot, are told apart', () => {
    const keys = [0x12340001, 0x12340002, 0x12350001, -0x12340001, 0x00000001, 0x7fff0000];
    const table = new HashTable(new Map(keys.map((key, index) => [key, index + 1])));
    keys.forEach((key, index) => assert.equal(table.get(key), index + 1));
    assert.equal(table.get(0x12340003), 0);
    assert.equal(table.get(0x12360001), 0);
  });
});
