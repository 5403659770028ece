/**
 * Walks the pieces of the emitted elements in document order and writes them through a TextBuilder:
 * a new block starts wherever the nearest block element changes or a block element (even a dropped one)
 * opened between two pieces; `<q>` gets typographic marks, alternating double and single by depth.
 */
import type { TreeLayout } from './layout.js';
import type { HtmlTree, PieceTable } from './parse.js';
import { TextBuilder, type BuiltText } from './text-builder.js';

/** Writes the text of the body: the pieces of `roots` whose owners are emitted, minus `skip`'s subtree. */
export function assembleBody(tree: HtmlTree, layout: TreeLayout, emit: Uint8Array, roots: readonly number[], skip: number = -1): BuiltText {
  const builder = new TextBuilder(tree.source);
  const { pieces } = tree;
  const skipEnd = skip < 0 ? -1 : tree.subtreeEnds[skip]!;
  let currentBlock = -1;
  let previous = -1;
  let quoteDepth = 0;
  for (const root of roots) {
    for (let piece = tree.pieceStarts[root]!; piece < tree.pieceEnds[root]!; piece++) {
      const owner = pieces.owners[piece]!;
      if (emit[owner] === 0 || (owner >= skip && owner < skipEnd)) continue;
      const block = layout.blockOf[owner]!;
      if (block !== currentBlock || hasBlockBetween(layout, pieces, previous, piece)) {
        builder.startBlock();
        currentBlock = block;
      }
      previous = piece;
      quoteDepth = appendPiece(builder, tree, layout, piece, quoteDepth, false);
    }
  }
  return builder.finish();
}

/** Writes one element's text as a single line: blocks and breaks inside it become spaces (headlines). */
export function assembleLine(tree: HtmlTree, layout: TreeLayout, element: number, keep: Uint8Array | undefined): BuiltText {
  const builder = new TextBuilder(tree.source);
  const { pieces } = tree;
  builder.startBlock();
  let quoteDepth = 0;
  let currentBlock = -1;
  let previousEnd = 0;
  for (let piece = tree.pieceStarts[element]!; piece < tree.pieceEnds[element]!; piece++) {
    const owner = pieces.owners[piece]!;
    if (keep !== undefined && keep[owner] === 0) continue;
    const block = layout.blockOf[owner]!;
    // Blocks inside one line are joined by a space mapped to the markup between them.
    if (currentBlock >= 0 && block !== currentBlock) builder.appendSpace(previousEnd, pieces.starts[piece]!);
    currentBlock = block;
    previousEnd = pieces.ends[piece]!;
    quoteDepth = appendPiece(builder, tree, layout, piece, quoteDepth, true);
  }
  return builder.finish();
}

function hasBlockBetween(layout: TreeLayout, pieces: PieceTable, previous: number, piece: number): boolean {
  if (previous < 0) return false;
  return layout.blocksBefore[pieces.openedBefore[piece]!]! > layout.blocksBefore[pieces.openedBefore[previous]!]!;
}

function appendPiece(builder: TextBuilder, tree: HtmlTree, layout: TreeLayout, piece: number, quoteDepth: number, isLine: boolean): number {
  const { pieces } = tree;
  const start = pieces.starts[piece]!;
  const end = pieces.ends[piece]!;
  const isPreformatted = !isLine && layout.inPre[pieces.owners[piece]!] === 1;
  switch (pieces.kinds[piece]) {
    case 'text':
      builder.appendSource(start, end, isPreformatted);
      return quoteDepth;
    case 'entity':
      builder.appendDecoded(pieces.texts[piece]!, start, end, isPreformatted);
      return quoteDepth;
    case 'break':
      if (isLine) builder.appendSpace(start, end);
      else builder.appendBreak(start, end);
      return quoteDepth;
    case 'quote-open':
      builder.appendOpenMark(quoteDepth % 2 === 0 ? '\u201c' : '\u2018');
      return quoteDepth + 1;
    case 'quote-close':
      builder.appendCloseMark((quoteDepth - 1) % 2 === 0 ? '\u201d' : '\u2019');
      return Math.max(0, quoteDepth - 1);
    case 'block-quote-open':
      if (isLine) return quoteDepth;
      builder.openBlockQuote(quoteDepth % 2 === 0 ? '\u201c' : '\u2018', quoteDepth % 2 === 0 ? '\u201d' : '\u2019');
      return quoteDepth + 1;
    case 'block-quote-close':
      if (isLine) return quoteDepth;
      builder.closeBlockQuote((quoteDepth - 1) % 2 === 0 ? '\u201d' : '\u2019');
      return Math.max(0, quoteDepth - 1);
    default:
      return quoteDepth;
  }
}
