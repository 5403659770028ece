/**
 * Title Case: headlines capitalize every long word ("Harbor Chief Says Strike Will End"). There a capitalized
 * reporting verb after a name is still a verb; in running text a capitalized word after another is part
 * of a name ("the United States pose a risk", "Consumer Reports found").
 */
import type { TokenView } from './token-view.js';

/** Words this long or longer are capitalized in Title Case; shorter ones ("a", "to", "of", "and") may not be. */
const LONG_WORD = 4;

/** A headline is short: a longer sentence is running text (and the scan stays bounded on hostile input). */
const MAX_HEADLINE_TOKENS = 48;

/**
 * Whether the sentence holding token `index` is set in Title Case: at most 48 tokens, no word of four
 * letters or more starting in lower case, and at least two capitalized words. Reads only that sentence.
 */
export function isTitleCaseSentence(view: TokenView, index: number): boolean {
  if (index < 0 || index >= view.count) return false;
  const sentence = view.sentence(index);
  let first = index;
  while (first > 0 && view.sentence(first - 1) === sentence) {
    if (index - first >= MAX_HEADLINE_TOKENS) return false;
    first--;
  }
  let capitalized = 0;
  for (let cursor = first; cursor < view.count && view.sentence(cursor) === sentence; cursor++) {
    if (cursor - first >= MAX_HEADLINE_TOKENS) return false;
    if (!view.isWord(cursor)) continue;
    if (view.isCapitalized(cursor)) capitalized++;
    else if (view.end(cursor) - view.start(cursor) >= LONG_WORD && isLowerCaseLetter(view.text.charCodeAt(view.start(cursor))))
      return false;
  }
  return capitalized >= 2;
}

function isLowerCaseLetter(code: number): boolean {
  if (code >= 97 && code <= 122) return true;
  if (code < 128) return false;
  const char = String.fromCharCode(code);
  return char !== char.toUpperCase();
}
