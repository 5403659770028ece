/**
 * The quotes view: the public, stable JSON contract (one object per document). Additions are fine;
 * renaming or removing a field is a breaking change.
 */
import { lookupById } from '../model/span.js';
import type { VerbatimDocument } from '../model/document.js';
import type { EntityType, Message, QuoteKind } from '../model/layers.js';

export interface TextSpanView {
  start: number;
  end: number;
  text: string;
}

export interface SpeakerView extends TextSpanView {
  /** Id of the entity the mention resolves to (see `entities`), or null when unresolved. */
  entity: string | null;
}

export interface ViaView extends TextSpanView {
  entity: string;
}

export interface QuoteView {
  id: string;
  kind: QuoteKind;
  /** Content span: inside the marks for a direct quote; the reported content for mixed and indirect. */
  start: number;
  end: number;
  text: string;
  speaker: SpeakerView | null;
  cue: TextSpanView | null;
  /** Intermediaries from the speaker outward: who relayed the quote, then who published it. */
  via: ViaView[];
  confidence: number;
  rule: string;
  /** Quotes that are pieces of one utterance share a group (a quote split around "she said"). */
  group?: string;
  /** For mixed quotes, the pieces inside quotation marks. */
  fragments?: TextSpanView[];
}

export interface EntityView {
  id: string;
  name: string;
  type: EntityType;
  mentions: TextSpanView[];
}

export interface QuotesView {
  id: string;
  /** The analysed text, included when it differs from the input (HTML input: the extracted text). */
  text?: string;
  title?: string;
  quotes: QuoteView[];
  entities: EntityView[];
  messages?: Message[];
}

function slice(text: string, start: number, end: number): TextSpanView {
  return { start, end, text: text.slice(start, end) };
}

/** Builds the quotes view from an annotated document. */
export function toQuotesView(doc: VerbatimDocument): QuotesView {
  const { text } = doc;
  const mentions = lookupById(doc.layers.mentions ?? []);
  const cues = lookupById(doc.layers.cues ?? []);
  const attributions = new Map((doc.layers.attributions ?? []).map((attribution) => [attribution.quote, attribution]));
  const chains = new Map((doc.layers.chains ?? []).map((chain) => [chain.quote, chain]));

  const quotes: QuoteView[] = (doc.layers.quotes ?? []).map((quote) => {
    const attribution = attributions.get(quote.id);
    const mention = attribution?.mention == null ? undefined : mentions.get(attribution.mention);
    const cue = attribution?.cue == null ? undefined : cues.get(attribution.cue);
    const via: ViaView[] = [];
    for (const hop of chains.get(quote.id)?.hops ?? []) {
      const hopMention = mentions.get(hop.mention);
      if (hopMention !== undefined) via.push({ entity: hop.entity, ...slice(text, hopMention.start, hopMention.end) });
    }
    const view: QuoteView = {
      id: quote.id,
      kind: quote.kind,
      ...slice(text, quote.start, quote.end),
      speaker: mention === undefined ? null : { ...slice(text, mention.start, mention.end), entity: attribution?.entity ?? null },
      cue: cue === undefined ? null : slice(text, cue.start, cue.end),
      via,
      confidence: attribution?.confidence ?? 0,
      rule: attribution?.rule ?? quote.rule,
    };
    if (quote.group !== undefined) view.group = quote.group;
    if (quote.fragments !== undefined) view.fragments = quote.fragments.map((fragment) => slice(text, fragment.start, fragment.end));
    return view;
  });

  const referenced = new Set<string>();
  for (const attribution of attributions.values()) if (attribution.entity !== null) referenced.add(attribution.entity);
  for (const chain of chains.values()) for (const hop of chain.hops) referenced.add(hop.entity);
  const entities: EntityView[] = (doc.layers.entities ?? [])
    .filter((entity) => referenced.has(entity.id))
    .map((entity) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      mentions: entity.mentions.flatMap((id) => {
        const mention = mentions.get(id);
        return mention === undefined ? [] : [slice(text, mention.start, mention.end)];
      }),
    }));

  // Field order is the order readers see in JSON: id, text, title, quotes, entities.
  const view: QuotesView = {
    id: doc.id,
    ...(doc.source.kind === 'html' ? { text } : {}),
    ...(doc.metadata.title === undefined ? {} : { title: doc.metadata.title }),
    quotes,
    entities,
  };
  if (doc.messages.length > 0) view.messages = doc.messages;
  return view;
}
