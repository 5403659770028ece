/** The checks every output must pass; run after each stage in tests and with `--check`. */
import type { VerbatimDocument } from './document.js';
import { SPAN_LAYERS } from './layers.js';
import { splitsSurrogatePair } from './offsets.js';
import type { Range } from './span.js';

export function checkDocument(doc: VerbatimDocument): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const { text } = doc;
  const checkRange = (where: string, range: Range): void => {
    if (!(
      Number.isInteger(range.start) &&
      Number.isInteger(range.end) &&
      0 <= range.start &&
      range.start <= range.end &&
      range.end <= text.length
    )) {
      problems.push(`${where}: range [${range.start}, ${range.end}) is outside [0, ${text.length}]`);
      return;
    }
    if (splitsSurrogatePair(text, range.start) || splitsSurrogatePair(text, range.end)) {
      problems.push(`${where}: boundary inside a surrogate pair`);
    }
  };

  for (const layerName of SPAN_LAYERS) {
    const layer = doc.layers[layerName] as Array<Range & { id: string; fragments?: Range[]; outer?: Range }> | undefined;
    if (layer === undefined) continue;
    let previous: Range | undefined;
    for (const span of layer) {
      const where = `${layerName}/${span.id}`;
      if (ids.has(span.id)) problems.push(`${where}: duplicate id`);
      ids.add(span.id);
      checkRange(where, span);
      if (previous !== undefined && (previous.start > span.start || (previous.start === span.start && previous.end > span.end))) {
        problems.push(`${where}: not sorted by (start, end)`);
      }
      previous = span;
      for (const fragment of span.fragments ?? []) checkRange(`${where} fragment`, fragment);
      if (span.outer !== undefined) checkRange(`${where} outer`, span.outer);
    }
  }

  const entities = doc.layers.entities ?? [];
  for (const entity of entities) {
    if (ids.has(entity.id)) problems.push(`entities/${entity.id}: duplicate id`);
    ids.add(entity.id);
  }
  const requireId = (where: string, id: string | null | undefined): void => {
    if (id !== null && id !== undefined && !ids.has(id)) problems.push(`${where}: unknown id "${id}"`);
  };
  for (const entity of entities) for (const mention of entity.mentions) requireId(`entities/${entity.id}`, mention);
  for (const quote of doc.layers.quotes ?? []) for (const id of quote.evidence) requireId(`quotes/${quote.id}`, id);
  for (const attribution of doc.layers.attributions ?? []) {
    const where = `attributions/${attribution.id}`;
    requireId(where, attribution.quote);
    requireId(where, attribution.mention);
    requireId(where, attribution.entity);
    requireId(where, attribution.cue);
    for (const id of attribution.evidence) requireId(where, id);
  }
  for (const frame of doc.layers.frames ?? []) {
    requireId(`frames/${frame.id}`, frame.cue);
    requireId(`frames/${frame.id}`, frame.source);
    requireId(`frames/${frame.id}`, frame.relay);
    requireId(`frames/${frame.id}`, frame.hearer);
    for (const piece of frame.content) checkRange(`frames/${frame.id} content`, piece);
  }
  for (const chain of doc.layers.chains ?? []) {
    requireId(`chains/${chain.id}`, chain.quote);
    for (const hop of chain.hops) {
      requireId(`chains/${chain.id}`, hop.entity);
      requireId(`chains/${chain.id}`, hop.mention);
      requireId(`chains/${chain.id}`, hop.cue);
    }
  }
  const tokens = doc.layers.tokens;
  if (tokens !== undefined) {
    for (let index = 0; index < tokens.count; index++) {
      checkRange(`tokens/t${index}`, { start: tokens.starts[index]!, end: tokens.ends[index]! });
      if (index > 0 && tokens.starts[index]! < tokens.ends[index - 1]!) problems.push(`tokens/t${index}: overlaps the previous token`);
    }
  }
  for (const message of doc.messages) checkRange(`messages/${message.ruleId}`, message);
  return problems;
}
