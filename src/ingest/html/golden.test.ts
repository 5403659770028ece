/**
 * Golden fixtures: test/fixtures/ingest-html/<case>/input.html -> expected.json ({ text, metadata, messages }).
 * `UPDATE_FIXTURES=1` rewrites expected.json and skips the case, so an update run never passes.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkDocument } from '../../model/invariants.js';
import { checkHtmlSourceMap } from './check-source-map.js';
import { ingestHtml, toSourceOffset } from './index.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/ingest-html');
const isUpdating = process.env.UPDATE_FIXTURES === '1';

describe('ingest/html golden fixtures', () => {
  const cases = readdirSync(fixtures, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  test('there are at least ten cases', () => assert.ok(cases.length >= 10, `found ${cases.length}`));
  for (const entry of cases) {
    test(entry.name, (context) => {
      const directory = join(fixtures, entry.name);
      const html = readFileSync(join(directory, 'input.html'), 'utf8');
      const doc = ingestHtml(html, { id: entry.name });
      const actual = { text: doc.text, metadata: doc.metadata, messages: doc.messages.map((message) => message.ruleId) };
      if (isUpdating) {
        writeFileSync(join(directory, 'expected.json'), JSON.stringify(actual, null, 2) + '\n');
        console.log(`updated ${entry.name}/expected.json`);
        context.skip('UPDATE_FIXTURES=1: expected.json rewritten');
        return;
      }
      const expected = JSON.parse(readFileSync(join(directory, 'expected.json'), 'utf8')) as unknown;
      assert.deepStrictEqual(actual, expected);
      assert.deepStrictEqual(checkHtmlSourceMap(doc, html), []);
      assert.deepStrictEqual(checkDocument(doc), []);
      // Every text character maps into the markup at a place that produced it.
      for (const segment of doc.sourceMap) {
        const offset = segment.text.start;
        const mapped = toSourceOffset(doc, offset);
        assert.equal(mapped, segment.source.start, `${entry.name}: offset ${offset}`);
      }
    });
  }
});
