/** Hostile and degenerate inputs: each gives a best-effort document, never a throw, a stack overflow or a hang. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkDocument } from '../../model/invariants.js';
import { checkHtmlSourceMap } from './check-source-map.js';
import { ingestHtml } from './index.js';

const SENTENCE = 'The harbour master, Ines Okafor, said the new pier would open in May. ';

function ingestChecked(html: string): ReturnType<typeof ingestHtml> {
  const doc = ingestHtml(html);
  assert.deepStrictEqual(checkDocument(doc), []);
  return doc;
}

function ruleIds(doc: ReturnType<typeof ingestHtml>): string[] {
  return doc.messages.map((message) => message.ruleId);
}

describe('ingest/html robustness', () => {
  test('10,000 nested and closed divs', () => {
    const html = '<div>'.repeat(10_000) + `<p>${SENTENCE}</p>` + '</div>'.repeat(10_000);
    const doc = ingestChecked(html);
    assert.equal(doc.text, SENTENCE.trim());
    assert.deepStrictEqual(checkHtmlSourceMap(doc, html), []);
  });

  test('10,000 unclosed inline elements', () => {
    const doc = ingestChecked('<b><i>'.repeat(5_000) + SENTENCE);
    assert.equal(doc.text, SENTENCE.trim());
  });

  test('100,000 unclosed divs followed by 100,000 stray end tags', () => {
    const doc = ingestChecked('<div>'.repeat(100_000) + SENTENCE + '</span>'.repeat(100_000));
    assert.equal(doc.text, SENTENCE.trim());
  });

  test('10,000 nested q elements alternate their marks', () => {
    const doc = ingestChecked('<p>' + '<q>'.repeat(10_000) + 'x' + '</q>'.repeat(10_000) + '</p>');
    assert.ok(doc.text.startsWith('\u201c\u2018\u201c'));
    assert.ok(doc.text.endsWith('\u201d\u2019\u201d'));
  });

  test('deeply nested tables and lists', () => {
    assert.ok(ingestChecked('<table><tr><td>'.repeat(10_000) + SENTENCE).text.includes('harbour master'));
    assert.ok(ingestChecked('<ul><li>'.repeat(10_000) + SENTENCE).text.includes('harbour master'));
  });

  test('a 10 MB page', () => {
    const paragraph = `<p>${SENTENCE.repeat(4)}<a href="/x">more</a> &amp; &#8220;quoted&#8221;.</p>\n<div class="ad-slot"></div>\n`;
    const html = `<html><head><title>Pier opens | Port Wenlow Post</title></head><body><nav><a href="/">Home</a></nav><article><h1>Pier opens</h1>${paragraph.repeat(
      Math.ceil(10_000_000 / paragraph.length),
    )}</article></body></html>`;
    assert.ok(html.length >= 10_000_000);
    const doc = ingestChecked(html);
    assert.ok(doc.text.startsWith('Pier opens\n\nThe harbour master'));
    assert.ok(doc.text.length > 8_000_000);
    assert.equal(doc.metadata.outlet, 'Port Wenlow Post');
  });

  test('binary garbage gives a warning, not a throw', () => {
    let garbage = '';
    for (let index = 0; index < 200_000; index++) garbage += String.fromCharCode((index * 2_654_435_761) % 256);
    const doc = ingestChecked(garbage);
    assert.ok(ruleIds(doc).includes('ingest/html-binary'));
    assert.ok(!doc.text.includes('\u0000'));
  });

  test('empty and blank input', () => {
    for (const html of ['', '   \n\t', '<html><body></body></html>', '<!-- nothing -->']) {
      const doc = ingestChecked(html);
      assert.equal(doc.text, '');
      assert.deepStrictEqual(ruleIds(doc), ['ingest/html-empty']);
    }
  });

  test('unterminated constructs swallow only what browsers swallow', () => {
    assert.equal(ingestChecked(`<p>${SENTENCE}</p><!-- never closed <p>hidden</p>`).text, SENTENCE.trim());
    assert.equal(ingestChecked(`<p>${SENTENCE}</p><script>never closed <p>hidden</p>`).text, SENTENCE.trim());
    assert.equal(ingestChecked(`<p>${SENTENCE}</p><p class="never closed>hidden</p>`).text, SENTENCE.trim());
    assert.equal(ingestChecked(`<p>${SENTENCE}</p></Mayor`).text, SENTENCE.trim());
  });

  test('markup inside svg and math does not start raw text', () => {
    const doc = ingestChecked(`<svg><title>icon</title><style>x{}</style></svg><p>${SENTENCE}</p>`);
    assert.equal(doc.text, SENTENCE.trim());
  });

  test('hostile JSON-LD: deep nesting, huge arrays, invalid JSON', () => {
    const scripts = [
      '['.repeat(200_000) + ']'.repeat(200_000),
      `[${'{"@type":"Thing"},'.repeat(50_000)}{"@type":"NewsArticle","datePublished":"2031-02-03"}]`,
      '{"@type": "NewsArticle", "datePublished": ',
    ];
    for (const script of scripts) {
      ingestChecked(`<script type="application/ld+json">${script}</script><p>${SENTENCE}</p>`);
    }
  });

  test('a title with thousands of separators', () => {
    const doc = ingestChecked(`<title>${'Pier | '.repeat(5_000)}</title><p>${SENTENCE}</p>`);
    assert.ok(doc.text.endsWith(SENTENCE.trim()));
  });

  test('lone surrogates and astral characters survive with valid offsets', () => {
    const html = `<p>Emoji \u{1F600} and a lone \ud800 half, &#x1F600; and &#xD800;.</p>`;
    const doc = ingestChecked(html);
    assert.ok(doc.text.includes('\u{1F600} and a lone \ud800 half, \u{1F600} and \ufffd.'));
    assert.deepStrictEqual(checkHtmlSourceMap(doc, html), []);
  });

  test('init.metadata wins over the page, and undefined values do not erase it', () => {
    const html = `<html><head><meta property="og:site_name" content="Port Wenlow Post"><meta property="article:published_time" content="2031-05-01"></head><body><h1>Pier opens</h1><p>${SENTENCE}</p></body></html>`;
    const doc = ingestHtml(html, { metadata: { outlet: 'Wenlow Wire', published: undefined } });
    assert.deepStrictEqual(doc.metadata, { title: 'Pier opens', published: '2031-05-01', outlet: 'Wenlow Wire' });
    assert.deepStrictEqual(doc.source, { kind: 'html' });
    assert.deepStrictEqual(ingestHtml(html, { uri: 'https://wenlow.example/pier' }).source, {
      kind: 'html',
      uri: 'https://wenlow.example/pier',
    });
  });
});
