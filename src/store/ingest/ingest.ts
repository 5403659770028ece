/**
 * Streams input records into the corpus: records are read in batches; the hashes of a batch are looked
 * up first, so documents stored already (by an earlier run, or another process) are not analysed
 * again; the rest are analysed by the runner (worker threads) while the next batches are read; each
 * batch is then stored in one transaction, in input order. Killing the process at any moment loses at
 * most the batches not yet committed, and running it again stores exactly those: the content hash is
 * the identity, so nothing is stored twice.
 */
import type { Store } from '../store.js';
import type { CorpusDocument } from '../analyse.js';
import { readRecord, type AnalysisAnswer, type RecordError } from './record.js';

/** An input unit: the JSON bytes of a record, or an input that could not be read at all. */
export type IngestItem = { kind: 'record'; source: string; bytes: Uint8Array } | { kind: 'error'; source: string; error: RecordError };

/** Analyses one record's bytes somewhere (the extract worker pool fits: `{ seq, lineNumber, bytes }`). */
export interface AnalysisRunner {
  run(task: { seq: number; lineNumber: number; bytes: Uint8Array }): Promise<AnalysisAnswer>;
}

export interface IngestProgress {
  /** Input records handled so far (stored, skipped or failed). */
  documents: number;
  added: number;
  skipped: number;
  quotes: number;
  errors: number;
  bytesRead: number;
}

export interface IngestOptions {
  items: AsyncIterable<IngestItem>;
  store: Store;
  runner: AnalysisRunner;
  /** Documents per transaction; default 200. */
  batchSize?: number;
  /** Batches read ahead of the one being stored; default 3. */
  maxBatchesInFlight?: number;
  /** Told about each record that fails (it is skipped; the others go on). */
  onError?: (source: string, error: RecordError) => void;
  /** Filled as the run goes (for a progress display). */
  progress?: IngestProgress;
}

/** A worker's error answer, or the pool's error line for a crashed or timed-out worker (`{ id, line, error }`). */
function errorOf(output: string): RecordError {
  const parsed = JSON.parse(output) as Partial<RecordError> & { error?: RecordError };
  return parsed.error ?? { code: parsed.code ?? 'VBT_INTERNAL_ERROR', message: parsed.message ?? output };
}

export function createIngestProgress(): IngestProgress {
  return { documents: 0, added: 0, skipped: 0, quotes: 0, errors: 0, bytesRead: 0 };
}

interface Pending {
  source: string;
  bytes: Uint8Array;
  hash: string;
}

export async function ingestDocuments(options: IngestOptions): Promise<IngestProgress> {
  const { store, runner } = options;
  const progress = options.progress ?? createIngestProgress();
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const maxInFlight = Math.max(1, options.maxBatchesInFlight ?? 3);
  const reportError = (source: string, error: RecordError) => {
    progress.errors++;
    progress.documents++;
    options.onError?.(source, error);
  };
  // Hashes being analysed or stored by this run: a repeat later in the input is a skip, not a second analysis.
  const inProgress = new Set<string>();
  let sequence = 0;
  let writes: Promise<void> = Promise.resolve();
  const inFlight: Array<Promise<void>> = [];
  let failure: unknown;

  async function flush(batch: Pending[]): Promise<void> {
    const stored = await store.findStoredHashes(batch.map((pending) => pending.hash));
    const work: Array<{ pending: Pending; answer: Promise<AnalysisAnswer> }> = [];
    let skipped = 0;
    for (const pending of batch) {
      if (stored.has(pending.hash) || inProgress.has(pending.hash)) {
        skipped++;
        continue;
      }
      inProgress.add(pending.hash);
      const answer = runner.run({ seq: sequence, lineNumber: sequence + 1, bytes: pending.bytes });
      // Awaited in order below; this keeps a failure of a later one from going unhandled meanwhile.
      answer.catch(() => {});
      sequence++;
      work.push({ pending, answer });
    }
    const write = writes.then(async () => {
      const documents: CorpusDocument[] = [];
      for (const { pending, answer } of work) {
        const result = await answer;
        if (result.isError) reportError(pending.source, errorOf(result.output));
        else documents.push(JSON.parse(result.output) as CorpusDocument);
      }
      const outcome = await store.addDocuments(documents);
      for (const { pending } of work) inProgress.delete(pending.hash);
      progress.added += outcome.added;
      progress.skipped += outcome.skipped + skipped;
      progress.quotes += outcome.quotes;
      progress.documents += outcome.added + outcome.skipped + skipped;
    });
    writes = write.catch((error: unknown) => {
      failure ??= error;
    });
    inFlight.push(write);
    while (inFlight.length >= maxInFlight) await inFlight.shift();
  }

  let batch: Pending[] = [];
  for await (const item of options.items) {
    if (failure !== undefined) break;
    if (item.kind === 'error') {
      reportError(item.source, item.error);
      continue;
    }
    progress.bytesRead += item.bytes.length;
    const read = readRecord(item.bytes);
    if ('error' in read) {
      reportError(item.source, read.error);
      continue;
    }
    batch.push({ source: item.source, bytes: item.bytes, hash: read.hash });
    if (batch.length >= batchSize) {
      await flush(batch);
      batch = [];
    }
  }
  if (batch.length > 0 && failure === undefined) await flush(batch);
  await Promise.allSettled(inFlight);
  await writes;
  if (failure !== undefined) throw failure;
  return progress;
}
