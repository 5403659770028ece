/** Property tests: any input gives a valid document; tag markup never reaches the text; the source map holds. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkDocument } from '../../model/invariants.js';
import { checkHtmlSourceMap } from './check-source-map.js';
import { ingestHtml, toSourceOffset, toSourceRange } from './index.js';
import { isCollapsible } from './whitespace.js';

const TAGS = [
  'p',
  'div',
  'span',
  'b',
  'i',
  'a',
  'q',
  'br',
  'pre',
  'h1',
  'h2',
  'article',
  'main',
  'nav',
  'aside',
  'header',
  'footer',
  'blockquote',
  'ul',
  'li',
  'table',
  'td',
  'tr',
  'section',
  'script',
  'style',
  'title',
  'svg',
  'template',
  'noscript',
  'figure',
  'figcaption',
  'textarea',
  'iframe',
  'x-custom',
];
const CLASSES = ['', 'story-body', 'ad-slot', 'share', 'article-content', 'related', 'menu', 'comments', 'main', 'cookie-banner'];
const ENTITIES = [
  '&amp;',
  '&#8220;',
  '&rdquo;',
  '&nbsp;',
  '&#x2019;',
  '&notanentity;',
  '&#xZZ;',
  '&copy',
  '&NotEqualTilde;',
  '&#0;',
  '&#x110000;',
];

/** Words and punctuation that contain no `<`, `>` or `&`, so any `<` in the output came from markup. */
const word = fc.constantFrom(
  'Mayor',
  'said',
  'the',
  'harbour',
  'plan,',
  'was',
  '"fair".',
  'We',
  'will',
  'not',
  'wait',
  '—',
  'é',
  '\u{1F600}',
  ' ',
  '\n',
  '\t',
);
const plainText = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '));

const tag = fc
  .record({ name: fc.constantFrom(...TAGS), className: fc.constantFrom(...CLASSES), isClosing: fc.boolean() })
  .map(({ name, className, isClosing }) =>
    isClosing ? `</${name}>` : className === '' ? `<${name}>` : `<${name} class="${className}" data-x='1 > 0'>`,
  );

const markupDocument = fc
  .array(fc.oneof(tag, plainText, fc.constantFrom(...ENTITIES.filter((entity) => entity !== '&lt;'))), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** Fragments of hostile markup: unterminated tags, comments, CDATA, attribute quotes. */
const hostile = fc
  .array(
    fc.oneof(
      tag,
      plainText,
      fc.constantFrom(...ENTITIES),
      fc.constantFrom(
        '<',
        '</',
        '<!--',
        '-->',
        '<![CDATA[',
        ']]>',
        '"',
        "'",
        '<p class="',
        '<a href=x',
        '&',
        '&#',
        '<!DOCTYPE html>',
        '<?xml ?>',
        '\u0000',
        '\r\n',
        '\ud800',
      ),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

function assertValid(html: string): void {
  const doc = ingestHtml(html);
  assert.deepStrictEqual(checkHtmlSourceMap(doc, html), [], JSON.stringify(html));
  assert.deepStrictEqual(checkDocument(doc), [], JSON.stringify(html));
}

describe('ingest/html properties', () => {
  test('text never contains markup from tags', () => {
    fc.assert(
      fc.property(markupDocument, (html) => {
        const doc = ingestHtml(html);
        assert.ok(!doc.text.includes('<') && !doc.text.includes('>'), JSON.stringify({ html, text: doc.text }));
      }),
      { numRuns: 400 },
    );
  });

  test('source map segments are sorted, disjoint, inside both strings and faithful', () => {
    fc.assert(fc.property(markupDocument, assertValid), { numRuns: 400 });
    fc.assert(fc.property(hostile, assertValid), { numRuns: 400 });
  });

  test('arbitrary strings never throw and give a valid document', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), assertValid), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), assertValid), { numRuns: 300 });
  });

  test('a random text offset maps to markup that holds the same character or the reference that decoded to it', () => {
    fc.assert(
      fc.property(markupDocument, fc.nat(), (html, seed) => {
        const doc = ingestHtml(html);
        if (doc.sourceMap.length === 0) return;
        const segment = doc.sourceMap[seed % doc.sourceMap.length]!;
        const offset = segment.text.start + (seed % (segment.text.end - segment.text.start));
        const mapped = toSourceOffset(doc, offset);
        const character = doc.text[offset]!;
        const isLinear = segment.text.end - segment.text.start === segment.source.end - segment.source.start;
        if (isLinear) {
          const markupCharacter = html[mapped]!;
          assert.ok(
            markupCharacter === character || (isCollapsible(character.charCodeAt(0)) && isCollapsible(markupCharacter.charCodeAt(0))),
            JSON.stringify({ html, offset, character, markupCharacter }),
          );
        } else {
          assert.equal(mapped, segment.source.start);
          // A reference (&...), collapsed white space, or a <br> read as a line break.
          assert.ok(
            html[mapped] === '&' || html[mapped] === '<' || isCollapsible(html.charCodeAt(mapped)),
            JSON.stringify({ html, offset }),
          );
        }
        const range = toSourceRange(doc, { start: offset, end: offset + 1 });
        assert.ok(range.start <= range.end && range.end <= html.length);
      }),
      { numRuns: 500 },
    );
  });
});
