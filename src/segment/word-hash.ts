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

/** A growable open-addressing set of word hashes (no boxing, no strings). */
export class HashSet {
  private keys = new Int32Array(512);
  private used = new Uint8Array(512);
  private size = 0;

  add(hash: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = (hash ^ (hash >>> 16)) & mask;
    while (this.used[slot] === 1) {
      if (this.keys[slot] === hash) return;
      slot = (slot + 1) & mask;
    }
    this.used[slot] = 1;
    this.keys[slot] = hash;
    this.size++;
  }

  has(hash: number): boolean {
    const mask = this.keys.length - 1;
    let slot = (hash ^ (hash >>> 16)) & mask;
    while (this.used[slot] === 1) {
      if (this.keys[slot] === hash) return true;
      slot = (slot + 1) & mask;
    }
    return false;
  }

  private grow(): void {
    const { keys, used } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.used = new Uint8Array(keys.length * 2);
    this.size = 0;
    for (let slot = 0; slot < keys.length; slot++) if (used[slot] === 1) this.add(keys[slot]!);
  }
}
