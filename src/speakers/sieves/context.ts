/** What every attribution sieve reads: the document's layers, indexed once per document. */
import type { VerbatimDocument } from '../../model/document.js';
import type { Attribution, Cue, Entity, Frame, Mention, Paragraph, Quote } from '../../model/layers.js';
import type { TokenView } from '../../segment/token-view.js';
import { lookupById, type IdLookup } from '../../model/span.js';
import { mentionLinks, type MentionLinks } from '../mention-links.js';
import { ScratchInt32, ScratchUint8 } from '../../pipeline/scratch.js';

export type Decision = Omit<Attribution, 'id' | 'quote'>;

export interface AttributionContext {
  text: string;
  view: TokenView;
  paragraphs: readonly Paragraph[];
  quotes: readonly Quote[];
  mentions: readonly Mention[];
  mentionById: IdLookup<Mention>;
  frameById: IdLookup<Frame>;
  cueById: IdLookup<Cue>;
  entities: readonly Entity[];
  entityById: IdLookup<Entity>;
  /** Mention id -> [entity id, confidence of the link]. */
  entityOfMention: MentionLinks;
  /** Paragraph index of each quote (by its start). */
  quoteParagraph: Int32Array;
  /** Number of frames whose cue lies in each paragraph. */
  framesInParagraph: Int32Array;
  /** 1 where a token belongs to a cue. */
  cueTokens: Uint8Array;
  /** Attributions decided so far, by quote index (sieves may read earlier quotes' decisions). */
  decided: Array<Attribution | undefined>;
  /**
   * Facts about the whole document that a sieve works out once and reads for every quote (the
   * interviewee of a Q&A): by name, null when looked for and not found. Without it a long transcript
   * asked the same question of every mention for every answer.
   */
  documentFacts: Map<string, string | null>;
}

function paragraphOf(paragraphs: readonly Paragraph[], offset: number): number {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (paragraphs[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return Math.min(low, paragraphs.length - 1);
}

// the context lives for one attribute stage run (pipeline/scratch.ts)
const FRAMES_IN_PARAGRAPH = new ScratchInt32();
const QUOTE_PARAGRAPH = new ScratchInt32();
const CUE_TOKENS = new ScratchUint8();

export function createAttributionContext(doc: VerbatimDocument, view: TokenView): AttributionContext {
  const paragraphs = doc.layers.paragraphs!;
  const quotes = doc.layers.quotes!;
  const mentions = doc.layers.mentions!;
  const frames = doc.layers.frames!;
  const cues = doc.layers.cues!;
  const entities = doc.layers.entities!;
  const entityOfMention = mentionLinks(mentions, entities);
  const cueById = lookupById(cues);
  const framesInParagraph = FRAMES_IN_PARAGRAPH.take(paragraphs.length);
  for (const frame of frames) {
    const cue = cueById.get(frame.cue);
    if (cue !== undefined && paragraphs.length > 0) framesInParagraph[paragraphOf(paragraphs, cue.start)]!++;
  }
  const quoteParagraph = QUOTE_PARAGRAPH.take(quotes.length);
  quotes.forEach((quote, index) => {
    quoteParagraph[index] = paragraphs.length === 0 ? 0 : paragraphOf(paragraphs, quote.outer?.start ?? quote.start);
  });
  const cueTokens = CUE_TOKENS.take(view.count);
  for (const cue of cues)
    for (let index = view.firstAtOrAfter(cue.start); index < view.count && view.start(index) < cue.end; index++) cueTokens[index] = 1;
  return {
    cueTokens,
    text: doc.text,
    view,
    paragraphs,
    quotes,
    mentions,
    mentionById: lookupById(mentions),
    frameById: lookupById(frames),
    cueById,
    entities,
    entityById: lookupById(entities),
    entityOfMention,
    quoteParagraph,
    framesInParagraph,
    decided: new Array(quotes.length),
    documentFacts: new Map(),
  };
}

/** A decision naming `mentionId` as the speaker, with the entity it resolves to. */
export function decide(
  context: AttributionContext,
  mentionId: string,
  cue: string | null,
  rule: string,
  base: number,
  evidence: string[],
): Decision {
  const mention = context.mentionById.get(mentionId);
  const link = context.entityOfMention.get(mentionId);
  let confidence = base;
  if (mention?.kind === 'pronoun') confidence *= link === undefined ? 0.6 : link.confidence;
  else if (mention?.kind === 'descriptor') confidence *= 0.95;
  return { mention: mentionId, entity: link?.entity ?? null, cue, rule, confidence: Math.round(confidence * 100) / 100, evidence };
}

/** The same speaker as an earlier decision, at a lower confidence. */
export function inherit(previous: Attribution, rule: string, factor: number): Decision {
  return {
    mention: previous.mention,
    entity: previous.entity,
    cue: previous.cue,
    rule,
    confidence: Math.round(previous.confidence * factor * 100) / 100,
    evidence: previous.mention === null ? [previous.quote] : [previous.quote, previous.mention],
  };
}
