import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { HashSet, hashWord } from './word-hash.js';

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
