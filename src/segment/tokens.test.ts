import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Sentence } from '../model/layers.js';
import { tokenize } from './tokens.js';

function wholeText(text: string): Sentence[] {
  return [{ id: 's0', start: 0, end: text.length, paragraph: 0 }];
}

function words(text: string, table: ReturnType<typeof tokenize>): string[] {
  return Array.from({ length: table.count }, (_, index) => text.slice(table.starts[index], table.ends[index]));
}

describe('tokenize', () => {
  test('a table keeps its tokens after the next document is tokenized (the working columns are reused)', () => {
    const first = 'Ana Ruiz said the plan failed.';
    const table = tokenize(first, wholeText(first));
    const before = words(first, table);
    const second = 'x '.repeat(20_000);
    tokenize(second, wholeText(second));
    assert.deepEqual(words(first, table), before);
    assert.deepEqual(before, ['Ana', 'Ruiz', 'said', 'the', 'plan', 'failed', '.']);
  });

  test('every column has exactly one entry per token', () => {
    const text = 'She didn’t say it, the ’90s did: “U.S. well-known.”';
    const table = tokenize(text, wholeText(text));
    for (const column of [table.starts, table.ends, table.kinds, table.sentences, table.hashes]) assert.equal(column.length, table.count);
    assert.deepEqual(words(text, table), [
      'She',
      'didn’t',
      'say',
      'it',
      ',',
      'the',
      '’',
      '90s',
      'did',
      ':',
      '“',
      'U.S',
      '.',
      'well-known',
      '.',
      '”',
    ]);
  });
});
