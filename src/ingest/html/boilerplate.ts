/**
 * Decides which elements are page furniture, at three strictness levels tried in turn:
 * - `minimal`: only what a reader never sees as text (script, style, svg, forms controls, hidden elements);
 * - `relaxed`: also furniture by tag and role: nav, aside, menu, form, dialog, landmark roles, and the
 *   page's header and footer (a header or footer inside an article, main or blockquote is kept);
 * - `strict`: also elements whose class or id names furniture (ad, share, related, newsletter, comment,
 *   cookie ...). A weak name (menu, header, sidebar ...) is overruled by a content word in the same
 *   attribute (`article-header`) and by a subtree holding the article (`<article>`, `<main>`, an h1,
 *   `[itemprop=articleBody]`); a strong name only by the last three, so a wrapper named `layout--has-ads`
 *   around the whole story survives while an `article-comments` box does not.
 * Dropping is inherited: a kept element's parent is always kept.
 */
import {
  FEATURE_ARTICLE,
  FEATURE_ARTICLE_BODY,
  FEATURE_BOILERPLATE_ROLE,
  FEATURE_BOILERPLATE_TAG,
  FEATURE_FOOTER,
  FEATURE_H1,
  FEATURE_HEADER,
  FEATURE_INVISIBLE,
  FEATURE_MAIN,
  FEATURE_NAV,
  FEATURE_PAGE,
  FEATURE_POSITIVE_WORDS,
  FEATURE_QUOTE_CONTEXT,
  FEATURE_STRONG_WORDS,
  FEATURE_WEAK_WORDS,
  type ElementFeatures,
} from './features.js';
import type { HtmlTree } from './parse.js';

export type Strictness = 'strict' | 'relaxed' | 'minimal';

const CONTENT_CONTEXT = FEATURE_ARTICLE | FEATURE_MAIN | FEATURE_ARTICLE_BODY;
const HOLDS_STORY = FEATURE_ARTICLE_BODY | FEATURE_MAIN | FEATURE_H1;

function isFurniture(own: number, subtree: number, inContent: boolean, inQuote: boolean, strictness: Strictness): boolean {
  if (own & FEATURE_INVISIBLE) return true;
  if (strictness === 'minimal') return false;
  if (own & FEATURE_BOILERPLATE_TAG) return true;
  if (own & FEATURE_BOILERPLATE_ROLE && !(subtree & HOLDS_STORY)) return true;
  // A page header that holds the headline (and no menu) is the article's header in disguise.
  if (own & FEATURE_HEADER && !inContent && !(subtree & FEATURE_H1 && !(subtree & FEATURE_NAV))) return true;
  if (own & FEATURE_FOOTER && !inContent && !inQuote) return true;
  if (strictness === 'relaxed' || own & FEATURE_PAGE) return false;
  if (own & FEATURE_STRONG_WORDS) return !(subtree & HOLDS_STORY);
  if (own & FEATURE_WEAK_WORDS) return !(own & FEATURE_POSITIVE_WORDS) && !(subtree & (HOLDS_STORY | FEATURE_ARTICLE));
  return false;
}

/** 1 for each element kept at this strictness, 0 for furniture and everything inside it. */
export function classifyElements(tree: HtmlTree, features: ElementFeatures, strictness: Strictness): Uint8Array {
  const { count, parents } = tree;
  const keep = new Uint8Array(count);
  const inContent = new Uint8Array(count);
  const inQuote = new Uint8Array(count);
  keep[0] = 1;
  for (let element = 1; element < count; element++) {
    const parent = parents[element]!;
    if (keep[parent] === 0) continue;
    const own = features.own[element]!;
    if (isFurniture(own, features.subtree[element]!, inContent[parent] === 1, inQuote[parent] === 1, strictness)) continue;
    keep[element] = 1;
    inContent[element] = inContent[parent] === 1 || (own & CONTENT_CONTEXT) !== 0 ? 1 : 0;
    inQuote[element] = inQuote[parent] === 1 || (own & FEATURE_QUOTE_CONTEXT) !== 0 ? 1 : 0;
  }
  return keep;
}
