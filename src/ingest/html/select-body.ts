/**
 * Picks the article body among the kept elements, in this order:
 * 1. `article-body`: the outermost `[itemprop=articleBody]` elements that hold text;
 * 2. `article`: the best-scoring container (below), widened to its nearest `<article>` (or role=article);
 * 3. `score`: the best-scoring container plus its siblings that score well or read as paragraphs;
 * 4. `whole-page`: no paragraph of 25+ characters anywhere, so every kept element (a fragment, a stub).
 * The score is readability's: each paragraph-like block with 25+ characters of its own text scores
 * 1 + commas + min(chars / 100, 3) and adds it to its parent, half to its grandparent, and a third of the
 * level to three more ancestors; each container starts from a tag score (div +5, list -3, heading -5) and
 * ±25 for content or furniture words in its class; the total is scaled by 1 - link density.
 */
import {
  FEATURE_ARTICLE,
  FEATURE_ARTICLE_BODY,
  FEATURE_POSITIVE_WORDS,
  FEATURE_STRONG_WORDS,
  FEATURE_WEAK_WORDS,
  type ElementFeatures,
} from './features.js';
import type { HtmlTree } from './parse.js';
import { initialTagScore, SCORED_BLOCK_TAGS } from './tags.js';
import { linkDensity, type TextStats } from './text-stats.js';

export type BodyRule = 'article-body' | 'article' | 'score' | 'whole-page';

export interface BodySelection {
  /** Elements whose subtrees make up the body, in document order, none inside another. */
  roots: number[];
  rule: BodyRule;
}

const MIN_PARAGRAPH_CHARS = 25;
const ANCESTOR_LEVELS = 5;
/** Readability's limit for a sibling paragraph that joins the body. */
const SIBLING_PARAGRAPH_CHARS = 80;
const SUBHEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

export function selectBody(tree: HtmlTree, features: ElementFeatures, keep: Uint8Array, stats: TextStats): BodySelection {
  const marked = markedArticleBodies(tree, features, keep, stats);
  if (marked.length > 0) return { roots: marked, rule: 'article-body' };

  const scores = scoreCandidates(tree, features, keep, stats);
  let top = -1;
  for (let element = 0; element < tree.count; element++) {
    if (!Number.isNaN(scores[element]!) && (top < 0 || scores[element]! > scores[top]!)) top = element;
  }
  if (top < 0) return { roots: [0], rule: 'whole-page' };

  for (let ancestor = top; ancestor >= 0; ancestor = tree.parents[ancestor]!) {
    if (features.own[ancestor]! & FEATURE_ARTICLE) return { roots: [ancestor], rule: 'article' };
  }
  return { roots: withSiblings(tree, keep, stats, scores, top), rule: 'score' };
}

function markedArticleBodies(tree: HtmlTree, features: ElementFeatures, keep: Uint8Array, stats: TextStats): number[] {
  const roots: number[] = [];
  let element = 1;
  while (element < tree.count) {
    if (keep[element] === 1 && features.own[element]! & FEATURE_ARTICLE_BODY && stats.chars[element]! > 0) {
      roots.push(element);
      element = tree.subtreeEnds[element]!;
    } else element++;
  }
  return roots;
}

/** Final score per element; NaN for elements that are not candidates. */
function scoreCandidates(tree: HtmlTree, features: ElementFeatures, keep: Uint8Array, stats: TextStats): Float64Array {
  const scores = new Float64Array(tree.count).fill(Number.NaN);
  for (let block = 0; block < tree.count; block++) {
    const chars = stats.blockChars[block]!;
    if (keep[block] === 0 || chars < MIN_PARAGRAPH_CHARS || !SCORED_BLOCK_TAGS.has(tree.tags[block]!)) continue;
    const score = 1 + stats.blockCommas[block]! + Math.min(Math.floor(chars / 100), 3);
    let ancestor = tree.parents[block]!;
    // The root has no parent; a bare fragment of paragraphs is scored on the root itself.
    if (ancestor < 0) ancestor = block;
    for (let level = 0; level < ANCESTOR_LEVELS && ancestor >= 0; level++) {
      if (Number.isNaN(scores[ancestor]!)) scores[ancestor] = initialScore(tree, features, ancestor);
      scores[ancestor] = scores[ancestor]! + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      ancestor = tree.parents[ancestor]!;
    }
  }
  for (let element = 0; element < tree.count; element++) {
    if (!Number.isNaN(scores[element]!)) scores[element] = scores[element]! * (1 - linkDensity(stats, element));
  }
  return scores;
}

function initialScore(tree: HtmlTree, features: ElementFeatures, element: number): number {
  const own = features.own[element]!;
  let score = initialTagScore(tree.tags[element]!);
  if (own & FEATURE_POSITIVE_WORDS) score += 25;
  if (own & (FEATURE_STRONG_WORDS | FEATURE_WEAK_WORDS)) score -= 25;
  return score;
}

/** The top candidate and the siblings readability would append: good scores or link-poor paragraphs. */
function withSiblings(tree: HtmlTree, keep: Uint8Array, stats: TextStats, scores: Float64Array, top: number): number[] {
  const parent = tree.parents[top]!;
  if (parent < 0) return [top];
  const threshold = Math.max(10, scores[top]! * 0.2);
  const siblings: number[] = [];
  const isIncluded: boolean[] = [];
  for (let child = parent + 1; child < tree.subtreeEnds[parent]!; child = tree.subtreeEnds[child]!) {
    if (keep[child] === 0) continue;
    const score = scores[child]!;
    const included =
      child === top ||
      (!Number.isNaN(score) && score >= threshold) ||
      (tree.tags[child] === 'p' && stats.chars[child]! > SIBLING_PARAGRAPH_CHARS && linkDensity(stats, child) < 0.25);
    siblings.push(child);
    isIncluded.push(included);
  }
  const lastIncluded = isIncluded.lastIndexOf(true);
  const roots: number[] = [];
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!;
    // A subheading between two included parts of a split body belongs to it.
    const isSubheading = SUBHEADINGS.has(tree.tags[child]!) && isIncluded[index - 1] === true && index < lastIncluded;
    if (isIncluded[index] || isSubheading) roots.push(child);
  }
  return roots;
}

/** Index of the first root greater than `element` (roots are sorted). */
function firstRootAfter(roots: readonly number[], element: number): number {
  let low = 0;
  let high = roots.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (roots[middle]! <= element) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** True when a body root lies inside `element`. */
export function holdsRoot(tree: HtmlTree, roots: readonly number[], element: number): boolean {
  const next = roots[firstRootAfter(roots, element)];
  return next !== undefined && next < tree.subtreeEnds[element]!;
}

/** True when `element` is a body root or inside one. */
export function isInRoots(tree: HtmlTree, roots: readonly number[], element: number): boolean {
  const root = roots[firstRootAfter(roots, element) - 1];
  return root !== undefined && element < tree.subtreeEnds[root]!;
}
