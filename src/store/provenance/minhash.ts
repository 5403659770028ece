/**
 * Near-duplicate detection for quotes: MinHash signatures over word-bigram shingles, cut into LSH bands.
 * Two quotes whose shingle sets have Jaccard similarity J share at least one band key with probability
 * 1 - (1 - J^ROWS)^BANDS: with 12 bands of 3 rows that is 0.80 at J = 0.5, 0.95 at 0.6 and 0.998 at
 * 0.75 (one changed word in a 12-word quote gives about 0.7, an elided quarter about 0.75). Band keys
 * only propose candidates; `isNearDuplicate` decides on the words in order. Its bar is
 * "near-identical", not "overlapping": a quote that shares one sentence with a longer one, or has the
 * same sentences in another order, stays apart, or groups would chain into one through multi-sentence
 * quotes. Keys and hashes are integers below 2^52, exact in a JavaScript number and in SQLite's and
 * PostgreSQL's 64-bit integers.
 */

export const SHINGLE_SIZE = 2;
export const BANDS = 12;
export const ROWS_PER_BAND = 3;
export const SIGNATURE_LENGTH = BANDS * ROWS_PER_BAND;
/** Quotes shorter than this (in words) are too generic to trace ("we are done"). */
export const MIN_TRACE_WORDS = 4;
/** Near-identical: the longest common word subsequence covers this share of the longer quote... */
export const MIN_SHARED_WORDS = 0.7;
/** ...or the shorter quote is an elided copy: this share of its words appear in order in the longer... */
export const MIN_EXCERPT_WORDS = 0.85;
/** ...and it keeps at least this share of the longer quote's length. */
export const MIN_EXCERPT_SHARE = 0.75;
/** Longer quotes are compared by their first words only (the comparison costs length squared). */
const MAX_COMPARED_WORDS = 400;

const TWO_TO_32 = 4294967296;

/** MurmurHash3's 32-bit finalizer: spreads every input bit over the output. */
function mix32(value: number): number {
  let hash = value | 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** FNV-1a over the UTF-16 code units of a word. */
function hashWord(word: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < word.length; index++) {
    hash ^= word.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return mix32(hash);
}

/** Seeds of the signature's hash functions: fixed, so signatures agree across processes and versions. */
const SEEDS: readonly number[] = Array.from({ length: SIGNATURE_LENGTH }, (_, index) => mix32(Math.imul(index + 1, 0x9e3779b1)));

/** Hashes of the word bigrams of a quote, without repeats. */
export function shinglesOf(words: readonly string[]): Uint32Array {
  if (words.length < SHINGLE_SIZE) return new Uint32Array(0);
  const seen = new Set<number>();
  let previous = hashWord(words[0]!, 0);
  for (let index = 1; index < words.length; index++) {
    const current = hashWord(words[index]!, 0);
    seen.add(mix32(Math.imul(previous, 0x9e3779b1) ^ current));
    previous = current;
  }
  return Uint32Array.from(seen);
}

/** The MinHash signature: for each hash function, the smallest hash of any shingle. */
export function signatureOf(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let index = 0; index < SIGNATURE_LENGTH; index++) {
      const value = mix32(shingle ^ SEEDS[index]!);
      if (value < signature[index]!) signature[index] = value;
    }
  }
  return signature;
}

/** One key per band: a 52-bit hash of the band's number and its rows. */
export function bandKeysOf(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let low = mix32(Math.imul(band + 1, 0x27d4eb2f));
    let high = mix32(low ^ 0x165667b1);
    for (let row = 0; row < ROWS_PER_BAND; row++) {
      const value = signature[band * ROWS_PER_BAND + row]!;
      low = mix32(low ^ value);
      high = mix32(Math.imul(high, 0x9e3779b1) ^ value);
    }
    keys.push((high & 0xfffff) * TWO_TO_32 + low);
  }
  return keys;
}

/** A 52-bit hash of the words: quotes with the same normalized wording share it. */
export function wordingHashOf(words: readonly string[]): number {
  let low = 0x3c6ef372;
  let high = 0x1b873593;
  for (const word of words) {
    low = mix32(Math.imul(low, 0x01000193) ^ hashWord(word, 0));
    high = mix32(Math.imul(high, 0x9e3779b1) ^ hashWord(word, 0x5bd1e995));
  }
  low = mix32(low ^ words.length);
  return (high & 0xfffff) * TWO_TO_32 + low;
}

/** Whether a quote of these words takes part in provenance. */
export function isTraceable(words: readonly string[]): boolean {
  return words.length >= MIN_TRACE_WORDS;
}

/** Length of the longest common subsequence of two word lists (one row of the table at a time). */
export function commonWordCount(first: readonly string[], second: readonly string[]): number {
  const a = first.length > MAX_COMPARED_WORDS ? first.slice(0, MAX_COMPARED_WORDS) : first;
  const b = second.length > MAX_COMPARED_WORDS ? second.slice(0, MAX_COMPARED_WORDS) : second;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const word = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      current[j] = word === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * The grouping rule, on normalized words in order: near-identical wording (a changed or dropped word
 * or two), or an elided copy of the other quote. Order matters: the same sentences in another order,
 * or two quotes that share one sentence of several, are different quotes.
 */
export function isNearDuplicate(first: readonly string[], second: readonly string[]): boolean {
  if (first.length === 0 || second.length === 0) return false;
  const [small, large] = first.length <= second.length ? [first, second] : [second, first];
  // Either rule needs the shorter quote to keep most of the longer one's length.
  if (small.length < Math.min(MIN_SHARED_WORDS, MIN_EXCERPT_SHARE) * Math.min(large.length, MAX_COMPARED_WORDS)) return false;
  const shared = commonWordCount(small, large);
  if (shared >= MIN_SHARED_WORDS * Math.min(large.length, MAX_COMPARED_WORDS)) return true;
  return (
    small.length >= MIN_TRACE_WORDS &&
    shared >= MIN_EXCERPT_WORDS * Math.min(small.length, MAX_COMPARED_WORDS) &&
    small.length >= MIN_EXCERPT_SHARE * large.length
  );
}

/** Everything provenance needs of one quote's words. */
export interface Fingerprint {
  wordingHash: number;
  bandKeys: number[];
}

export function fingerprintOf(words: readonly string[]): Fingerprint | null {
  if (!isTraceable(words)) return null;
  return { wordingHash: wordingHashOf(words), bandKeys: bandKeysOf(signatureOf(shinglesOf(words))) };
}
