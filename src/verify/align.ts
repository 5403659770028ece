/**
 * Word-level alignment of a quote against a window of tape: semi-global (every article word is
 * placed, the tape may start and end anywhere in the window), Needleman-Wunsch style scores with
 * affine-free gaps. Moves: match, substitution, article word not on tape, tape word dropped, and two
 * "join" moves for compounds written as one word on one side ("email" / "e-mail"). Dropping a tape
 * word is free where the article marks an omission (ellipsis, brackets), between fragments of a mixed
 * quote, and nearly free for stutter repeats and interjection turns. O(words x window) time and memory.
 */
import type { ArticleSequence } from './article-sequence.js';
import type { TranscriptCorpus } from './corpus.js';

export type AlignStep =
  | { kind: 'match' | 'substitute'; article: number; tape: number }
  /** One article word spelled as two tape words ("email" = "e mail"). */
  | { kind: 'join-tape'; article: number; tape: number; tapeEnd: number }
  /** Two article words spelled as one tape word. */
  | { kind: 'join-article'; article: number; articleEnd: number; tape: number }
  /** An article word that is not on the tape. */
  | { kind: 'insert'; article: number }
  /** A tape word the article leaves out: unmarked (`delete`), at an ellipsis or bracket (`elide`), between fragments (`gap`), or a stutter/interjection (`free`). */
  | { kind: 'delete' | 'elide' | 'gap' | 'free'; tape: number; before: number };

export interface Alignment {
  score: number;
  /** Best possible score for this quote: every word matched. */
  maxScore: number;
  steps: AlignStep[];
}

/** `free` is small but not zero, so a path never crosses an interjection just to reach a substitution. */
export const SCORES = { match: 4, join: 6, substitute: -2, insert: -3, delete: -3, free: -1 } as const;

const START = 0;
const MATCH = 1;
const SUBSTITUTE = 2;
const INSERT = 3;
const DELETE = 4;
const FREE = 5;
const ELIDE = 6;
const GAP = 7;
const JOIN_TAPE = 8;
const JOIN_ARTICLE = 9;

const NEGATIVE = -(2 ** 30);

/**
 * `blocked` (indexed from `from`) marks tape words that may not stand for article words, only be
 * skipped: the words of other speakers when a quote is re-aligned to one speaker.
 */
export function alignWindow(
  sequence: ArticleSequence,
  corpus: TranscriptCorpus,
  from: number,
  to: number,
  blocked?: Uint8Array,
): Alignment {
  const rows = sequence.count + 1;
  const columns = to - from + 1;
  const score = new Int32Array(rows * columns);
  const trace = new Uint8Array(rows * columns);
  const { ids, keys, isFree } = corpus;
  const { isClassToken, norms } = corpus.vocabulary;

  const isSame = (article: number, tape: number): boolean => {
    const articleId = sequence.ids[article]!;
    const tapeId = ids[tape]!;
    if (articleId === tapeId) return articleId !== -1;
    return articleId !== -1 && sequence.keys[article] === keys[tape] && (isClassToken[articleId]! || isClassToken[tapeId]!);
  };

  for (let row = 1; row < rows; row++) {
    const article = row - 1;
    const base = row * columns;
    const above = base - columns;
    score[base] = score[above]! + SCORES.insert;
    trace[base] = INSERT;
    const articleNorm = sequence.norms[article]!;
    for (let column = 1; column < columns; column++) {
      const tape = from + column - 1;
      const isBlocked = blocked !== undefined && blocked[column - 1] === 1;
      const same = !isBlocked && isSame(article, tape);
      let best = isBlocked ? NEGATIVE : score[above + column - 1]! + (same ? SCORES.match : SCORES.substitute);
      let move = same ? MATCH : SUBSTITUTE;
      if (!same && !isBlocked) {
        if (column >= 2 && !(blocked !== undefined && blocked[column - 2] === 1)) {
          const first = norms[ids[tape - 1]!]!;
          const second = norms[ids[tape]!]!;
          if (articleNorm.length === first.length + second.length && articleNorm.startsWith(first) && articleNorm.endsWith(second)) {
            const joined = score[above + column - 2]! + SCORES.join;
            if (joined > best) {
              best = joined;
              move = JOIN_TAPE;
            }
          }
        }
        if (row >= 2) {
          const tapeNorm = norms[ids[tape]!]!;
          const previous = sequence.norms[article - 1]!;
          if (tapeNorm.length === previous.length + articleNorm.length && tapeNorm.startsWith(previous) && tapeNorm.endsWith(articleNorm)) {
            const joined = score[above - columns + column - 1]! + SCORES.join;
            if (joined > best) {
              best = joined;
              move = JOIN_ARTICLE;
            }
          }
        }
      }
      const free = isFree[tape] === 1;
      const left = score[base + column - 1]! + (free ? SCORES.free : SCORES.delete);
      if (left > best) {
        best = left;
        move = free ? FREE : DELETE;
      }
      const up = score[above + column]! + SCORES.insert;
      if (up > best) {
        best = up;
        move = INSERT;
      }
      score[base + column] = best;
      trace[base + column] = move;
    }
    // Between this word and the next, a marked omission lets the tape run on for free.
    const nextMarker = sequence.markers[row];
    if (row < rows - 1 && nextMarker !== undefined && nextMarker !== 'none') {
      const kind = nextMarker === 'gap' ? GAP : ELIDE;
      for (let column = 1; column < columns; column++) {
        if (score[base + column - 1]! > score[base + column]!) {
          score[base + column] = score[base + column - 1]!;
          trace[base + column] = kind;
        }
      }
    }
  }

  const last = (rows - 1) * columns;
  let bestColumn = 0;
  let bestScore = rows === 1 ? 0 : NEGATIVE;
  for (let column = 0; column < columns; column++) {
    if (score[last + column]! > bestScore) {
      bestScore = score[last + column]!;
      bestColumn = column;
    }
  }

  const steps: AlignStep[] = [];
  let row = rows - 1;
  let column = bestColumn;
  while (row > 0) {
    const move = row === 0 ? START : trace[row * columns + column]!;
    const tape = from + column - 1;
    const article = row - 1;
    switch (move) {
      case MATCH:
      case SUBSTITUTE:
        steps.push({ kind: move === MATCH ? 'match' : 'substitute', article, tape });
        row--;
        column--;
        break;
      case JOIN_TAPE:
        steps.push({ kind: 'join-tape', article, tape: tape - 1, tapeEnd: tape });
        row--;
        column -= 2;
        break;
      case JOIN_ARTICLE:
        steps.push({ kind: 'join-article', article: article - 1, articleEnd: article, tape });
        row -= 2;
        column--;
        break;
      case INSERT:
        steps.push({ kind: 'insert', article });
        row--;
        break;
      default:
        steps.push({ kind: move === DELETE ? 'delete' : move === FREE ? 'free' : move === ELIDE ? 'elide' : 'gap', tape, before: row });
        column--;
    }
  }
  steps.reverse();
  // Free tape words before the first placed word are outside the quote.
  while (steps.length > 0 && steps[0]!.kind === 'free') steps.shift();
  return { score: bestScore, maxScore: SCORES.match * sequence.count, steps };
}
