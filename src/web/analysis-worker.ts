/** The analysis worker: runs the core library off the page's main thread so large articles never freeze it. */
import { analyseArticle, describeFailure, verifyQuotes } from './model/analysis-core.js';
import type { WorkerRequest, WorkerResponse } from './model/analysis-client.js';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};

scope.onmessage = (event) => {
  const request = event.data;
  try {
    const result = request.type === 'analyse' ? analyseArticle(request.source) : verifyQuotes(request.view, request.transcripts);
    scope.postMessage({ id: request.id, ok: true, result });
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, error: describeFailure(error) });
  }
};
