/**
 * Word-level differences between two wordings of a quote, as written (punctuation kept on the words),
 * compared by their normalized form so "Harbor," and "harbor" are equal. A longest common subsequence
 * over the words; adjacent deletions and insertions read as one replacement.
 */
import { wordsOf } from '../text/words.js';

export interface WordDiffOp {
  op: 'equal' | 'insert' | 'delete' | 'replace';
  /** Words of the earliest wording (empty for insert). */
  earliest: string;
  /** Words of this variant (empty for delete). */
  variant: string;
}

/** Above this many cells the table would be too big: the two wordings are reported as one replacement. */
const MAX_CELLS = 400_000;

interface Word {
  written: string;
  key: string;
}

function wordsAsWritten(text: string): Word[] {
  const result: Word[] = [];
  for (const written of text.split(/\s+/)) {
    if (written.length === 0) continue;
    const key = wordsOf(written).join(' ');
    // Punctuation alone ("—", "…") is not a word of the quote.
    if (key.length > 0) result.push({ written, key });
  }
  return result;
}

function push(ops: WordDiffOp[], op: WordDiffOp['op'], earliest: string, variant: string): void {
  const last = ops[ops.length - 1];
  const join = (left: string, right: string) => (left.length === 0 ? right : right.length === 0 ? left : `${left} ${right}`);
  if (last !== undefined && (last.op === op || (last.op !== 'equal' && op !== 'equal'))) {
    last.op = last.op === op ? op : 'replace';
    last.earliest = join(last.earliest, earliest);
    last.variant = join(last.variant, variant);
    return;
  }
  ops.push({ op, earliest, variant });
}

/** The operations that turn the earliest wording into the variant. */
export function diffWords(earliestText: string, variantText: string): WordDiffOp[] {
  const from = wordsAsWritten(earliestText);
  const to = wordsAsWritten(variantText);
  const ops: WordDiffOp[] = [];
  if ((from.length + 1) * (to.length + 1) > MAX_CELLS) {
    push(ops, 'replace', from.map((word) => word.written).join(' '), to.map((word) => word.written).join(' '));
    return ops;
  }
  // lengths[i][j]: longest common subsequence of from[i..] and to[j..].
  const width = to.length + 1;
  const lengths = new Uint32Array((from.length + 1) * width);
  for (let i = from.length - 1; i >= 0; i--) {
    for (let j = to.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        from[i]!.key === to[j]!.key
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < from.length || j < to.length) {
    if (i < from.length && j < to.length && from[i]!.key === to[j]!.key) {
      push(ops, 'equal', from[i]!.written, to[j]!.written);
      i++;
      j++;
    } else if (j < to.length && (i === from.length || lengths[i * width + j + 1]! >= lengths[(i + 1) * width + j]!)) {
      push(ops, 'insert', '', to[j]!.written);
      j++;
    } else {
      push(ops, 'delete', from[i]!.written, '');
      i++;
    }
  }
  return ops;
}
