/**
 * A name's identity for resolution: its lower-cased words, and the same joined by spaces ("Ana Ruiz" ->
 * ana, ruiz; "ana ruiz"). speakers/mentions makes it once per name shape (names recur within and across
 * articles) and leaves it per mention in a side table keyed by the mentions layer, which speakers/resolve
 * reads: a lookup by name string in a large, cold table per mention cost some 3 % of the engine's time on
 * PolNeAR. Mentions made elsewhere (a caller's own layer) get theirs computed.
 */
import type { Mention } from '../model/layers.js';
import { LastEntryCache } from '../pipeline/last-entry-cache.js';
import { isWordChar } from '../segment/chars.js';

export interface NameWords {
  words: string[];
  key: string;
}

export const NO_NAME: NameWords = { words: [], key: '' };

/** The lower-cased words of a name, split at spaces and trimmed of punctuation, in one scan. */
export function nameWordsOfName(name: string): NameWords {
  const words: string[] = [];
  let start = -1;
  for (let index = 0; index <= name.length; index++) {
    const isWord = index < name.length && isWordChar(name.charCodeAt(index));
    if (isWord && start < 0) start = index;
    else if (!isWord && start >= 0) {
      // an inner apostrophe or hyphen keeps the word whole (O'Brien, Jean-Luc)
      const code = name.charCodeAt(index);
      if ((code === 0x27 || code === 0x2019 || code === 0x2d) && index + 1 < name.length && isWordChar(name.charCodeAt(index + 1)))
        continue;
      words.push(name.slice(start, index).toLowerCase());
      start = -1;
    }
  }
  return { words, key: words.join(' ') };
}

/** Per mention of a layer, its name's words when the mention stage knew them (undefined otherwise). */
const recorded = new LastEntryCache<readonly Mention[], ReadonlyArray<NameWords | undefined>>();

export function recordNameWords(mentions: readonly Mention[], words: ReadonlyArray<NameWords | undefined>): void {
  recorded.set(mentions, words);
}

export function recordedNameWords(mentions: readonly Mention[]): ReadonlyArray<NameWords | undefined> | undefined {
  return recorded.get(mentions);
}
