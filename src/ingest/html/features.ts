/**
 * Static facts about each element that do not depend on which boilerplate is dropped: what its tag, role,
 * hidden state and class/id words say, and which content hints (`[itemprop=articleBody]`, `<main>`,
 * `<article>`, `<h1>`, `<nav>`) its subtree holds. Computed once per document.
 */
import { classifyNameTokens, TOKENS_POSITIVE, TOKENS_STRONG, TOKENS_WEAK } from './class-tokens.js';
import type { ElementAttributes, HtmlTree } from './parse.js';
import { BOILERPLATE_ROLES, BOILERPLATE_TAGS, INVISIBLE_TAGS } from './tags.js';

export const FEATURE_INVISIBLE = 1 << 0;
export const FEATURE_BOILERPLATE_TAG = 1 << 1;
export const FEATURE_HEADER = 1 << 2;
export const FEATURE_FOOTER = 1 << 3;
export const FEATURE_BOILERPLATE_ROLE = 1 << 4;
export const FEATURE_STRONG_WORDS = 1 << 5;
export const FEATURE_WEAK_WORDS = 1 << 6;
export const FEATURE_POSITIVE_WORDS = 1 << 7;
export const FEATURE_ARTICLE_BODY = 1 << 8;
export const FEATURE_MAIN = 1 << 9;
export const FEATURE_ARTICLE = 1 << 10;
export const FEATURE_H1 = 1 << 11;
export const FEATURE_NAV = 1 << 12;
/** blockquote and figure: a footer inside them is a citation or a credit, not page furniture. */
export const FEATURE_QUOTE_CONTEXT = 1 << 13;
/** The document's own html/body: never dropped for its class names. */
export const FEATURE_PAGE = 1 << 14;

/** Hint bits that the subtree mask aggregates. */
export const HINT_BITS = FEATURE_ARTICLE_BODY | FEATURE_MAIN | FEATURE_ARTICLE | FEATURE_H1 | FEATURE_NAV;

export interface ElementFeatures {
  /** FEATURE_* bits of the element itself. */
  own: Int32Array;
  /** HINT_BITS present in the element or any descendant. */
  subtree: Int32Array;
}

function isHidden(attributes: ElementAttributes): boolean {
  if (attributes.hidden !== undefined) return true;
  if (attributes['aria-hidden']?.trim().toLowerCase() === 'true') return true;
  const style = attributes.style;
  if (style === undefined) return false;
  const compact = style.toLowerCase().replaceAll(' ', '');
  return compact.includes('display:none') || compact.includes('visibility:hidden');
}

function hasWord(value: string | undefined, word: string): boolean {
  if (value === undefined) return false;
  for (const part of value.toLowerCase().split(' ')) if (part === word) return true;
  return false;
}

/** Pages repeat the same class values hundreds of times: each distinct value is read once. */
type WordCache = Map<string, number>;

function wordsOf(value: string, cache: WordCache): number {
  let words = cache.get(value);
  if (words === undefined) {
    words = classifyNameTokens(value);
    cache.set(value, words);
  }
  return words;
}

function featuresOf(tag: string, attributes: ElementAttributes | undefined, cache: WordCache): number {
  let bits = 0;
  if (INVISIBLE_TAGS.has(tag)) bits |= FEATURE_INVISIBLE;
  else if (BOILERPLATE_TAGS.has(tag)) bits |= FEATURE_BOILERPLATE_TAG;
  if (tag === 'header') bits |= FEATURE_HEADER;
  else if (tag === 'footer') bits |= FEATURE_FOOTER;
  else if (tag === 'main') bits |= FEATURE_MAIN;
  else if (tag === 'article') bits |= FEATURE_ARTICLE;
  else if (tag === 'h1') bits |= FEATURE_H1;
  else if (tag === 'nav') bits |= FEATURE_NAV;
  else if (tag === 'blockquote' || tag === 'figure') bits |= FEATURE_QUOTE_CONTEXT;
  else if (tag === 'html' || tag === 'body') bits |= FEATURE_PAGE;
  if (attributes === undefined) return bits;
  if (isHidden(attributes)) bits |= FEATURE_INVISIBLE;
  const role = attributes.role?.trim().toLowerCase();
  if (role !== undefined) {
    if (role === 'main') bits |= FEATURE_MAIN;
    else if (role === 'article') bits |= FEATURE_ARTICLE;
    else if (BOILERPLATE_ROLES.has(role)) bits |= FEATURE_BOILERPLATE_ROLE;
    if (role === 'navigation') bits |= FEATURE_NAV;
  }
  if (hasWord(attributes.itemprop, 'articlebody')) bits |= FEATURE_ARTICLE_BODY;
  let words = 0;
  if (attributes.class !== undefined) words |= wordsOf(attributes.class, cache);
  if (attributes.id !== undefined) words |= wordsOf(attributes.id, cache);
  if (words & TOKENS_STRONG) bits |= FEATURE_STRONG_WORDS;
  if (words & TOKENS_WEAK) bits |= FEATURE_WEAK_WORDS;
  if (words & TOKENS_POSITIVE) bits |= FEATURE_POSITIVE_WORDS;
  return bits;
}

export function computeFeatures(tree: HtmlTree): ElementFeatures {
  const own = new Int32Array(tree.count);
  const subtree = new Int32Array(tree.count);
  const cache: WordCache = new Map();
  for (let element = 0; element < tree.count; element++) {
    own[element] = featuresOf(tree.tags[element]!, tree.attributes[element], cache);
    subtree[element] = own[element]! & HINT_BITS;
  }
  // Children have larger indices than their parents: a backward loop folds every subtree bottom-up.
  for (let element = tree.count - 1; element > 0; element--) {
    const parent = tree.parents[element]!;
    subtree[parent] = subtree[parent]! | subtree[element]!;
  }
  return { own, subtree };
}
