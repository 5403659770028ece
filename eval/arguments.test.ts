import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArguments } from './arguments.js';
import { UsageError } from './suite.js';

test('defaults to the dev split with nothing else set', () => {
  assert.deepEqual(parseArguments([]), { options: { split: 'dev' }, isHelp: false });
});

test('reads every option, with a value after a space or an equals sign', () => {
  const parsed = parseArguments([
    '--split',
    'train',
    '--limit=5',
    '--publisher',
    'ledger',
    '--errors',
    'out.jsonl',
    '--json',
    's.json',
    '--suite',
    'polnear',
  ]);
  assert.deepEqual(parsed, {
    options: { split: 'train', limit: 5, publisher: 'ledger', errors: { file: 'out.jsonl' } },
    jsonFile: 's.json',
    suite: 'polnear',
    isHelp: false,
  });
});

test('--errors without a file asks for the default location', () => {
  assert.deepEqual(parseArguments(['--errors']).options.errors, {});
  assert.deepEqual(parseArguments(['--errors', '--limit', '2']).options, { split: 'dev', errors: {}, limit: 2 });
});

test('rejects bad values and unknown arguments', () => {
  assert.throws(() => parseArguments(['--split', 'test']), UsageError);
  assert.throws(() => parseArguments(['--limit', '0']), UsageError);
  assert.throws(() => parseArguments(['--limit', 'many']), UsageError);
  assert.throws(() => parseArguments(['--json']), UsageError);
  assert.throws(() => parseArguments(['--fast']), UsageError);
});
