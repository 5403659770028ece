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
