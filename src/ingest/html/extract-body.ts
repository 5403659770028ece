/**
 * Runs boilerplate classification, body selection, pruning and assembly at decreasing strictness until the
 * body has some substance: a strict pass whose body is shorter than MIN_BODY_LENGTH is retried relaxed, and
 * the relaxed result is taken when it is clearly longer; a body still empty is retried minimal. Most pages
 * take one pass.
 */
import { assembleBody } from './assemble.js';
import { classifyElements, type Strictness } from './boilerplate.js';
import type { ElementFeatures } from './features.js';
import type { TreeLayout } from './layout.js';
import type { HtmlTree } from './parse.js';
import { selectEmitted } from './prune-body.js';
import { selectBody, type BodySelection } from './select-body.js';
import type { BuiltText } from './text-builder.js';
import { computeTextStats } from './text-stats.js';

export interface Extraction {
  strictness: Strictness;
  keep: Uint8Array;
  emit: Uint8Array;
  selection: BodySelection;
  body: BuiltText;
}

const MIN_BODY_LENGTH = 200;

function extractAt(tree: HtmlTree, features: ElementFeatures, layout: TreeLayout, strictness: Strictness): Extraction {
  const keep = classifyElements(tree, features, strictness);
  const stats = computeTextStats(tree, layout, keep);
  const selection = selectBody(tree, features, keep, stats);
  const emit = selectEmitted(tree, keep, stats, selection.roots);
  const body = assembleBody(tree, layout, emit, selection.roots);
  return { strictness, keep, emit, selection, body };
}

export function extractBody(tree: HtmlTree, features: ElementFeatures, layout: TreeLayout): Extraction {
  const strict = extractAt(tree, features, layout, 'strict');
  if (strict.body.text.length >= MIN_BODY_LENGTH) return strict;
  const relaxed = extractAt(tree, features, layout, 'relaxed');
  const strictLength = strict.body.text.length;
  const best = relaxed.body.text.length > 2 * strictLength && relaxed.body.text.length > strictLength + 20 ? relaxed : strict;
  if (best.body.text.length > 0) return best;
  // Everything visible is furniture (a page of menus): its text is still better than nothing.
  return extractAt(tree, features, layout, 'minimal');
}
