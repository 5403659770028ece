import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DataError, dataRoot, loadSplit, parseArticles, splitPath } from './load.js';

// Invented text only.
const TEXT = '“Docks close at nine,” Moss said.';
function at(needle: string) {
  const start = TEXT.indexOf(needle);
  return { start, end: start + needle.length, text: needle };
}

const record = {
  id: 'ledger_x',
  title: 't',
  published: '2030-01-01',
  publisher: 'ledger',
  annotator: 'x',
  text: TEXT,
  quotes: [
    {
      ...at('Docks close at nine,'),
      kind: 'direct',
      speaker: at('Moss'),
      cue: at('said'),
      attribution: 'E1',
    },
  ],
};

test('parses JSONL records and skips blank lines', () => {
  const articles = parseArticles(`${JSON.stringify(record)}\n\n${JSON.stringify({ ...record, id: 'ledger_y' })}\n`, 'x.jsonl');
  assert.deepEqual(
    articles.map((article) => article.id),
    ['ledger_x', 'ledger_y'],
  );
});

test('names the line of a malformed record or of a span that does not slice', () => {
  assert.throws(
    () => parseArticles('{"id": 1}', 'x.jsonl'),
    (error: unknown) => error instanceof DataError && error.message.startsWith('x.jsonl:1:'),
  );
  const shifted = { ...record, quotes: [{ ...record.quotes[0]!, start: 0 }] };
  assert.throws(() => parseArticles(`\n${JSON.stringify(shifted)}`, 'x.jsonl'), /x\.jsonl:2: span 0-21/);
});

test('VERBATIM_DATA overrides the data folder; an absent split loads as undefined', () => {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-eval-'));
  try {
    assert.equal(dataRoot({ VERBATIM_DATA: root }), root);
    assert.ok(dataRoot({}).endsWith(join('shared', 'data')));
    assert.equal(loadSplit('dev', root), undefined);
    mkdirSync(join(root, 'polnear'));
    writeFileSync(splitPath('dev', root), `${JSON.stringify(record)}\n`);
    assert.equal(loadSplit('dev', root)?.length, 1);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
