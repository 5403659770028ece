/**
 * One zod schema per layer: the single source of the layer types and of the JSON Schema export.
 * Schemas describe the stored shape; the hot path never parses with them (tests and --check do).
 */
import { z } from 'zod';

const span = { id: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };
const range = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const ParagraphSchema = z.object({ ...span });
export const SentenceSchema = z.object({ ...span, paragraph: z.number().int() });

/** Token kinds, by the first character class of the token. */
export const TokenKindSchema = z.enum(['word', 'number', 'punctuation', 'symbol']);

export const QuoteMarkSchema = z.object({
  ...span,
  /** The mark as written: `“`, `'`, `''`, `«` ... */
  mark: z.string(),
  role: z.enum(['open', 'close']),
  family: z.enum(['double', 'single', 'guillemet', 'low', 'doubled-apostrophe']),
  /** Id of the matching mark, absent for an unmatched one. */
  pair: z.string().optional(),
  /** Nesting depth of the quotation the mark belongs to: 0 for the outermost. */
  depth: z.number().int().nonnegative(),
  /** For a mark that reopens a quotation continued from the previous paragraph, the original opening mark. */
  continues: z.string().optional(),
});

export const QuoteKindSchema = z.enum(['direct', 'mixed', 'indirect']);

export const QuoteSchema = z.object({
  ...span,
  kind: QuoteKindSchema,
  /** For direct quotes, the quoted region including its marks. */
  outer: range.optional(),
  /** For mixed quotes, the quoted pieces (inside marks) within the reported content. */
  fragments: z.array(range).optional(),
  /** Quotes that are pieces of one utterance (split around "she said", or across paragraphs) share a group id. */
  group: z.string().optional(),
  /** The reporting frame the quote is the content of, when one is. */
  frame: z.string().optional(),
  rule: z.string(),
  evidence: z.array(z.string()),
});

/** Quoted words that are not speech: titles, nicknames, scare quotes, words as words. */
export const QuotedTermSchema = z.object({
  ...span,
  reason: z.enum(['title', 'nickname', 'scare-quote', 'word-as-word', 'name']),
  rule: z.string(),
});

export const CueSchema = z.object({
  ...span,
  kind: z.enum(['verb', 'phrase', 'according-to', 'noun', 'colon', 'label']),
  /** Lemma of the reporting verb or the phrase key ("say", "according to", "in a statement"). */
  lemma: z.string(),
  /** speech: verbs of saying and writing; naming: "called it ..."; cognition: believe, think; source: "according to". */
  class: z.enum(['speech', 'naming', 'cognition', 'source']),
  /** True when the verb is passive or negated in a way that changes who speaks ("was quoted as saying"). */
  voice: z.enum(['active', 'passive', 'quoted-as']).optional(),
  rule: z.string(),
});

/**
 * A reporting frame: a cue with the mention it makes the source and the content it reports.
 * Relations, not spans: content pieces are ranges, source and cue are ids.
 */
export const FrameSchema = z.object({
  id: z.string(),
  cue: z.string(),
  source: z.string().nullable(),
  /** Content pieces in text order: one, or two around the cue ("“A,” she said, “B.”"). */
  content: z.array(range),
  /** Where the content sits relative to the cue. */
  side: z.enum(['left', 'right', 'both']),
  /** For "A quoted B as saying": the mention of A, who relayed the words. */
  relay: z.string().nullable(),
  /** The hearer of "told", "assured" ...: "told the Gazette" makes a news outlet a hop of the chain. */
  hearer: z.string().nullable().optional(),
  rule: z.string(),
});

export const EntityTypeSchema = z.enum(['person', 'organization', 'group', 'work', 'other']);

export const MentionSchema = z.object({
  ...span,
  kind: z.enum(['name', 'pronoun', 'descriptor']),
  /** What the mention itself says about its referent (resolution may refine it on the entity). */
  type: z.enum(['person', 'organization', 'group', 'work', 'other']),
  gender: z.enum(['male', 'female', 'plural', 'unknown']),
  /** For names: the name without title or possessive ("Ana Ruiz" in "Mayor Ana Ruiz’s"). */
  name: z.string().optional(),
  /** For descriptors: the head noun ("director"); for pronouns: the pronoun lower-cased. */
  head: z.string().optional(),
  /** Descriptors: "the director" is definite, "a spokesperson" is not (an anonymous source). */
  isDefinite: z.boolean().optional(),
  /** Role words written next to a name ("union leader" in "union leader Maria Ortiz"). */
  roles: z.array(z.string()).optional(),
  rule: z.string(),
});

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  gender: z.enum(['male', 'female', 'plural', 'unknown']),
  /** A source the article does not name ("a spokesperson", "one resident"). */
  isAnonymous: z.boolean(),
  mentions: z.array(z.string()),
  /** How each mention joined the entity: the rule and its confidence, in mention order. */
  links: z.array(z.object({ mention: z.string(), rule: z.string(), confidence: z.number() })),
});

export const AttributionSchema = z.object({
  id: z.string(),
  quote: z.string(),
  mention: z.string().nullable(),
  entity: z.string().nullable(),
  cue: z.string().nullable(),
  rule: z.string(),
  confidence: z.number().min(0).max(1),
  evidence: z.array(z.string()),
});

export const ChainHopSchema = z.object({
  entity: z.string(),
  mention: z.string(),
  cue: z.string().nullable(),
  rule: z.string(),
});

/** Reporting hops of one quote beyond its speaker: who relayed it, then who published it. */
export const ChainSchema = z.object({ id: z.string(), quote: z.string(), hops: z.array(ChainHopSchema) });

export const MessageSchema = z.object({
  ruleId: z.string(),
  source: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  reason: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  actual: z.string().optional(),
  expected: z.array(z.string()).optional(),
});

export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Sentence = z.infer<typeof SentenceSchema>;
export type TokenKind = z.infer<typeof TokenKindSchema>;
export type QuoteMark = z.infer<typeof QuoteMarkSchema>;
export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type QuotedTerm = z.infer<typeof QuotedTermSchema>;
export type Cue = z.infer<typeof CueSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type EntityType = z.infer<typeof EntityTypeSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Frame = z.infer<typeof FrameSchema>;
export type Attribution = z.infer<typeof AttributionSchema>;
export type ChainHop = z.infer<typeof ChainHopSchema>;
export type Chain = z.infer<typeof ChainSchema>;
export type Message = z.infer<typeof MessageSchema>;

/**
 * Tokens are stored column-wise (typed arrays) rather than as one object per token: a news article
 * has ~10x more tokens than any other span, and the throughput target (10 MB/s) leaves no room for
 * an allocation and an id string per token. The full JSON view expands them to spans `t0`, `t1` ...
 */
export interface TokenTable {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Index into TOKEN_KINDS. */
  readonly kinds: Uint8Array;
  /** Index of the sentence holding the token. */
  readonly sentences: Int32Array;
  /** Hash of the token's ASCII-lower-cased form (see segment/word-hash.ts), for allocation-free lexicon prefilters. */
  readonly hashes: Int32Array;
  /**
   * Word-class bits and a capitalized flag per token (segment/token-classes.ts), 0 for tokens that are not
   * words; absent from a table made elsewhere than the tokenizer, whose token view then computes them.
   */
  readonly classes?: Int32Array;
}

export const TOKEN_KINDS: readonly TokenKind[] = ['word', 'number', 'punctuation', 'symbol'];

/** Every layer a document can hold, by name. */
export interface Layers {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: TokenTable;
  quoteMarks: QuoteMark[];
  quotes: Quote[];
  quotedTerms: QuotedTerm[];
  cues: Cue[];
  mentions: Mention[];
  frames: Frame[];
  entities: Entity[];
  attributions: Attribution[];
  chains: Chain[];
}

export type LayerName = keyof Layers;

/** Layers whose entries are spans over the text (the rest are relations pointing at span ids). */
export const SPAN_LAYERS = [
  'paragraphs',
  'sentences',
  'quoteMarks',
  'quotes',
  'quotedTerms',
  'cues',
  'mentions',
] as const satisfies readonly LayerName[];

export const LAYER_SCHEMAS = {
  paragraphs: z.array(ParagraphSchema),
  sentences: z.array(SentenceSchema),
  quoteMarks: z.array(QuoteMarkSchema),
  quotes: z.array(QuoteSchema),
  quotedTerms: z.array(QuotedTermSchema),
  cues: z.array(CueSchema),
  mentions: z.array(MentionSchema),
  frames: z.array(FrameSchema),
  entities: z.array(EntitySchema),
  attributions: z.array(AttributionSchema),
  chains: z.array(ChainSchema),
} as const;
