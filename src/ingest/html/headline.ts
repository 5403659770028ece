/**
 * Chooses the headline, with its source map: the article's `<h1>` (the first inside the body, else the first
 * inside the body's `<article>` or `<main>`, else the last before the body, else the first after it; an h1
 * that only repeats the outlet name is a logo, not a headline), else `og:title`, else `twitter:title`, else
 * `<title>` without its " | Outlet" suffix.
 */
import { assembleLine } from './assemble.js';
import type { TreeLayout } from './layout.js';
import type { HtmlTree, ValuePiece } from './parse.js';
import type { PageFacts } from './page-facts.js';
import { holdsRoot, isInRoots } from './select-body.js';
import { TextBuilder, type BuiltText } from './text-builder.js';
import { splitTitle } from './title-suffix.js';

export type HeadlineOrigin = 'h1' | 'og:title' | 'twitter:title' | 'title';

export interface Headline extends BuiltText {
  origin: HeadlineOrigin;
  /** The h1 element, or -1 for a headline from metadata. */
  element: number;
}

const MAX_HEADLINE_LENGTH = 400;

export interface HeadlineContext {
  tree: HtmlTree;
  layout: TreeLayout;
  facts: PageFacts;
  keep: Uint8Array;
  roots: readonly number[];
  /** Names the page gives itself (og:site_name, JSON-LD publisher), to tell a logo h1 from a headline. */
  outletNames: readonly string[];
}

function isUsable(text: string, outletNames: readonly string[]): boolean {
  if (text.length === 0 || text.length > MAX_HEADLINE_LENGTH) return false;
  const lower = text.toLowerCase();
  return !outletNames.some((name) => name.toLowerCase() === lower);
}

/** `<title>` and attribute values are plain text, so markup written in them (`<title><p>`) shows as tags. */
function looksLikeMarkup(text: string): boolean {
  for (let index = text.indexOf('<'); index >= 0; index = text.indexOf('<', index + 1)) {
    const next = text.charCodeAt(index + 1);
    if ((next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a) || next === 0x2f || next === 0x21 || next === 0x3f) return true;
  }
  return false;
}

function isInside(tree: HtmlTree, element: number, container: number): boolean {
  return element > container && element < tree.subtreeEnds[container]!;
}

/** h1 elements in the order they are preferred. */
function rankedHeadings(context: HeadlineContext): number[] {
  const { tree, keep, roots } = context;
  const headings: number[] = [];
  for (let element = 1; element < tree.count; element++) {
    // An unclosed h1 that swallowed the article is not its headline.
    if (tree.tags[element] === 'h1' && keep[element] === 1 && !holdsRoot(tree, roots, element)) headings.push(element);
  }
  if (headings.length === 0 || roots.length === 0) return headings;
  const first = roots[0]!;
  let container = -1;
  for (let ancestor = first; ancestor > 0; ancestor = tree.parents[ancestor]!) {
    const tag = tree.tags[ancestor];
    if (tag === 'article' || tag === 'main') {
      container = ancestor;
      break;
    }
  }
  const inBody = headings.filter((heading) => isInRoots(tree, roots, heading));
  const inContainer = container < 0 ? [] : headings.filter((heading) => isInside(tree, heading, container));
  const before = headings.filter((heading) => heading < first).reverse();
  const after = headings.filter((heading) => heading > first);
  return [...new Set([...inBody, ...inContainer, ...before, ...after])];
}

function buildFromValue(source: string, pieces: readonly ValuePiece[]): BuiltText {
  const builder = new TextBuilder(source);
  for (const piece of pieces) {
    if (piece.text === source.slice(piece.start, piece.end)) builder.appendSource(piece.start, piece.end, false);
    else builder.appendDecoded(piece.text, piece.start, piece.end, false);
  }
  return builder.finish();
}

/** The first `length` characters of a built text, with trailing white space and the segments past it removed. */
export function truncateBuilt(built: BuiltText, length: number): BuiltText {
  let end = Math.min(length, built.text.length);
  while (end > 0 && built.text.charCodeAt(end - 1) <= 0x20) end--;
  const sourceMap = [];
  for (const segment of built.sourceMap) {
    if (segment.text.start >= end) break;
    if (segment.text.end <= end) {
      sourceMap.push(segment);
      continue;
    }
    const isLinear = segment.text.end - segment.text.start === segment.source.end - segment.source.start;
    const kept = end - segment.text.start;
    sourceMap.push({
      text: { start: segment.text.start, end },
      source: { start: segment.source.start, end: isLinear ? segment.source.start + kept : segment.source.end },
    });
  }
  return { text: built.text.slice(0, end), sourceMap, blockStarts: built.blockStarts.filter((start) => start < end) };
}

export function chooseHeadline(context: HeadlineContext): Headline | undefined {
  const { tree, layout, facts, outletNames } = context;
  for (const heading of rankedHeadings(context)) {
    const built = assembleLine(tree, layout, heading, context.keep);
    if (isUsable(built.text, outletNames)) return { ...built, origin: 'h1', element: heading };
  }
  for (const key of ['og:title', 'twitter:title'] as const) {
    const meta = facts.meta.get(key);
    const pieces = meta === undefined ? undefined : tree.attributes[meta.element]?.contentPieces;
    if (pieces === undefined) continue;
    const built = buildFromValue(tree.source, pieces);
    if (isUsable(built.text, outletNames) && !looksLikeMarkup(built.text)) return { ...built, origin: key, element: -1 };
  }
  if (facts.titleElement !== undefined) {
    const title = assembleLine(tree, layout, facts.titleElement, undefined);
    if (title.text.length > 0 && title.text.length <= 2 * MAX_HEADLINE_LENGTH) {
      const split = splitTitle(title.text, outletNames[0]);
      const built = truncateBuilt(title, split.headlineLength);
      if (isUsable(built.text, outletNames) && !looksLikeMarkup(built.text)) return { ...built, origin: 'title', element: -1 };
    }
  }
  return undefined;
}

/** The outlet name a `<title>` ends with, when it has one ("Story | The Gazette" -> "The Gazette"). */
export function titleSuffixOf(context: Pick<HeadlineContext, 'tree' | 'layout' | 'facts'>): string | undefined {
  const { tree, layout, facts } = context;
  if (facts.titleElement === undefined) return undefined;
  const title = assembleLine(tree, layout, facts.titleElement, undefined);
  if (title.text.length === 0 || title.text.length > 2 * MAX_HEADLINE_LENGTH) return undefined;
  return splitTitle(title.text).suffix;
}
