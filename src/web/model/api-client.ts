/**
 * The corpus API client (routes of `verbatim serve`, issue 4): search, speaker pages, traces, stats.
 * Every call has a timeout and turns "no server", "not found" and error bodies into one typed error,
 * so the corpus views can say plainly what is wrong instead of spinning.
 */
import type { QuoteView } from '../../index.js';

export interface CorpusDocument {
  id: string;
  title?: string | null;
  published?: string | null;
  outlet?: string | null;
  url?: string | null;
}

/** A quote as the API returns it; servers may add the resolved speaker name. */
export type CorpusQuote = QuoteView & { speakerName?: string | null };

export interface CorpusResult {
  quote: CorpusQuote;
  document: CorpusDocument;
}

export interface SearchResponse {
  results: CorpusResult[];
  total?: number;
}

export interface TraceVariant {
  /** Which appearance this variant is (index into `appearances`), or the appearance itself. */
  appearance?: number;
  result?: CorpusResult;
  /** Word-level operations against the earliest wording. */
  diff?: Array<{ op: string; text?: string; article?: string; earliest?: string; transcript?: string }>;
  text?: string;
  documents?: string[];
  count?: number;
}

export interface TraceConflict {
  speakers?: string[];
  results?: CorpusResult[];
  reason?: string;
}

export interface TraceGroup {
  id?: string;
  earliest: CorpusResult;
  appearances: CorpusResult[];
  variants: TraceVariant[];
  conflicts: TraceConflict[];
}

export interface TraceResponse {
  groups: TraceGroup[];
}

export interface StatsResponse {
  documents: number;
  quotes: number;
  speakers: number;
  groups: number;
}

export interface SearchFilters {
  q: string;
  speaker?: string;
  outlet?: string;
  since?: string;
  until?: string;
}

export type ApiFailureKind = 'unreachable' | 'not-found' | 'rejected' | 'server' | 'bad-response';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiFailureKind,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const TIMEOUT_MS = 15_000;

/** The API lives on the origin that served the app (`verbatim serve`); the page's CSP allows no other. */
export function apiBase(): string {
  return '';
}

function queryString(parameters: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) if (value !== undefined && value.trim() !== '') search.set(key, value.trim());
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

async function getJson<T>(path: string): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(`${apiBase()}${path}`, { headers: { accept: 'application/json' }, signal: controller.signal });
  } catch {
    throw new ApiError('unreachable', 'The corpus API did not answer.');
  } finally {
    clearTimeout(timer);
  }
  const type = response.headers.get('content-type') ?? '';
  const isJson = type.includes('json');
  let body: unknown = null;
  if (isJson) {
    try {
      body = await response.json();
    } catch {
      throw new ApiError('bad-response', 'The corpus API sent a response that is not valid JSON.');
    }
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    if (response.status === 404 && error === undefined) throw new ApiError('unreachable', 'This server has no corpus API (404).');
    const kind: ApiFailureKind = response.status === 404 ? 'not-found' : response.status < 500 ? 'rejected' : 'server';
    throw new ApiError(kind, error?.message ?? `The corpus API answered ${response.status}.`, error?.code);
  }
  // A static file server answers API paths with the app's own HTML: that is no API.
  if (!isJson) throw new ApiError('unreachable', 'This server has no corpus API (it answered with a web page).');
  return body as T;
}

export function fetchStats(): Promise<StatsResponse> {
  return getJson('/stats');
}

export function searchQuotes(filters: SearchFilters): Promise<SearchResponse> {
  return getJson(
    `/search${queryString({ q: filters.q, speaker: filters.speaker, outlet: filters.outlet, since: filters.since, until: filters.until })}`,
  );
}

export function fetchSpeaker(name: string): Promise<SearchResponse> {
  return getJson(`/speakers/${encodeURIComponent(name)}`);
}

export function fetchTrace(query: { q?: string; id?: string }): Promise<TraceResponse> {
  return getJson(`/trace${queryString({ q: query.q, id: query.id })}`);
}

/** The name to show for a corpus quote's speaker. */
export function corpusSpeakerName(quote: CorpusQuote): string | null {
  if (typeof quote.speakerName === 'string' && quote.speakerName !== '') return quote.speakerName;
  return quote.speaker?.text ?? null;
}
