/**
 * Per-element layout facts that do not depend on what is dropped: the block each element's text belongs
 * to, whether it sits inside a link or a `<pre>`, and per piece the count of visible characters and commas.
 */
import type { HtmlTree } from './parse.js';
import { BLOCK_TAGS } from './tags.js';
import { isCollapsible } from './whitespace.js';

export interface TreeLayout {
  /** Nearest block-level ancestor-or-self: text of one block is joined, blocks are separated. */
  blockOf: Int32Array;
  inLink: Uint8Array;
  inPre: Uint8Array;
  /** Number of block-level elements among elements `[0, index)`: a block opened between two pieces splits them. */
  blocksBefore: Int32Array;
  /** Characters of the piece after its leading white space; 0 for white space only. */
  pieceChars: Int32Array;
  pieceCommas: Int32Array;
}

export function computeLayout(tree: HtmlTree): TreeLayout {
  const { count, tags, parents, pieces, source } = tree;
  const blockOf = new Int32Array(count);
  const inLink = new Uint8Array(count);
  const inPre = new Uint8Array(count);
  const blocksBefore = new Int32Array(count + 1);
  blocksBefore[1] = 1;
  for (let element = 1; element < count; element++) {
    const parent = parents[element]!;
    const tag = tags[element]!;
    blockOf[element] = BLOCK_TAGS.has(tag) ? element : blockOf[parent]!;
    inLink[element] = tag === 'a' ? 1 : inLink[parent]!;
    inPre[element] = tag === 'pre' || tag === 'listing' ? 1 : inPre[parent]!;
    blocksBefore[element + 1] = blocksBefore[element]! + (blockOf[element] === element ? 1 : 0);
  }
  const pieceChars = new Int32Array(pieces.count);
  const pieceCommas = new Int32Array(pieces.count);
  for (let piece = 0; piece < pieces.count; piece++) {
    const kind = pieces.kinds[piece];
    if (kind === 'text') countInto(source, pieces.starts[piece]!, pieces.ends[piece]!, piece, pieceChars, pieceCommas);
    else if (kind === 'entity') {
      const text = pieces.texts[piece]!;
      countInto(text, 0, text.length, piece, pieceChars, pieceCommas);
    }
  }
  return { blockOf, inLink, inPre, blocksBefore, pieceChars, pieceCommas };
}

/**
 * Counts as readability does, white space included (it measures textContent), except that a piece of
 * nothing but white space (indentation between tags) counts zero. Only leading white space is scanned, so
 * the cost per piece is the length of its indentation, not of its text.
 */
function countInto(text: string, start: number, end: number, piece: number, chars: Int32Array, commas: Int32Array): void {
  let first = start;
  while (first < end && isCollapsible(text.charCodeAt(first))) first++;
  if (first === end) return;
  chars[piece] = end - first;
  let commaCount = 0;
  for (let index = text.indexOf(',', first); index >= 0 && index < end; index = text.indexOf(',', index + 1)) commaCount++;
  commas[piece] = commaCount;
}
