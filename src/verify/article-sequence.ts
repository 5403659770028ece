/**
 * The words an article puts in a speaker's mouth, as one sequence to align: the content of a direct
 * quote, the pieces of a quote split around "she said" (one sequence, so they are placed on the tape
 * together), or the fragments of a mixed quote (joined by free gaps). Bracketed words are kept aside
 * for display and leave an elision mark in their place.
 */
import type { TranscriptCorpus } from './corpus.js';
import { tokenizeWords, type Marker } from './words.js';

export interface ArticlePiece {
  /** Index of the quote (in the caller's list) this piece belongs to. */
  quote: number;
  text: string;
  /** How the piece joins the one before: `none` = contiguous speech, `gap` = anything may lie between. */
  joinBefore: Marker;
}

export interface ArticleSequence {
  pieces: ArticlePiece[];
  count: number;
  norms: string[];
  /** Vocabulary id, -1 for a word the tapes never use. */
  ids: Int32Array;
  keys: Int32Array;
  markers: Marker[];
  /** Piece and raw range (in the piece text) of each token. */
  piece: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Editor's bracketed words, shown where they stand: before token `before` (or at the end). */
  brackets: Array<{ piece: number; before: number; text: string }>;
  /** Article words counted per quote, brackets excluded. */
  wordsPerQuote: Map<number, number>;
  hasMarkers: boolean;
}

export function buildArticleSequence(pieces: readonly ArticlePiece[], corpus: TranscriptCorpus): ArticleSequence {
  const norms: string[] = [];
  const markers: Marker[] = [];
  const pieceOf: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const brackets: ArticleSequence['brackets'] = [];
  const wordsPerQuote = new Map<number, number>();
  let pending: Marker = 'none';
  for (const [pieceIndex, piece] of pieces.entries()) {
    if (pieceIndex > 0 && piece.joinBefore !== 'none') pending = piece.joinBefore;
    const { tokens, hasTrailingMarker } = tokenizeWords(piece.text, 'article');
    let bracketRun: { start: number; end: number } | undefined;
    const flushBracket = () => {
      if (bracketRun === undefined) return;
      const open = piece.text.lastIndexOf('[', bracketRun.start);
      const close = piece.text.indexOf(']', bracketRun.end);
      brackets.push({
        piece: pieceIndex,
        before: norms.length,
        text: piece.text.slice(open === -1 ? bracketRun.start : open, close === -1 ? bracketRun.end : close + 1),
      });
      bracketRun = undefined;
    };
    for (const token of tokens) {
      if (token.isBracketed) {
        if (bracketRun !== undefined && token.marker !== 'none' && token.start > bracketRun.end) flushBracket();
        bracketRun = bracketRun === undefined ? { start: token.start, end: token.end } : { start: bracketRun.start, end: token.end };
        pending = 'elision';
        continue;
      }
      flushBracket();
      norms.push(token.norm);
      // A gap between fragments wins over an ellipsis at the same place: neither counts as the article's edit.
      markers.push(pending === 'gap' ? 'gap' : token.marker !== 'none' ? token.marker : pending);
      pending = 'none';
      pieceOf.push(pieceIndex);
      starts.push(token.start);
      ends.push(token.end);
      wordsPerQuote.set(piece.quote, (wordsPerQuote.get(piece.quote) ?? 0) + 1);
    }
    flushBracket();
    if (hasTrailingMarker && pending === 'none') pending = 'elision';
  }
  const count = norms.length;
  const ids = new Int32Array(count);
  const keys = new Int32Array(count);
  for (let index = 0; index < count; index++) {
    const id = corpus.vocabulary.ids.get(norms[index]!) ?? -1;
    ids[index] = id;
    keys[index] = id === -1 ? -1 : corpus.vocabulary.keys[id]!;
  }
  return {
    pieces: [...pieces],
    count,
    norms,
    ids,
    keys,
    markers,
    piece: Int32Array.from(pieceOf),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    brackets,
    wordsPerQuote,
    hasMarkers: markers.some((marker) => marker !== 'none') || brackets.length > 0,
  };
}
