/**
 * Collects what the page says about itself, in one pass over the elements: `<meta>` by property, name
 * or itemprop; `<link rel=canonical>`; `<title>`; `[itemprop=datePublished]`; `<time datetime>`; and
 * JSON-LD. Nothing is chosen here; metadata.ts and headline.ts pick among these.
 */
import { parseJsonLd, readJsonLdFacts, type JsonLdFacts } from './json-ld.js';
import type { HtmlTree } from './parse.js';

export interface PageFacts {
  /** First `content` per lower-cased meta key (`og:title`, `article:published_time`, `datepublished` ...). */
  meta: Map<string, { content: string; element: number }>;
  canonical?: string;
  /** The first `<title>` element. */
  titleElement?: number;
  /** Value of the first `[itemprop=datePublished]` that is not a meta tag (datetime, content or text). */
  itempropDate?: string;
  /** `<time>` elements with a datetime attribute, in document order. */
  timeElements: number[];
  jsonLd: JsonLdFacts;
}

/** The text of an element's subtree with character references decoded and no white-space folding. */
export function rawTextOf(tree: HtmlTree, element: number): string {
  const { pieces, source } = tree;
  let text = '';
  for (let piece = tree.pieceStarts[element]!; piece < tree.pieceEnds[element]!; piece++) {
    const kind = pieces.kinds[piece];
    if (kind === 'text') text += source.slice(pieces.starts[piece], pieces.ends[piece]);
    else if (kind === 'entity') text += pieces.texts[piece];
    else if (kind === 'break') text += ' ';
  }
  return text;
}

function hasWord(value: string | undefined, word: string): boolean {
  if (value === undefined) return false;
  for (const part of value.toLowerCase().split(' ')) if (part === word) return true;
  return false;
}

export function collectPageFacts(tree: HtmlTree): PageFacts {
  const facts: PageFacts = { meta: new Map(), timeElements: [], jsonLd: {} };
  const scripts: unknown[] = [];
  // SVG and MathML have <title> elements of their own (icon names).
  const isForeign = new Uint8Array(tree.count);
  for (let element = 1; element < tree.count; element++) {
    const tag = tree.tags[element]!;
    const attributes = tree.attributes[element];
    isForeign[element] = tag === 'svg' || tag === 'math' ? 1 : isForeign[tree.parents[element]!]!;
    if (tag === 'title') {
      if (isForeign[element] === 0) facts.titleElement ??= element;
      continue;
    }
    if (attributes === undefined) continue;
    if (tag === 'meta') {
      const key = (attributes.property ?? attributes.name ?? attributes.itemprop)?.trim().toLowerCase();
      const content = attributes.content;
      if (key !== undefined && content !== undefined && content.trim() !== '' && !facts.meta.has(key)) {
        facts.meta.set(key, { content, element });
      }
    } else if (tag === 'link') {
      if (hasWord(attributes.rel, 'canonical') && attributes.href !== undefined) facts.canonical ??= attributes.href.trim();
    } else if (tag === 'script') {
      if (attributes.type?.trim().toLowerCase() === 'application/ld+json') {
        const value = parseJsonLd(rawTextOf(tree, element));
        if (value !== undefined) scripts.push(value);
      }
    } else {
      if (tag === 'time' && attributes.datetime !== undefined) facts.timeElements.push(element);
      if (facts.itempropDate === undefined && hasWord(attributes.itemprop, 'datepublished')) {
        facts.itempropDate = attributes.datetime ?? attributes.content ?? rawTextOf(tree, element);
      }
    }
  }
  facts.jsonLd = readJsonLdFacts(scripts);
  return facts;
}
