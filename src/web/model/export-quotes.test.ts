import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv } from '../../../test/web/read-csv.js';
import { extract } from '../../index.js';
import { csvCell, CSV_COLUMNS, exportFileName, quotesToCsv, quotesToJson } from './export-quotes.js';
import { buildSpeakerModel } from './speakers.js';

test('cells with commas, quotes and line breaks are quoted; formulas are defused', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a, b'), '"a, b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell('-5 degrees'), "'-5 degrees");
  assert.equal(csvCell(0.85), '0.85');
  assert.equal(csvCell(null), '');
});

test('the CSV has a header and one row per quote, and reads back to the quotes', () => {
  const view = extract('“We sail at six, not at seven,” captain Ines Varga said.\n\n“=1+1,” said Tomas Berg, “is “two”.”');
  const speakers = buildSpeakerModel(view);
  const rows = parseCsv(quotesToCsv(view, speakers));
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  assert.equal(rows.length, view.quotes.length + 1);
  view.quotes.forEach((quote, index) => {
    const row = rows[index + 1]!;
    assert.equal(row[0], quote.id);
    assert.equal(row[1], quote.kind);
    const text = row[2]!;
    assert.equal(text.startsWith("'=") ? text.slice(1) : text, quote.text);
    assert.equal(Number(row[7]), quote.confidence);
  });
});

test('the JSON export is the quotes view plus the source name', () => {
  const view = extract('“We sail at six,” captain Ines Varga said.');
  const parsed = JSON.parse(quotesToJson(view, { name: 'ferry.txt', analysedAt: '2024-01-01T00:00:00.000Z' }));
  assert.equal(parsed.source, 'ferry.txt');
  assert.deepEqual(parsed.quotes, view.quotes);
  assert.deepEqual(parsed.entities, view.entities);
});

test('file names keep letters and digits only', () => {
  assert.equal(exportFileName('harbor-strike.txt', 'csv'), 'harbor-strike-quotes.csv');
  assert.equal(exportFileName('../../etc/pass wd.html', 'json'), 'etc-pass-wd-quotes.json');
  assert.equal(exportFileName('“”', 'csv'), 'article-quotes.csv');
});
