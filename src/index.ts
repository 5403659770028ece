/**
 * verbatim: every quotation in a news article, who said it, and through whom it reached the page.
 * @packageDocumentation
 */
import { VerbatimError } from './errors.js';
import { ingestHtml } from './ingest/html/index.js';
import { ingestText } from './ingest/text.js';
import type { DocumentMetadata, VerbatimDocument } from './model/document.js';
import { toQuotesView, type QuotesView } from './output/quotes-view.js';
import { defaultStages } from './pipeline/default-stages.js';
import { createPipeline, type Pipeline, type PipelineOptions } from './pipeline/pipeline.js';

/** An article to analyse: plain text, or a record with `text` or `html` and optional metadata. */
export type ArticleInput =
  | string
  | {
      id?: string;
      text?: string;
      html?: string;
      title?: string;
      published?: string;
      outlet?: string;
      url?: string;
    };

export interface AnnotateOptions extends PipelineOptions {
  /** Largest document accepted, in UTF-16 code units; larger input throws VBT_INPUT_TOO_LARGE. Default 32 Mi. */
  maxLength?: number;
}

export const DEFAULT_MAX_LENGTH = 32 * 1024 * 1024;

let defaultPipeline: Pipeline | undefined;

function pipelineFor(options: AnnotateOptions): Pipeline {
  const isDefault = options.stages === undefined && options.check !== true && options.debug === undefined && options.timings === undefined;
  if (isDefault) return (defaultPipeline ??= createPipeline(defaultStages));
  return createPipeline(defaultStages, options);
}

/** Turns an input into a document (text or extracted HTML) without analysing it. */
export function ingest(input: ArticleInput, options: { maxLength?: number } = {}): VerbatimDocument {
  const record = typeof input === 'string' ? { text: input } : input;
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const raw = record.text ?? record.html;
  if (typeof raw !== 'string') {
    throw new VerbatimError('VBT_INPUT_MISSING_TEXT', 'Expected a string "text" or "html" field, found neither');
  }
  if (raw.length > maxLength) {
    throw new VerbatimError('VBT_INPUT_TOO_LARGE', `Document is ${raw.length} code units, larger than the limit of ${maxLength}`, {
      details: { length: raw.length, limit: maxLength },
    });
  }
  const metadata: DocumentMetadata = {};
  if (record.title !== undefined) metadata.title = record.title;
  if (record.published !== undefined) metadata.published = record.published;
  if (record.outlet !== undefined) metadata.outlet = record.outlet;
  if (record.url !== undefined) metadata.url = record.url;
  const init = { id: record.id ?? 'document', metadata };
  return typeof record.text === 'string' ? ingestText(record.text, init) : ingestHtml(raw, init);
}

/**
 * Analyses an article and returns the full document with every layer.
 * @example
 * const doc = annotate('“We are done,” the mayor said.');
 * doc.layers.quotes; // [{ id: 'q0', kind: 'direct', ... }]
 */
export function annotate(input: ArticleInput, options: AnnotateOptions = {}): VerbatimDocument {
  return pipelineFor(options).run(ingest(input, options));
}

/**
 * Finds every quotation in an article with its speaker, cue and reporting chain (the quotes view).
 * @example
 * const { quotes } = extract('“We are done,” Mayor Ana Ruiz said.');
 * quotes[0].speaker?.text; // 'Mayor Ana Ruiz'
 */
export function extract(input: ArticleInput, options: AnnotateOptions = {}): QuotesView {
  return toQuotesView(annotate(input, options));
}

export { VerbatimError, isVerbatimError, ERROR_CODES, type ErrorCode } from './errors.js';
export { createPipeline, type Pipeline, type PipelineOptions } from './pipeline/pipeline.js';
export { defineStage, type Stage } from './pipeline/stage.js';
export type { StageContext } from './pipeline/context.js';
export { defaultStages } from './pipeline/default-stages.js';
export { createDocument, type VerbatimDocument, type DocumentSource, type DocumentMetadata, type SourceSegment } from './model/document.js';
export type * from './model/layers.js';
export type { Range, Span } from './model/span.js';
export { checkDocument } from './model/invariants.js';
export { ingestText } from './ingest/text.js';
export { ingestHtml, toSourceOffset, toSourceRange } from './ingest/html/index.js';
export { parseTranscript, detectTranscriptFormat, type ParseTranscriptOptions } from './ingest/transcripts/index.js';
export type { Transcript, TranscriptFormat, TranscriptMessage, Turn } from './ingest/transcripts/index.js';
export { verifyArticle, VERDICTS, type VerifyOptions } from './verify/index.js';
export type { Verdict, VerifiedQuotesView, VerifiedQuoteView, TapeMatch, DiffOp, VerificationSummary } from './verify/index.js';
export { decodeBytes, looksBinary } from './ingest/decode.js';
export {
  toQuotesView,
  type QuotesView,
  type QuoteView,
  type EntityView,
  type SpeakerView,
  type ViaView,
  type TextSpanView,
} from './output/quotes-view.js';
export { toFullView, SCHEMA_VERSION, type FullView } from './output/full-view.js';
