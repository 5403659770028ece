import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate, toQuotesView } from '../../index.js';
import { articleTitle, findHeadline, layoutArticle, type Segment } from './article-segments.js';

const ARTICLE = [
  'Ferry service resumes on Lake Orla',
  '“The boats are back,” harbour master Ines Varga said. “We missed them.”',
  'Varga said the new schedule was “tighter than ever” and that the “Blue Heron” would sail first.',
  '“It was a long winter.',
  '“A very long one,” she added.',
].join('\n\n');

function textOf(text: string, segments: readonly Segment[]): string {
  return segments.map((segment) => text.slice(segment.start, segment.end)).join('');
}

test('segments cover each paragraph exactly, in order', () => {
  const doc = annotate(ARTICLE);
  const view = toQuotesView(doc);
  const layout = layoutArticle(doc.text, doc.layers.paragraphs, view.quotes, doc.layers.quotedTerms);
  assert.equal(layout.blocks.length, doc.layers.paragraphs!.length);
  for (const block of layout.blocks) {
    assert.equal(textOf(doc.text, block.segments), doc.text.slice(block.start, block.end));
    for (let index = 1; index < block.segments.length; index++) assert.equal(block.segments[index]!.start, block.segments[index - 1]!.end);
  }
});

test('every quote is covered by its own segments, including across paragraphs', () => {
  const doc = annotate(ARTICLE);
  const view = toQuotesView(doc);
  const layout = layoutArticle(doc.text, doc.layers.paragraphs, view.quotes, doc.layers.quotedTerms);
  const segments = layout.blocks.flatMap((block) => block.segments);
  for (const quote of view.quotes) {
    const own = segments.filter((segment) => segment.quote === quote.id);
    assert.ok(own.length > 0, `quote ${quote.id} has segments`);
    assert.equal(own.filter((segment) => segment.isQuoteStart === true).length, 1);
    assert.equal(own[0]!.start, quote.start);
    assert.equal(own[own.length - 1]!.end, quote.end);
    const spaceless = (value: string): string => value.split(/\s/).join('');
    assert.equal(spaceless(textOf(doc.text, own)), spaceless(quote.text));
  }
});

test('quoted terms are marked as terms and never as quotes', () => {
  const text = 'The ferry, nicknamed “Old Faithful,” sailed at noon.';
  const layout = layoutArticle(
    text,
    [{ start: 0, end: text.length }],
    [],
    [{ id: 'w0', start: 22, end: 34, reason: 'nickname', rule: 'test' }],
  );
  const terms = layout.blocks[0]!.segments.filter((segment) => segment.term !== undefined);
  assert.deepEqual(
    terms.map((segment) => text.slice(segment.start, segment.end)),
    ['Old Faithful'],
  );
  assert.equal(terms[0]!.quote, undefined);
});

test('the innermost quote wins where quotes nest, and mixed fragments are flagged', () => {
  const text = 'She said the plan was “dead on arrival” today.';
  const mixed = {
    id: 'q0',
    kind: 'mixed' as const,
    start: 9,
    end: 39,
    text: text.slice(9, 39),
    speaker: { start: 0, end: 3, text: 'She', entity: 'e0' },
    cue: { start: 4, end: 8, text: 'said' },
    via: [],
    confidence: 0.9,
    rule: 'test',
    fragments: [{ start: 23, end: 38, text: text.slice(23, 38) }],
  };
  const inner = { ...mixed, id: 'q1', kind: 'direct' as const, start: 23, end: 38, text: text.slice(23, 38), fragments: undefined };
  const layout = layoutArticle(text, undefined, [mixed, inner]);
  const segments = layout.blocks[0]!.segments;
  const fragment = segments.find((segment) => segment.start === 23)!;
  assert.equal(fragment.quote, 'q1');
  assert.equal(fragment.isFragment, true);
  assert.deepEqual(segments.find((segment) => segment.start === 0)!.spans, ['m:0:3']);
  assert.deepEqual(segments.find((segment) => segment.start === 4)!.spans, ['c:4:8']);
});

test('blank paragraphs are skipped and an empty text has no blocks', () => {
  assert.deepEqual(layoutArticle('', undefined, []).blocks, []);
  const layout = layoutArticle(
    'One.\n\n   \n\nTwo.',
    [
      { start: 0, end: 4 },
      { start: 6, end: 9 },
      { start: 11, end: 15 },
    ],
    [],
  );
  assert.equal(layout.blocks.length, 2);
});

test('headline: a short first line without a quote or a full stop', () => {
  const doc = annotate(ARTICLE);
  const view = toQuotesView(doc);
  const layout = layoutArticle(doc.text, doc.layers.paragraphs, view.quotes, doc.layers.quotedTerms);
  assert.equal(findHeadline(doc.text, layout.blocks, undefined), 0);
  assert.equal(articleTitle(doc.text, layout, undefined, 'ferry.txt'), 'Ferry service resumes on Lake Orla');
  assert.equal(articleTitle(doc.text, layout, 'Page title', 'ferry.txt'), 'Page title');
  const plain = layoutArticle(
    'It rained.\n\nThen it stopped.',
    [
      { start: 0, end: 10 },
      { start: 12, end: 28 },
    ],
    [],
  );
  assert.equal(findHeadline('It rained.\n\nThen it stopped.', plain.blocks, undefined), -1);
});
