/**
 * Exact lexicon lookups for tokens without making their lower-cased strings: the token's word hash
 * (computed by the tokenizer) finds the candidate entry, and the token's characters are compared with
 * the entry's word in place. Same answers as `map.get(view.lower(index))`; a token with a non-ASCII
 * character falls back to exactly that, since only ASCII letters are lower-cased by the hash.
 */
import type { TokenView } from './token-view.js';
import { hashWord } from './word-hash.js';

export class WordTable<T> {
  private readonly mask: number;
  private readonly hashes: Int32Array;
  /** Slot -> entry index + 1 (0: empty slot). */
  private readonly slots: Int32Array;
  private readonly words: string[] = [];
  private readonly values: T[] = [];
  private readonly byWord: ReadonlyMap<string, T>;
  /** A word with a non-ASCII cased letter ("é") is missed by the hash of its capitalized form: then strings it is. */
  private readonly needsStrings: boolean;

  constructor(entries: ReadonlyMap<string, T>) {
    this.byWord = entries;
    this.needsStrings = [...entries.keys()].some((word) =>
      [...word].some((char) => char.charCodeAt(0) >= 128 && char.toUpperCase() !== char),
    );
    let size = 16;
    while (size < entries.size * 2) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    for (const [word, value] of entries) {
      const hash = hashWord(word);
      let slot = (hash ^ (hash >>> 16)) & this.mask;
      // words sharing a hash take successive slots; get() checks each against the token
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.words.push(word);
      this.values.push(value);
      this.hashes[slot] = hash;
      this.slots[slot] = this.words.length;
    }
  }

  /** The entry for the token's lower-cased form, or undefined. */
  get(view: TokenView, index: number): T | undefined {
    if (index < 0 || index >= view.count) return undefined;
    if (this.needsStrings) return this.byWord.get(view.lower(index));
    const hash = view.hashes[index]!;
    const { mask, hashes, slots } = this;
    let slot = (hash ^ (hash >>> 16)) & mask;
    for (let entry = slots[slot]!; entry !== 0; slot = (slot + 1) & mask, entry = slots[slot]!) {
      if (hashes[slot] !== hash) continue;
      const match = this.matches(view, index, this.words[entry - 1]!);
      if (match === 1) return this.values[entry - 1];
      if (match === 2) return this.byWord.get(view.lower(index));
    }
    return undefined;
  }

  has(view: TokenView, index: number): boolean {
    return this.get(view, index) !== undefined;
  }

  /** 1: the token is the word (ASCII case aside); 0: it is not; 2: a non-ASCII character, compare strings. */
  private matches(view: TokenView, index: number, word: string): number {
    const { text } = view;
    const start = view.start(index);
    const length = view.end(index) - start;
    for (let offset = 0; offset < length; offset++) {
      let code = text.charCodeAt(start + offset);
      if (code >= 128) return 2;
      if (code >= 65 && code <= 90) code |= 0x20;
      if (offset >= word.length || code !== word.charCodeAt(offset)) return 0;
    }
    return length === word.length ? 1 : 0;
  }
}

/** A WordTable for set membership. */
export function wordSet(words: Iterable<string>): WordTable<true> {
  const entries = new Map<string, true>();
  for (const word of words) entries.set(word, true);
  return new WordTable(entries);
}
