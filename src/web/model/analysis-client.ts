/**
 * The page's side of the analysis worker: one request at a time per call, answered by id. When a
 * worker cannot start (an old browser, a locked-down page), the same code runs on the page instead.
 */
import type { QuotesView } from '../../index.js';
import type { AnalysedArticle, ArticleSource, TranscriptSource, VerifyResult, WorkerFailure } from './analysis-core.js';

export type WorkerRequest =
  | { id: number; type: 'analyse'; source: ArticleSource }
  | { id: number; type: 'verify'; view: QuotesView; transcripts: TranscriptSource[] };

export type WorkerResponse =
  { id: number; ok: true; result: AnalysedArticle | VerifyResult } | { id: number; ok: false; error: WorkerFailure };

export class AnalysisError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AnalysisError';
  }
}

type Pending = { resolve: (value: AnalysedArticle | VerifyResult) => void; reject: (error: Error) => void };

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('../analysis-worker.ts', import.meta.url), { type: 'module', name: 'verbatim-analysis' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      const waiting = pending.get(response.id);
      if (waiting === undefined) return;
      pending.delete(response.id);
      if (response.ok) waiting.resolve(response.result);
      else waiting.reject(new AnalysisError(response.error.code, response.error.message));
    };
    worker.onerror = (event) => {
      // A worker that fails to load: answer everything waiting on the page, and stop using it.
      event.preventDefault();
      worker?.terminate();
      worker = null;
      const waiting = [...pending.entries()];
      pending.clear();
      for (const [, entry] of waiting) entry.reject(new AnalysisError('VBT_WEB_WORKER_FAILED', 'The analysis worker stopped'));
    };
  } catch {
    worker = null;
  }
  return worker;
}

async function runOnPage(request: WorkerRequest): Promise<AnalysedArticle | VerifyResult> {
  const core = await import('./analysis-core.js');
  try {
    return request.type === 'analyse' ? core.analyseArticle(request.source) : core.verifyQuotes(request.view, request.transcripts);
  } catch (error) {
    const failure = core.describeFailure(error);
    throw new AnalysisError(failure.code, failure.message);
  }
}

async function send(request: WorkerRequest): Promise<AnalysedArticle | VerifyResult> {
  const target = startWorker();
  if (target === null) return runOnPage(request);
  try {
    return await new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      target.postMessage(request);
    });
  } catch (error) {
    if (error instanceof AnalysisError && error.code === 'VBT_WEB_WORKER_FAILED') return runOnPage(request);
    throw error;
  }
}

/** Starts the worker and runs one tiny analysis, so the first real article does not pay for loading the library. */
export function warmUp(): void {
  if (startWorker() === null) return;
  analyse({ name: 'warm-up', text: '\u201cReady,\u201d she said.', format: 'text' }).catch(() => undefined);
}

export async function analyse(source: ArticleSource): Promise<AnalysedArticle> {
  return (await send({ id: nextId++, type: 'analyse', source })) as AnalysedArticle;
}

export async function verify(view: QuotesView, transcripts: TranscriptSource[]): Promise<VerifyResult> {
  return (await send({ id: nextId++, type: 'verify', view, transcripts })) as VerifyResult;
}
