/** Visible-text counts per element over the kept elements only: the inputs of content scoring and pruning. */
import type { TreeLayout } from './layout.js';
import type { HtmlTree } from './parse.js';

export interface TextStats {
  /** Characters of text in the subtree (layout.ts says how they are counted). */
  chars: Int32Array;
  /** Characters inside links in the subtree. */
  linkChars: Int32Array;
  commas: Int32Array;
  /** Characters whose nearest block is this element (its own paragraph text). */
  blockChars: Int32Array;
  blockCommas: Int32Array;
}

export function computeTextStats(tree: HtmlTree, layout: TreeLayout, keep: Uint8Array): TextStats {
  const { count, parents, pieces } = tree;
  const chars = new Int32Array(count);
  const linkChars = new Int32Array(count);
  const commas = new Int32Array(count);
  const blockChars = new Int32Array(count);
  const blockCommas = new Int32Array(count);
  for (let piece = 0; piece < pieces.count; piece++) {
    const owner = pieces.owners[piece]!;
    const visible = layout.pieceChars[piece]!;
    if (keep[owner] === 0 || visible === 0) continue;
    const commaCount = layout.pieceCommas[piece]!;
    chars[owner] = chars[owner]! + visible;
    commas[owner] = commas[owner]! + commaCount;
    if (layout.inLink[owner] === 1) linkChars[owner] = linkChars[owner]! + visible;
    const block = layout.blockOf[owner]!;
    blockChars[block] = blockChars[block]! + visible;
    blockCommas[block] = blockCommas[block]! + commaCount;
  }
  for (let element = count - 1; element > 0; element--) {
    if (keep[element] === 0) continue;
    const parent = parents[element]!;
    chars[parent] = chars[parent]! + chars[element]!;
    linkChars[parent] = linkChars[parent]! + linkChars[element]!;
    commas[parent] = commas[parent]! + commas[element]!;
  }
  return { chars, linkChars, commas, blockChars, blockCommas };
}

export function linkDensity(stats: TextStats, element: number): number {
  const chars = stats.chars[element]!;
  return chars === 0 ? 0 : stats.linkChars[element]! / chars;
}
