/**
 * Picks the document metadata from the page facts, first found wins:
 * - published: `article:published_time`, itemprop=datePublished, a `<time datetime>` in the article or its
 *   header, JSON-LD datePublished, then other common meta names; each normalized by dates.ts, and a value
 *   that does not read as a date is skipped;
 * - outlet: og:site_name, JSON-LD publisher.name, the `<title>` suffix;
 * - url: link rel=canonical, og:url, JSON-LD url; a relative URL is resolved against the document's uri
 *   (or og:url) when that is an absolute http(s) URL.
 * The title is the headline (headline.ts). Values passed by the caller override all of these.
 */
import type { DocumentMetadata } from '../../model/document.js';
import { normalizeDate } from './dates.js';
import type { HtmlTree } from './parse.js';
import type { PageFacts } from './page-facts.js';
import { isInRoots } from './select-body.js';

const OTHER_DATE_KEYS = [
  'og:published_time',
  'article.published',
  'article:published',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
];

export interface MetadataContext {
  tree: HtmlTree;
  facts: PageFacts;
  keep: Uint8Array;
  roots: readonly number[];
  headline?: string;
  titleSuffix?: string;
  uri?: string;
}

function metaContent(facts: PageFacts, key: string): string | undefined {
  const content = facts.meta.get(key)?.content.trim();
  return content === '' ? undefined : content;
}

/** The datetime of the first kept `<time>` inside the body, an `<article>` or a `<header>`. */
function articleTime(context: MetadataContext): string | undefined {
  const { tree, keep, roots } = context;
  // A bounded look: the article's own time comes early; thousands of nested <time> are not a page.
  for (const element of context.facts.timeElements.slice(0, 50)) {
    if (keep[element] === 0) continue;
    const isInBody = isInRoots(tree, roots, element);
    let isInArticle = false;
    for (let ancestor = tree.parents[element]!; ancestor > 0 && !isInArticle; ancestor = tree.parents[ancestor]!) {
      const tag = tree.tags[ancestor];
      isInArticle = tag === 'article' || tag === 'header';
    }
    if (isInBody || isInArticle) return tree.attributes[element]?.datetime;
  }
  return undefined;
}

function findPublished(context: MetadataContext): string | undefined {
  const { facts } = context;
  const candidates = [
    () => metaContent(facts, 'article:published_time'),
    () => metaContent(facts, 'datepublished') ?? facts.itempropDate,
    () => articleTime(context),
    () => facts.jsonLd.datePublished,
    ...OTHER_DATE_KEYS.map((key) => () => metaContent(facts, key)),
  ];
  for (const candidate of candidates) {
    const raw = candidate();
    const normalized = raw === undefined ? undefined : normalizeDate(raw);
    if (normalized !== undefined) return normalized;
  }
  return undefined;
}

function isHttpUrl(value: string | undefined): value is string {
  return value !== undefined && (value.startsWith('http://') || value.startsWith('https://'));
}

function resolveUrl(href: string, bases: ReadonlyArray<string | undefined>): string {
  if (isHttpUrl(href)) return href;
  for (const base of bases) {
    if (!isHttpUrl(base)) continue;
    try {
      return new URL(href, base).href;
    } catch {
      // An unparsable base: try the next one.
    }
  }
  return href;
}

function findUrl(context: MetadataContext): string | undefined {
  const { facts } = context;
  const ogUrl = metaContent(facts, 'og:url');
  const href = [facts.canonical, ogUrl, facts.jsonLd.url].find((value) => value !== undefined && value.trim() !== '');
  return href === undefined ? undefined : resolveUrl(href.trim(), [context.uri, ogUrl]);
}

export function findMetadata(context: MetadataContext): DocumentMetadata {
  const { facts } = context;
  const metadata: DocumentMetadata = {};
  if (context.headline !== undefined && context.headline !== '') metadata.title = context.headline;
  const published = findPublished(context);
  if (published !== undefined) metadata.published = published;
  const outlet = metaContent(facts, 'og:site_name') ?? facts.jsonLd.publisherName ?? context.titleSuffix;
  if (outlet !== undefined) metadata.outlet = outlet.replace(/\s+/g, ' ').trim();
  const url = findUrl(context);
  if (url !== undefined) metadata.url = url;
  return metadata;
}

/** Caller-supplied values win; undefined ones do not erase what the page said. */
export function mergeMetadata(found: DocumentMetadata, given: DocumentMetadata | undefined): DocumentMetadata {
  const merged: DocumentMetadata = { ...found };
  if (given === undefined) return merged;
  for (const key of ['title', 'published', 'outlet', 'url'] as const) {
    const value = given[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}
