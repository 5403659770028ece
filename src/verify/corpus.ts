/**
 * The transcript corpus: every tape's words, normalized, in one column-wise table, with an index of
 * word bigrams and of rare words over it. Candidate search reads the index (one lookup per quote
 * bigram), never the whole table, so checking a quote costs about the same against ten minutes of
 * tape as against ten hours.
 */
import type { Transcript } from '../ingest/transcripts/types.js';
import { CONTRACTION_CLASSES } from './lexicon.js';
import { tokenizeWords } from './words.js';

/** Interned normalized words; `keys` maps a contraction and the words it may stand for to one index key. */
export interface Vocabulary {
  ids: Map<string, number>;
  norms: string[];
  keys: number[];
  /** True for the stand-ins "'d" and "'s", which equal any word of their class. */
  isClassToken: boolean[];
}

export function createVocabulary(): Vocabulary {
  const vocabulary: Vocabulary = { ids: new Map(), norms: [], keys: [], isClassToken: [] };
  for (const [token, members] of Object.entries(CONTRACTION_CLASSES)) {
    const key = internWord(vocabulary, token);
    vocabulary.isClassToken[key] = true;
    for (const member of members) vocabulary.keys[internWord(vocabulary, member)] = key;
  }
  return vocabulary;
}

export function internWord(vocabulary: Vocabulary, norm: string): number {
  let id = vocabulary.ids.get(norm);
  if (id === undefined) {
    id = vocabulary.norms.length;
    vocabulary.ids.set(norm, id);
    vocabulary.norms.push(norm);
    vocabulary.keys.push(id);
    vocabulary.isClassToken.push(false);
  }
  return id;
}

/** Turns this short are interjections ("Right.", "Mm-hmm, go on"): a quote may run across them. */
export const INTERJECTION_MAX_WORDS = 4;

export interface TranscriptCorpus {
  transcripts: readonly Transcript[];
  vocabulary: Vocabulary;
  count: number;
  ids: Int32Array;
  keys: Int32Array;
  /** Offsets of each token in its transcript's text. */
  starts: Int32Array;
  ends: Int32Array;
  tapes: Int32Array;
  /** Global turn number (see `turnSpeakers`, `turnTapes`). */
  turns: Int32Array;
  /** 1 when dropping the token costs nothing: a stutter repeat or a word of an interjection turn. */
  isFree: Uint8Array;
  tapeRanges: Array<{ start: number; end: number }>;
  turnSpeakers: Array<string | null>;
  turnTapes: number[];
  bigrams: BigramTable;
  /** Inverted index by word key: the positions of key k are `keyPositions[keyOffsets[k] .. keyOffsets[k + 1])`. */
  keyOffsets: Int32Array;
  keyPositions: Int32Array;
  /** Words that occur at most this often count as rare, good evidence on their own. */
  rareLimit: number;
}

/**
 * Bigram postings without a Map of boxed keys: an open-addressing table of (first, second) key pairs,
 * each slot heading a chain through `next` (positions, newest first).
 */
export interface BigramTable {
  mask: number;
  firsts: Int32Array;
  seconds: Int32Array;
  heads: Int32Array;
  counts: Int32Array;
  next: Int32Array;
}

function hashPair(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
}

function createBigramTable(count: number): BigramTable {
  let size = 16;
  while (size < count * 2) size *= 2;
  return {
    mask: size - 1,
    firsts: new Int32Array(size).fill(-1),
    seconds: new Int32Array(size),
    heads: new Int32Array(size),
    counts: new Int32Array(size),
    next: new Int32Array(count).fill(-1),
  };
}

/** The slot of a bigram, or -1 when the tapes never have it. */
export function findBigram(table: BigramTable, first: number, second: number): number {
  let slot = hashPair(first, second) & table.mask;
  for (;;) {
    const stored = table.firsts[slot]!;
    if (stored === -1) return -1;
    if (stored === first && table.seconds[slot] === second) return slot;
    slot = (slot + 1) & table.mask;
  }
}

function addBigram(table: BigramTable, first: number, second: number, position: number): void {
  let slot = hashPair(first, second) & table.mask;
  for (;;) {
    const stored = table.firsts[slot]!;
    if (stored === -1) {
      table.firsts[slot] = first;
      table.seconds[slot] = second;
      table.heads[slot] = position;
      table.counts[slot] = 1;
      return;
    }
    if (stored === first && table.seconds[slot] === second) {
      table.next[position] = table.heads[slot]!;
      table.heads[slot] = position;
      table.counts[slot]!++;
      return;
    }
    slot = (slot + 1) & table.mask;
  }
}

export function buildCorpus(transcripts: readonly Transcript[]): TranscriptCorpus {
  const vocabulary = createVocabulary();
  const tokenLists = transcripts.map((transcript) => tokenizeWords(transcript.document.text, 'transcript').tokens);
  const count = tokenLists.reduce((sum, list) => sum + list.length, 0);
  const ids = new Int32Array(count);
  const keys = new Int32Array(count);
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const tapes = new Int32Array(count);
  const turns = new Int32Array(count);
  const isFree = new Uint8Array(count);
  const tapeRanges: TranscriptCorpus['tapeRanges'] = [];
  const turnSpeakers: Array<string | null> = [];
  const turnTapes: number[] = [];
  let position = 0;
  for (const [tape, transcript] of transcripts.entries()) {
    const tokens = tokenLists[tape]!;
    const tapeStart = position;
    const turnBase = turnSpeakers.length;
    for (const turn of transcript.turns) {
      turnSpeakers.push(turn.speaker);
      turnTapes.push(tape);
    }
    let turnIndex = 0;
    for (const token of tokens) {
      while (turnIndex + 1 < transcript.turns.length && transcript.turns[turnIndex]!.end <= token.start) turnIndex++;
      const id = internWord(vocabulary, token.norm);
      ids[position] = id;
      keys[position] = vocabulary.keys[id]!;
      starts[position] = token.start;
      ends[position] = token.end;
      tapes[position] = tape;
      turns[position] = turnBase + turnIndex;
      isFree[position] = token.isRepeat ? 1 : 0;
      position++;
    }
    tapeRanges.push({ start: tapeStart, end: position });
  }
  // Words of short turns by whoever is speaking in between are free to skip.
  let runStart = 0;
  for (let index = 1; index <= count; index++) {
    if (index === count || turns[index] !== turns[runStart]) {
      if (index - runStart <= INTERJECTION_MAX_WORDS) isFree.fill(1, runStart, index);
      runStart = index;
    }
  }

  const bigrams = createBigramTable(count);
  const keyCounts = new Int32Array(vocabulary.norms.length + 1);
  for (let index = 0; index < count; index++) {
    keyCounts[keys[index]!]!++;
    if (index + 1 < count && tapes[index + 1] === tapes[index]) addBigram(bigrams, keys[index]!, keys[index + 1]!, index);
  }
  const keyOffsets = new Int32Array(vocabulary.norms.length + 1);
  for (let key = 0; key < vocabulary.norms.length; key++) keyOffsets[key + 1] = keyOffsets[key]! + keyCounts[key]!;
  const keyPositions = new Int32Array(count);
  const fill = keyOffsets.slice(0, vocabulary.norms.length);
  for (let index = 0; index < count; index++) keyPositions[fill[keys[index]!]!++] = index;
  const rareLimit = Math.max(8, Math.ceil(count / 4000));
  return {
    transcripts,
    vocabulary,
    count,
    ids,
    keys,
    starts,
    ends,
    tapes,
    turns,
    isFree,
    tapeRanges,
    turnSpeakers,
    turnTapes,
    bigrams,
    keyOffsets,
    keyPositions,
    rareLimit,
  };
}
