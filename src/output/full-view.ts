/** The full view: every layer, every span with its text, for those who want all of it. */
import type { VerbatimDocument } from '../model/document.js';
import { SPAN_LAYERS, TOKEN_KINDS } from '../model/layers.js';

export const SCHEMA_VERSION = 'verbatim/1';

export interface FullView {
  schema: typeof SCHEMA_VERSION;
  offsetUnit: 'utf16' | 'codepoint';
  id: string;
  text: string;
  source: VerbatimDocument['source'];
  metadata: VerbatimDocument['metadata'];
  layers: Record<string, unknown>;
  messages: VerbatimDocument['messages'];
}

/** Serializes a document with all its layers; each span carries its `text` slice. */
export function toFullView(doc: VerbatimDocument): FullView {
  const layers: Record<string, unknown> = {};
  for (const [name, layer] of Object.entries(doc.layers)) {
    if (name === 'tokens' && layer !== undefined && 'count' in layer) {
      const tokens = [];
      for (let index = 0; index < layer.count; index++) {
        const start = layer.starts[index]!;
        const end = layer.ends[index]!;
        tokens.push({ id: `t${index}`, start, end, kind: TOKEN_KINDS[layer.kinds[index]!], text: doc.text.slice(start, end) });
      }
      layers[name] = tokens;
    } else if ((SPAN_LAYERS as readonly string[]).includes(name)) {
      layers[name] = (layer as Array<{ start: number; end: number }>).map((span) => ({
        ...span,
        text: doc.text.slice(span.start, span.end),
      }));
    } else {
      layers[name] = layer;
    }
  }
  return {
    schema: SCHEMA_VERSION,
    offsetUnit: 'utf16',
    id: doc.id,
    text: doc.text,
    source: doc.source,
    metadata: doc.metadata,
    layers,
    messages: doc.messages,
  };
}
