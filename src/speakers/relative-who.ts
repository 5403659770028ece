/**
 * The subject of a reporting verb inside a restrictive relative clause: "the 30 percent of voters who said
 * …", "residents who say …". A "who" with no comma before it restricts the noun phrase right before it,
 * which is the one reporting; "Ruiz, who said …" (a comma) is an appositive clause, whose "who" is a
 * mention of its own (speakers/mentions).
 */
import type { TokenView } from '../segment/token-view.js';
import { hashWord } from '../segment/word-hash.js';

/** The word hash of "who" (segment/word-hash.ts): a prefilter before the word is compared. */
export const WHO_HASH = hashWord('who');

/** The token is a "who" that follows a word or number of its sentence directly (no comma between). */
export function isRestrictiveWho(view: TokenView, index: number): boolean {
  return (
    index > 0 &&
    index < view.count &&
    view.hashes[index] === WHO_HASH &&
    view.matches(index, 'who') &&
    view.sentence(index - 1) === view.sentence(index) &&
    (view.isWord(index - 1) || view.isNumber(index - 1))
  );
}
