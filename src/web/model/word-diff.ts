/**
 * A word-level difference between two wordings of one quote (trace variants against the earliest).
 * Longest common subsequence over words compared without case and punctuation; quotes are short, and
 * longer inputs are cut to MAX_WORDS so the table stays small.
 */

export interface WordOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export const MAX_WORDS = 400;

function words(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .slice(0, MAX_WORDS);
}

function normalize(word: string): string {
  let result = '';
  for (const character of word.toLowerCase()) {
    if (character.toLowerCase() !== character.toUpperCase() || (character >= '0' && character <= '9')) result += character;
  }
  return result.length === 0 ? word : result;
}

/** Operations turning `from` into `to`: delete = only in `from`, insert = only in `to`. Adjacent ops of one kind are joined. */
export function diffWords(from: string, to: string): WordOp[] {
  const left = words(from);
  const right = words(to);
  const leftKeys = left.map(normalize);
  const rightKeys = right.map(normalize);
  const rows = left.length + 1;
  const columns = right.length + 1;
  const table = new Uint16Array(rows * columns);
  for (let i = left.length - 1; i >= 0; i--) {
    for (let j = right.length - 1; j >= 0; j--) {
      table[i * columns + j] =
        leftKeys[i] === rightKeys[j]
          ? table[(i + 1) * columns + j + 1]! + 1
          : Math.max(table[(i + 1) * columns + j]!, table[i * columns + j + 1]!);
    }
  }
  const ops: WordOp[] = [];
  const push = (op: WordOp['op'], text: string): void => {
    const last = ops[ops.length - 1];
    if (last !== undefined && last.op === op) last.text += ` ${text}`;
    else ops.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (leftKeys[i] === rightKeys[j]) {
      push('equal', right[j]!);
      i++;
      j++;
    } else if (table[(i + 1) * columns + j]! >= table[i * columns + j + 1]!) push('delete', left[i++]!);
    else push('insert', right[j++]!);
  }
  while (i < left.length) push('delete', left[i++]!);
  while (j < right.length) push('insert', right[j++]!);
  return ops;
}
