/**
 * The quotes view: the public, stable JSON contract (one object per document). Additions are fine;
 * renaming or removing a field is a breaking change.
 */
import { entryById } from '../model/span.js';
import type { VerbatimDocument } from '../model/document.js';
import type { Attribution, Chain, EntityType, Message, Quote, QuoteKind } from '../model/layers.js';

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
  const mentionLayer = doc.layers.mentions ?? [];
  const cueLayer = doc.layers.cues ?? [];
  const attributionLayer = doc.layers.attributions ?? [];
  // speakers/attribute writes one attribution per quote, in quote order: the quote's position finds its
  // attribution, and a map is built only for a layer made otherwise
  let attributionByQuote: Map<string, Attribution> | undefined;
  const attributionOf = (quote: Quote, index: number): Attribution | undefined => {
    const atIndex = attributionLayer[index];
    if (atIndex !== undefined && atIndex.quote === quote.id) return atIndex;
    if (attributionByQuote === undefined) {
      attributionByQuote = new Map();
      for (const attribution of attributionLayer) attributionByQuote.set(attribution.quote, attribution);
    }
    return attributionByQuote.get(quote.id);
  };
  const chains = new Map<string, Chain>();
  for (const chain of doc.layers.chains ?? []) chains.set(chain.quote, chain);

  // Objects are written out field by field (no spreads): this runs once per document on the hot path.
  const quotes: QuoteView[] = [];
  const quoteLayer = doc.layers.quotes ?? [];
  for (let quoteIndex = 0; quoteIndex < quoteLayer.length; quoteIndex++) {
    const quote = quoteLayer[quoteIndex]!;
    const attribution = attributionOf(quote, quoteIndex);
    const mention = attribution?.mention == null ? undefined : entryById(mentionLayer, attribution.mention);
    const cue = attribution?.cue == null ? undefined : entryById(cueLayer, attribution.cue);
    const via: ViaView[] = [];
    for (const hop of chains.get(quote.id)?.hops ?? []) {
      const hopMention = entryById(mentionLayer, hop.mention);
      if (hopMention !== undefined) {
        via.push({ entity: hop.entity, start: hopMention.start, end: hopMention.end, text: text.slice(hopMention.start, hopMention.end) });
      }
    }
    const view: QuoteView = {
      id: quote.id,
      kind: quote.kind,
      start: quote.start,
      end: quote.end,
      text: text.slice(quote.start, quote.end),
      speaker:
        mention === undefined
          ? null
          : { start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), entity: attribution?.entity ?? null },
      cue: cue === undefined ? null : slice(text, cue.start, cue.end),
      via,
      confidence: attribution?.confidence ?? 0,
      rule: attribution?.rule ?? quote.rule,
    };
    if (quote.group !== undefined) view.group = quote.group;
    if (quote.fragments !== undefined) view.fragments = quote.fragments.map((fragment) => slice(text, fragment.start, fragment.end));
    quotes.push(view);
  }

  const referenced = new Set<string>();
  for (const attribution of attributionLayer) if (attribution.entity !== null) referenced.add(attribution.entity);
  for (const chain of chains.values()) for (const hop of chain.hops) referenced.add(hop.entity);
  const entities: EntityView[] = [];
  for (const entity of doc.layers.entities ?? []) {
    if (!referenced.has(entity.id)) continue;
    const mentions: TextSpanView[] = [];
    for (const id of entity.mentions) {
      const mention = entryById(mentionLayer, id);
      if (mention !== undefined) mentions.push(slice(text, mention.start, mention.end));
    }
    entities.push({ id: entity.id, name: entity.name, type: entity.type, mentions });
  }

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
