/**
 * HTML ingest: main-content extraction of a news page into a document whose text is the article (headline
 * first, then one block per paragraph-level element, joined by "\n\n") and whose sourceMap leads every run
 * of that text back to the markup it came from.
 *
 * Steps: parse (flat tree, parse.ts) -> element features and layout -> boilerplate classification, body
 * selection, pruning and text assembly (extract-body.ts, retried at lower strictness when the body comes
 * out empty or thin) -> page facts -> headline -> metadata. Problems (no body, only furniture, binary
 * input, empty text) are messages, never exceptions; every step is linear in the input and iterative.
 *
 * Known limits: `<q>` marks and block separators have no source segment; the headline is moved to the front
 * even when its markup comes later, so source ranges are then not in text order; no Unicode normalization.
 */
import { createDocument, type DocumentMetadata, type SourceSegment, type VerbatimDocument } from '../../model/document.js';
import type { Message } from '../../model/layers.js';
import { assembleBody } from './assemble.js';
import { extractBody, type Extraction } from './extract-body.js';
import { computeFeatures } from './features.js';
import { chooseHeadline, titleSuffixOf, type Headline } from './headline.js';
import { computeLayout } from './layout.js';
import { findMetadata, mergeMetadata } from './metadata.js';
import { collectPageFacts } from './page-facts.js';
import { parseHtml } from './parse.js';
import type { BuiltText } from './text-builder.js';

export { toSourceOffset, toSourceRange } from './source-map.js';
export { normalizeDate } from './dates.js';

export interface HtmlIngestInit {
  id?: string;
  uri?: string;
  metadata?: DocumentMetadata;
}

const SOURCE = 'ingest/html';

function warning(ruleId: string, reason: string): Message {
  return { ruleId, source: SOURCE, severity: 'warning', reason, start: 0, end: 0 };
}

/** NUL bytes or mostly control characters in the first 8 KiB: the "HTML" is probably a binary file. */
function looksBinary(source: string): boolean {
  const sample = source.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  const control = sample.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return sample.length > 0 && control / sample.length > 0.1;
}

/** Puts the headline in front of the body unless the body already starts with it. */
function withHeadline(extraction: Extraction, headline: Headline | undefined, layoutBody: () => BuiltText): BuiltText {
  let body = extraction.body;
  if (headline === undefined || headline.text === '') return body;
  const secondBlock = body.blockStarts[1];
  const firstBlock = body.text.slice(0, secondBlock === undefined ? body.text.length : secondBlock - 2);
  if (firstBlock.replaceAll('\n', ' ') === headline.text) return body;
  // An h1 further down the body moves to the front instead of appearing twice.
  if (headline.element >= 0 && extraction.emit[headline.element] === 1) body = layoutBody();
  if (body.text === '') return headline;
  const shift = headline.text.length + 2;
  const sourceMap: SourceSegment[] = [...headline.sourceMap];
  for (const segment of body.sourceMap) {
    sourceMap.push({ text: { start: segment.text.start + shift, end: segment.text.end + shift }, source: segment.source });
  }
  return {
    text: `${headline.text}\n\n${body.text}`,
    sourceMap,
    blockStarts: [...headline.blockStarts.slice(0, 1), ...body.blockStarts.map((start) => start + shift)],
  };
}

function messagesFor(source: string, extraction: Extraction, text: string): Message[] {
  const messages: Message[] = [];
  if (looksBinary(source)) {
    messages.push(warning('ingest/html-binary', 'Unexpected NUL or control characters, expected HTML text; extracted what reads as text'));
  }
  if (text === '') {
    messages.push(warning('ingest/html-empty', 'Unexpected page without visible text, expected an article'));
    return messages;
  }
  if (extraction.strictness !== 'strict') {
    messages.push(
      warning(
        'ingest/html-all-boilerplate',
        'Unexpected page whose text is all marked as furniture (menus, ads, share or related boxes), expected an article body; kept furniture text',
      ),
    );
  }
  if (extraction.selection.rule === 'whole-page') {
    messages.push(
      warning(
        'ingest/html-no-body',
        'Unexpected page without a paragraph of 25 or more characters, expected an article body; kept all visible text',
      ),
    );
  }
  return messages;
}

/**
 * Extracts the article of an HTML page: text (headline first), a source map into the markup, and metadata
 * (title, published, outlet, url; values in `init.metadata` win). Never throws on bad markup.
 */
export function ingestHtml(html: string, init: HtmlIngestInit = {}): VerbatimDocument {
  const source = typeof html === 'string' ? html : '';
  const tree = parseHtml(source);
  const features = computeFeatures(tree);
  const layout = computeLayout(tree);
  const extraction = extractBody(tree, features, layout);
  const facts = collectPageFacts(tree);
  const titleSuffix = titleSuffixOf({ tree, layout, facts });
  const outletNames = [facts.meta.get('og:site_name')?.content.trim(), facts.jsonLd.publisherName, titleSuffix].filter(
    (name): name is string => name !== undefined && name !== '',
  );
  const { keep, selection } = extraction;
  const headline = chooseHeadline({ tree, layout, facts, keep, roots: selection.roots, outletNames });
  const built = withHeadline(extraction, headline, () =>
    assembleBody(tree, layout, extraction.emit, selection.roots, headline?.element ?? -1),
  );
  const found = findMetadata({
    tree,
    facts,
    keep,
    roots: selection.roots,
    ...(headline === undefined ? {} : { headline: headline.text }),
    ...(titleSuffix === undefined ? {} : { titleSuffix }),
    ...(init.uri === undefined ? {} : { uri: init.uri }),
  });
  return createDocument({
    id: init.id ?? 'document',
    text: built.text,
    source: init.uri === undefined ? { kind: 'html' } : { kind: 'html', uri: init.uri },
    sourceMap: built.sourceMap,
    metadata: mergeMetadata(found, init.metadata),
    messages: messagesFor(source, extraction, built.text),
  });
}
