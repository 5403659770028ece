import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffWords } from './word-diff.js';

test('equal wordings give one equal run, ignoring case and punctuation', () => {
  assert.deepEqual(diffWords('We are not asking for the moon.', 'we are not asking for the Moon,'), [
    { op: 'equal', text: 'we are not asking for the Moon,' },
  ]);
});

test('insertions and deletions are grouped', () => {
  assert.deepEqual(diffWords('asking for the moon', 'asking for the sun and the moon'), [
    { op: 'equal', text: 'asking for the' },
    { op: 'insert', text: 'sun and the' },
    { op: 'equal', text: 'moon' },
  ]);
  assert.deepEqual(diffWords('a b c', 'a c'), [
    { op: 'equal', text: 'a' },
    { op: 'delete', text: 'b' },
    { op: 'equal', text: 'c' },
  ]);
  assert.deepEqual(diffWords('', ''), []);
});
