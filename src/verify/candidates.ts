/**
 * Candidate search: where on the tapes a quote may come from. Each quote bigram (and each word that is
 * rare on the tapes) is looked up in the corpus index; the hits are grouped into windows by tape
 * position, and the windows with the most distinct quote words go on to alignment. Bigrams too
 * common to be evidence ("of the") are used only when nothing rarer hits.
 */
import { findBigram, type TranscriptCorpus } from './corpus.js';
import type { ArticleSequence } from './article-sequence.js';
import { FUNCTION_WORDS } from './lexicon.js';

export interface Candidate {
  tape: number;
  /** Corpus positions, half-open. */
  from: number;
  to: number;
  /** Distinct quote words supported by index hits. */
  votes: number;
}

interface Hit {
  position: number;
  word: number;
}

export interface CandidateOptions {
  maxCandidates: number;
  /** Allow hits far apart to form one window (quotes with an ellipsis, paraphrases). */
  isLoose: boolean;
}

export function findCandidates(corpus: TranscriptCorpus, sequence: ArticleSequence, options: CandidateOptions): Candidate[] {
  const { count, keys, markers } = sequence;
  if (count === 0 || corpus.count === 0) return [];
  const frequentLimit = 64 + Math.ceil(corpus.count / 1000);
  const hits: Hit[] = [];
  const frequent: Array<{ word: number; slot: number; size: number }> = [];
  const { bigrams } = corpus;
  for (let word = 0; word + 1 < count; word++) {
    if (keys[word]! < 0 || keys[word + 1]! < 0 || markers[word + 1] !== 'none') continue;
    const slot = findBigram(bigrams, keys[word]!, keys[word + 1]!);
    if (slot === -1) continue;
    const size = bigrams.counts[slot]!;
    if (size > frequentLimit) frequent.push({ word, slot, size });
    else
      for (let position = bigrams.heads[slot]!; position !== -1; position = bigrams.next[position]!)
        hits.push({ position, word }, { position: position + 1, word: word + 1 });
  }
  for (let word = 0; word < count; word++) {
    const key = keys[word]!;
    if (key < 0 || FUNCTION_WORDS.has(sequence.norms[word]!)) continue;
    const from = corpus.keyOffsets[key]!;
    const to = corpus.keyOffsets[key + 1]!;
    if (to - from > corpus.rareLimit) continue;
    for (let index = from; index < to; index++) hits.push({ position: corpus.keyPositions[index]!, word });
  }
  if (hits.length === 0) {
    // Only common words: the rarest few common bigrams, or single words for a one-word quote.
    frequent.sort((a, b) => a.size - b.size);
    for (const { word, slot } of frequent.slice(0, 2)) {
      for (let position = bigrams.heads[slot]!; position !== -1; position = bigrams.next[position]!) hits.push({ position, word });
    }
    if (count === 1 && keys[0]! >= 0) {
      const from = corpus.keyOffsets[keys[0]!]!;
      const to = Math.min(corpus.keyOffsets[keys[0]! + 1]!, from + 4 * frequentLimit);
      for (let index = from; index < to; index++) hits.push({ position: corpus.keyPositions[index]!, word: 0 });
    }
  }
  if (hits.length === 0) return [];
  hits.sort((a, b) => a.position - b.position || a.word - b.word);

  const maxGap = options.isLoose ? 3 * count + 400 : count + 12;
  const maxSpan = options.isLoose ? 4 * count + 800 : 2 * count + 40;
  const slack = 6 + Math.ceil(count / 4);
  const clusters: Candidate[] = [];
  let clusterStart = 0;
  for (let index = 1; index <= hits.length; index++) {
    const isBreak =
      index === hits.length ||
      hits[index]!.position - hits[index - 1]!.position > maxGap ||
      hits[index]!.position - hits[clusterStart]!.position > maxSpan ||
      corpus.tapes[hits[index]!.position] !== corpus.tapes[hits[clusterStart]!.position];
    if (!isBreak) continue;
    const words = new Set<number>();
    let from = Number.POSITIVE_INFINITY;
    let to = 0;
    for (let member = clusterStart; member < index; member++) {
      const hit = hits[member]!;
      words.add(hit.word);
      from = Math.min(from, hit.position - hit.word);
      to = Math.max(to, hit.position + (count - hit.word));
    }
    const tape = corpus.tapes[hits[clusterStart]!.position]!;
    const range = corpus.tapeRanges[tape]!;
    clusters.push({ tape, from: Math.max(range.start, from - slack), to: Math.min(range.end, to + slack), votes: words.size });
    clusterStart = index;
  }
  clusters.sort((a, b) => b.votes - a.votes || a.from - b.from);
  const best = clusters[0]!.votes;
  return clusters.filter((cluster) => cluster.votes >= Math.max(1, best * 0.3)).slice(0, options.maxCandidates);
}
