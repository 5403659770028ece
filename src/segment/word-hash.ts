/**
 * A 32-bit FNV-1a hash of a word with ASCII letters lower-cased. The tokenizer hashes every token as
 * it scans, so lexicon prefilters need no string per token; a hash hit is always confirmed with the
 * exact string before anything is decided.
 */
export const FNV_OFFSET = 0x811c9dc5 | 0;

export function hashStep(hash: number, code: number): number {
  const lowered = code >= 65 && code <= 90 ? code | 0x20 : code;
  return Math.imul(hash ^ lowered, 0x01000193);
}

export function hashWord(word: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < word.length; index++) hash = hashStep(hash, word.charCodeAt(index));
  return hash;
}

/**
 * An open-addressing table from word hashes to small integers. A Map keyed by 32-bit numbers boxes
 * most of them; this one is a few typed-array reads per lookup, which the per-token loops need.
 */
export interface HashTable {
  get(hash: number): number;
}

export function createHashTable(entries: ReadonlyMap<number, number>): HashTable {
  let size = 16;
  while (size < entries.size * 2) size *= 2;
  const mask = size - 1;
  const keys = new Int32Array(size);
  const values = new Int32Array(size);
  const used = new Uint8Array(size);
  for (const [hash, value] of entries) {
    let slot = (hash ^ (hash >>> 16)) & mask;
    while (used[slot] === 1 && keys[slot] !== hash) slot = (slot + 1) & mask;
    used[slot] = 1;
    keys[slot] = hash;
    values[slot] = value;
  }
  return {
    get(hash) {
      let slot = (hash ^ (hash >>> 16)) & mask;
      while (used[slot] === 1) {
        if (keys[slot] === hash) return values[slot]!;
        slot = (slot + 1) & mask;
      }
      return 0;
    },
  };
}
