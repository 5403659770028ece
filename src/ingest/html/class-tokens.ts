/**
 * Reads `class` and `id` values as words: `related-stories`, `shareBar` and `ad_slot_3` give `related`,
 * `stories`, `share`, `bar`, `ad`, `slot`, `3`. Each class name is also read with its separators removed
 * (`pull-quote` -> `pullquote`), for furniture names that only mean something as a compound.
 */

/** Furniture the reader never came for: dropped even when the name also says "article" or "content". */
const STRONG_WORDS: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'adslot',
  'adunit',
  'dfp',
  'gpt',
  'sponsor',
  'sponsors',
  'sponsored',
  'promo',
  'promos',
  'promoted',
  'promotion',
  'outbrain',
  'taboola',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'newsletter',
  'newsletters',
  'subscribe',
  'subscription',
  'signup',
  'comment',
  'comments',
  'disqus',
  'share',
  'shares',
  'sharing',
  'social',
  'related',
  'recommended',
  'recommendations',
  'recirc',
  'recirculation',
  'trending',
  'popular',
  'paywall',
  'banner',
  'modal',
  'popup',
  'overlay',
  'breadcrumb',
  'breadcrumbs',
]);

/** Compounds that are furniture only as a whole (`most-read`, `pull-quote`, `sr-only`). */
const STRONG_COMPOUNDS: ReadonlySet<string> = new Set([
  'mostread',
  'mostpopular',
  'mostviewed',
  'morestories',
  'moreonthis',
  'readmore',
  'readnext',
  'pullquote',
  'pullout',
  'sronly',
  'visuallyhidden',
  'screenreaderonly',
  'sharebar',
  'adslot',
  'adunit',
  'adcontainer',
  'adwrapper',
]);

/** Furniture names a content wrapper sometimes carries too: dropped unless the name also says "article". */
const WEAK_WORDS: ReadonlySet<string> = new Set([
  'nav',
  'navbar',
  'navigation',
  'menu',
  'menus',
  'footer',
  'header',
  'masthead',
  'sidebar',
  'widget',
  'widgets',
  'toolbar',
  'tags',
  'login',
  'search',
  'pagination',
  'pager',
  'subnav',
  'dropdown',
  'tooltip',
  'hidden',
  'rail',
  'skip',
  'copyright',
]);

const POSITIVE_WORDS: ReadonlySet<string> = new Set(['article', 'body', 'content', 'story', 'entry', 'prose']);

export const TOKENS_STRONG = 1;
export const TOKENS_WEAK = 2;
export const TOKENS_POSITIVE = 4;

function isAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

function verdictOfWord(word: string): number {
  if (STRONG_WORDS.has(word)) return TOKENS_STRONG;
  if (WEAK_WORDS.has(word)) return TOKENS_WEAK;
  if (POSITIVE_WORDS.has(word)) return TOKENS_POSITIVE;
  return 0;
}

/** Bit set of TOKENS_* for a `class` or `id` value. Long values are read up to 512 characters. */
export function classifyNameTokens(value: string): number {
  const length = Math.min(value.length, 512);
  let verdict = 0;
  let index = 0;
  while (index < length) {
    while (index < length && isSpace(value.charCodeAt(index))) index++;
    const nameStart = index;
    while (index < length && !isSpace(value.charCodeAt(index))) index++;
    if (index > nameStart) verdict |= classifyName(value, nameStart, index);
  }
  return verdict;
}

function classifyName(value: string, start: number, end: number): number {
  let verdict = 0;
  let compound = '';
  let wordStart = -1;
  for (let index = start; index <= end; index++) {
    const code = index < end ? value.charCodeAt(index) : 0;
    const isPart = index < end && isAlphanumeric(code);
    // A lower-case letter followed by an upper-case one starts a new camelCase word.
    const isCamelBreak = isPart && wordStart >= 0 && isUpper(code) && isLower(value.charCodeAt(index - 1));
    if (wordStart >= 0 && (!isPart || isCamelBreak)) {
      const word = value.slice(wordStart, index).toLowerCase();
      compound += word;
      verdict |= verdictOfWord(word);
      wordStart = -1;
    }
    if (isPart && wordStart < 0) wordStart = index;
  }
  if (STRONG_COMPOUNDS.has(compound)) verdict |= TOKENS_STRONG;
  return verdict;
}
