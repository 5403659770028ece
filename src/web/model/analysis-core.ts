/**
 * What the browser runs with the core library: analyse one article, verify its quotes against
 * transcripts. Runs inside the analysis worker (or on the page when workers are unavailable); the
 * results are plain data that cross postMessage.
 */
import { annotate, decodeBytes, isVerbatimError, parseTranscript, toQuotesView, verifyArticle } from '../../index.js';
import type {
  DocumentMetadata,
  Message,
  QuotedTerm,
  QuotesView,
  Range,
  Transcript,
  TranscriptFormat,
  TranscriptMessage,
  Turn,
  VerifiedQuotesView,
} from '../../index.js';

export type ArticleFormat = 'text' | 'html';

export interface ArticleSource {
  name: string;
  /** The raw input: typed or pasted text, or a file's bytes (decoded here, BOM and UTF-16 aware). */
  text?: string;
  bytes?: Uint8Array;
  format: ArticleFormat | 'auto';
}

export interface AnalysedArticle {
  name: string;
  format: ArticleFormat;
  /** The analysed text (for HTML, the extracted article text). */
  text: string;
  metadata: DocumentMetadata;
  paragraphs: Range[];
  quotedTerms: QuotedTerm[];
  view: QuotesView;
  /** Entity ids of sources the article does not name ("a spokesperson"). */
  anonymous: string[];
  messages: Message[];
  /** Time spent in the core library, milliseconds. */
  analyseMs: number;
  /** Characters replaced while decoding bytes (invalid UTF-8). */
  replaced: number;
}

export interface TranscriptSource {
  name: string;
  text?: string;
  bytes?: Uint8Array;
}

/** One caption or segment of a transcript: its words' range in `text` and its time on the tape. */
export interface TranscriptCue {
  index: number;
  start: number;
  end: number;
  startMs?: number;
  endMs?: number;
  speaker?: string;
  line?: number;
}

export interface TranscriptSummary {
  name: string;
  format: TranscriptFormat | 'unknown';
  text: string;
  turns: Turn[];
  cues: TranscriptCue[];
  speakers: Transcript['speakers'];
  messages: TranscriptMessage[];
}

export interface VerifyResult {
  verified: VerifiedQuotesView;
  transcripts: TranscriptSummary[];
  verifyMs: number;
}

export interface WorkerFailure {
  code: string;
  message: string;
}

function decode(source: { name: string; text?: string; bytes?: Uint8Array }): { text: string; replaced: number } {
  if (source.text !== undefined) return { text: source.text, replaced: 0 };
  if (source.bytes !== undefined) return decodeBytes(source.bytes, source.name);
  return { text: '', replaced: 0 };
}

/** HTML when the name says so or the text opens with a tag and closes one. */
export function detectFormat(name: string, text: string): ArticleFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm') || lower.endsWith('.xhtml')) return 'html';
  if (lower.endsWith('.txt') || lower.endsWith('.md')) return 'text';
  const trimmed = text.trimStart().slice(0, 512).toLowerCase();
  const opensWithTag =
    trimmed.startsWith('<!doctype') || trimmed.startsWith('<html') || trimmed.startsWith('<article') || trimmed.startsWith('<body');
  return opensWithTag || (trimmed.startsWith('<') && text.includes('</p>')) ? 'html' : 'text';
}

export function analyseArticle(source: ArticleSource): AnalysedArticle {
  const { text: raw, replaced } = decode(source);
  const format = source.format === 'auto' ? detectFormat(source.name, raw) : source.format;
  const started = performance.now();
  const doc = annotate(format === 'html' ? { id: source.name, html: raw } : { id: source.name, text: raw });
  const view = toQuotesView(doc);
  const analyseMs = performance.now() - started;
  return {
    name: source.name,
    format,
    text: doc.text,
    metadata: doc.metadata,
    paragraphs: (doc.layers.paragraphs ?? []).map((paragraph) => ({ start: paragraph.start, end: paragraph.end })),
    quotedTerms: doc.layers.quotedTerms ?? [],
    view,
    anonymous: (doc.layers.entities ?? []).filter((entity) => entity.isAnonymous).map((entity) => entity.id),
    messages: doc.messages,
    analyseMs,
    replaced,
  };
}

/** Word-level input has a source-map segment per word: join the segments of one cue. */
function cuesOf(transcript: Transcript): TranscriptCue[] {
  const cues: TranscriptCue[] = [];
  for (const segment of transcript.document.sourceMap) {
    if (segment.cue === undefined) continue;
    const last = cues[cues.length - 1];
    if (last !== undefined && last.index === segment.cue.index) {
      last.end = segment.text.end;
      if (segment.cue.endMs !== undefined) last.endMs = segment.cue.endMs;
      continue;
    }
    const cue: TranscriptCue = { index: segment.cue.index, start: segment.text.start, end: segment.text.end };
    if (segment.cue.startMs !== undefined) cue.startMs = segment.cue.startMs;
    if (segment.cue.endMs !== undefined) cue.endMs = segment.cue.endMs;
    if (segment.cue.speaker !== undefined) cue.speaker = segment.cue.speaker;
    if (segment.cue.line !== undefined) cue.line = segment.cue.line;
    cues.push(cue);
  }
  return cues;
}

function summarize(transcript: Transcript): TranscriptSummary {
  return {
    name: transcript.name,
    format: transcript.format,
    text: transcript.document.text,
    turns: transcript.turns,
    cues: cuesOf(transcript),
    speakers: transcript.speakers,
    messages: transcript.messages,
  };
}

export function verifyQuotes(view: QuotesView, sources: readonly TranscriptSource[]): VerifyResult {
  const started = performance.now();
  const transcripts = sources.map((source) => parseTranscript(decode(source).text, { name: source.name }));
  const verified = verifyArticle(view, transcripts);
  return { verified, transcripts: transcripts.map(summarize), verifyMs: performance.now() - started };
}

export function describeFailure(error: unknown): WorkerFailure {
  if (isVerbatimError(error)) return { code: error.code, message: error.message };
  if (error instanceof Error) return { code: 'VBT_WEB_ANALYSIS_FAILED', message: error.message };
  return { code: 'VBT_WEB_ANALYSIS_FAILED', message: String(error) };
}
