/**
 * Inside the chosen body, drops what has no class name to give it away but reads as a box of links:
 * a container (div, section, list, table) whose text is mostly link text ("More on this story"), and a
 * short paragraph or subheading that is mostly a link ("Read more: ..."). Everything else of the body is
 * emitted; nothing outside it is.
 */
import type { HtmlTree } from './parse.js';
import { linkDensity, type TextStats } from './text-stats.js';

const LINK_BOX_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'center']);
const LINE_TAGS: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6']);

function isLinkBox(tree: HtmlTree, stats: TextStats, element: number): boolean {
  const tag = tree.tags[element]!;
  // A short line that is partly a link ("By Jane Roe") is a byline, not a box of links.
  if (LINK_BOX_TAGS.has(tag)) return linkDensity(stats, element) > (stats.chars[element]! < 60 ? 0.9 : 0.5);
  if (LINE_TAGS.has(tag)) return stats.chars[element]! < 100 && linkDensity(stats, element) > 0.5;
  return false;
}

/** 1 for each element whose text goes into the document. */
export function selectEmitted(tree: HtmlTree, keep: Uint8Array, stats: TextStats, roots: readonly number[]): Uint8Array {
  const emit = new Uint8Array(tree.count);
  for (const root of roots) {
    emit[root] = keep[root]!;
    for (let element = root + 1; element < tree.subtreeEnds[root]!; element++) {
      if (emit[tree.parents[element]!] === 1 && keep[element] === 1 && !isLinkBox(tree, stats, element)) emit[element] = 1;
    }
  }
  return emit;
}
