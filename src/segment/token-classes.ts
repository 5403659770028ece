/**
 * Per-word bits the hot loops test: the word lists a word may be in (speakers/lexicon/word-classes.ts,
 * from its hash) and whether it starts with a capital. The tokenizer makes them as it scans (the hash
 * and the first character are at hand then), so no stage makes a second pass over the tokens for them.
 */
import { classOfHash } from '../speakers/lexicon/word-classes.js';
import { isUpper } from './chars.js';

/** A flag stored beside the word-class bits (which use the low bits): the word starts with a capital. */
export const CAPITALIZED = 1 << 30;
export const LEXICON_BITS = CAPITALIZED - 1;

/** The bits of a word token with this hash whose first UTF-16 unit is `firstCode`. */
export function wordClassBits(hash: number, firstCode: number): number {
  const bits = classOfHash(hash);
  const isCapital = firstCode < 128 ? firstCode >= 65 && firstCode <= 90 : isUpper(firstCode);
  return isCapital ? bits | CAPITALIZED : bits;
}
