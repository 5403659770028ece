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

/**
 * A growable open-addressing set of word hashes (no boxing, no strings). `clear` is O(1): a slot is in
 * use when its stamp equals the current generation, so one set serves document after document.
 */
export class HashSet {
  private keys = new Int32Array(512);
  private stamps = new Int32Array(512);
  private generation = 1;
  private size = 0;

  add(hash: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const { keys, stamps, generation } = this;
    const mask = keys.length - 1;
    let slot = (hash ^ (hash >>> 16)) & mask;
    while (stamps[slot] === generation) {
      if (keys[slot] === hash) return;
      slot = (slot + 1) & mask;
    }
    stamps[slot] = generation;
    keys[slot] = hash;
    this.size++;
  }

  has(hash: number): boolean {
    const { keys, stamps, generation } = this;
    const mask = keys.length - 1;
    let slot = (hash ^ (hash >>> 16)) & mask;
    while (stamps[slot] === generation) {
      if (keys[slot] === hash) return true;
      slot = (slot + 1) & mask;
    }
    return false;
  }

  clear(): void {
    this.size = 0;
    this.generation++;
    // stamps wrap after 2^31 clears: start over with zeroed stamps rather than meet a stale one
    if (this.generation === 0x7fffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  private grow(): void {
    const { keys, stamps, generation } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.stamps = new Int32Array(keys.length * 2);
    this.generation = 1;
    this.size = 0;
    for (let slot = 0; slot < keys.length; slot++) if (stamps[slot] === generation) this.add(keys[slot]!);
  }
}
