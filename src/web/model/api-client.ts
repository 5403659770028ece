/**
 * The corpus API client (routes of `verbatim serve`, issue 4): search, speaker pages, traces, stats.
 * Every call has a timeout and turns "no server", "not found" and error bodies into one typed error,
 * so the corpus views can say plainly what is wrong instead of spinning.
 */
import type { QuoteView } from '../../index.js';

export interface CorpusDocument {
  /** First 16 hex digits of the document's content hash. */
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  /** The caller's id or file name, as given when added. */
  name?: string | null;
}

/** One quote in one stored article (issue 4's result shape). */
export interface CorpusResult {
  /** "<document id>:<quote id>", which /trace accepts as `id`. */
  id: string;
  quote: QuoteView;
  document: CorpusDocument;
  /** The speaker's name as the corpus knows it, or null. */
  speaker: string | null;
  /** Search only: 0-1 share of the query's words found. */
  score?: number;
  /** Speaker pages only: which of `people` said it. */
  person?: string;
}

export interface SearchResponse {
  results: CorpusResult[];
}

export interface PersonSummary {
  id: string;
  name: string;
  variants: string[];
  quotes: number;
}

export interface SpeakerResponse {
  /** The people the name can mean: one for a full name, possibly several for a bare surname. */
  people: PersonSummary[];
  results: CorpusResult[];
}

export interface TraceWordOp {
  op: 'equal' | 'insert' | 'delete' | 'replace';
  earliest: string;
  variant: string;
}

export interface TraceVariant {
  text: string;
  count: number;
  first: CorpusResult;
  diff: TraceWordOp[];
}

export interface TraceConflict {
  speaker: string;
  names: string[];
  count: number;
  first: CorpusResult;
}

export interface TraceGroup {
  id: number | null;
  match: 'quote' | 'near-duplicate' | 'words';
  count: number;
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

export function fetchSpeaker(name: string): Promise<SpeakerResponse> {
  return getJson(`/speakers/${encodeURIComponent(name)}`);
}

export function fetchTrace(query: { q?: string; id?: string }): Promise<TraceResponse> {
  return getJson(`/trace${queryString({ q: query.q, id: query.id })}`);
}

/** The name to show for a corpus result's speaker: the corpus's name, else the mention. */
export function corpusSpeakerName(result: CorpusResult): string | null {
  if (typeof result.speaker === 'string' && result.speaker !== '') return result.speaker;
  return result.quote.speaker?.text ?? null;
}
