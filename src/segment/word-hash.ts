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
 * A class with plain fields, so `get` inlines into the loops that call it.
 */
export class HashTable {
  private readonly mask: number;
  /** Key and value side by side (one cache line per probe); a zero value marks an empty slot. */
  private readonly slots: Int32Array;
  /**
   * One bit per value of a hash's top 16 bits, set for every key: most words of a text are in no lexicon, and
   * this 8 KB filter, which stays in the fastest cache, answers them without a probe into the table (64 KB for
   * the word classes), which the rest of the pipeline keeps evicting.
   */
  private readonly filter = new Int32Array(2048);

  constructor(entries: ReadonlyMap<number, number>) {
    let size = 16;
    while (size < entries.size * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    for (const [hash, value] of entries) {
      // a zero value is what get() answers for a missing key anyway
      if (value === 0) continue;
      this.filter[hash >>> 21]! |= 1 << ((hash >>> 16) & 31);
      let slot = (hash ^ (hash >>> 16)) & this.mask;
      while (this.slots[2 * slot + 1] !== 0 && this.slots[2 * slot] !== hash) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = hash;
      this.slots[2 * slot + 1] = value;
    }
  }

  get(hash: number): number {
    if ((this.filter[hash >>> 21]! & (1 << ((hash >>> 16) & 31))) === 0) return 0;
    const { mask, slots } = this;
    let slot = (hash ^ (hash >>> 16)) & mask;
    for (;;) {
      const value = slots[2 * slot + 1]!;
      if (value === 0 || slots[2 * slot] === hash) return value;
      slot = (slot + 1) & mask;
    }
  }
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
