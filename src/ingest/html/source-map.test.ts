import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestText } from '../text.js';
import { ingestHtml, toSourceOffset, toSourceRange } from './index.js';

const html = '<p>Fish &amp; chips,\n   said   <b>Ana</b>.<br>Next &#8220;line&#8221;</p><p>Two</p>';

test('toSourceOffset maps verbatim text, entities, collapsed space and breaks into the markup', () => {
  const doc = ingestHtml(html);
  assert.equal(doc.text, 'Fish & chips, said Ana.\nNext \u201cline\u201d\n\nTwo');
  const at = (needle: string, from = 0): number => doc.text.indexOf(needle, from);
  assert.equal(html.slice(toSourceOffset(doc, at('Fish')), toSourceOffset(doc, at('Fish')) + 4), 'Fish');
  assert.equal(html.slice(toSourceOffset(doc, at('&'))).slice(0, 5), '&amp;');
  assert.equal(html[toSourceOffset(doc, at(' said'))], '\n');
  assert.equal(html.slice(toSourceOffset(doc, at('Ana'))).slice(0, 3), 'Ana');
  assert.equal(html.slice(toSourceOffset(doc, at('\nNext'))).slice(0, 4), '<br>');
  assert.equal(html.slice(toSourceOffset(doc, at('\u201c'))).slice(0, 7), '&#8220;');
  assert.equal(html.slice(toSourceOffset(doc, at('Two'))).slice(0, 3), 'Two');
  // A block separator maps to the end of the text before it.
  assert.equal(toSourceOffset(doc, at('\n\n') + 1), html.indexOf('</p>'));
});

test('toSourceRange covers whole entities and maps a quote back to its markup', () => {
  const doc = ingestHtml(html);
  const start = doc.text.indexOf('\u201c');
  const end = doc.text.indexOf('\u201d') + 1;
  const range = toSourceRange(doc, { start, end });
  assert.equal(html.slice(range.start, range.end), '&#8220;line&#8221;');
  const fish = toSourceRange(doc, { start: 0, end: 'Fish & chips'.length });
  assert.equal(html.slice(fish.start, fish.end), 'Fish &amp; chips');
  assert.deepStrictEqual(toSourceRange(doc, { start: 3, end: 3 }), { start: 3 + 3, end: 3 + 3 });
});

test('a document without a source map maps every offset to itself', () => {
  const doc = ingestText('plain text');
  assert.equal(toSourceOffset(doc, 4), 4);
  assert.deepStrictEqual(toSourceRange(doc, { start: 2, end: 5 }), { start: 2, end: 5 });
});
