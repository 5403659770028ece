/**
 * The JSON Lines filter: reads lines, hands documents to a runner, writes one output line per input
 * line in input order. Memory stays flat however long the input: at most `maxInFlight` documents (and
 * about `maxInFlightBytes` of them) are between reading and writing; when that budget is spent the
 * reader stops pulling (the stream pauses), and when stdout is slow the writer waits for 'drain',
 * which keeps the budget spent and so pauses the reader too.
 */
import type { Writable } from 'node:stream';
import { LineSplitter, type SplitterEvent } from './line-splitter.js';
import { errorLine, sniffId, type LineResult } from './process-line.js';
import type { DocumentRunner } from './worker-pool.js';

export interface JsonlStats {
  /** Output lines written (documents and error lines). */
  documents: number;
  /** Output lines that are error lines. */
  errors: number;
  /** Input bytes read so far. */
  bytesRead: number;
}

export interface JsonlOptions {
  input: AsyncIterable<Uint8Array>;
  output: Writable;
  runner: DocumentRunner;
  /** Largest line accepted, in bytes; longer lines are discarded unread and give an error line. */
  maxBytes: number;
  /** Documents between reading and writing at most. */
  maxInFlight: number;
  /** Bytes of documents between reading and writing at most (one document always fits). */
  maxInFlightBytes: number;
  /** Filled as the run goes, for a progress display. */
  stats?: JsonlStats;
}

export function createJsonlStats(): JsonlStats {
  return { documents: 0, errors: 0, bytesRead: 0 };
}

/** Characters gathered into one write at most (a single longer line is written alone). */
const WRITE_BATCH_CHARS = 64 * 1024;

interface Finished {
  output: string;
  isError: boolean;
  bytes: number;
}

function waitForDrain(output: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      output.off('drain', onDrain);
      output.off('error', onError);
      output.off('close', onClose);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      reject(Object.assign(new Error('The output was closed'), { code: 'EPIPE' }));
    };
    output.on('drain', onDrain);
    output.on('error', onError);
    output.on('close', onClose);
  });
}

/** Streams every line of `input` through the runner; resolves with the totals once all is written. */
export async function runJsonl(options: JsonlOptions): Promise<JsonlStats> {
  const { output, runner } = options;
  const stats = options.stats ?? createJsonlStats();
  const splitter = new LineSplitter(options.maxBytes);
  const finished = new Map<number, Finished>();
  let dispatched = 0;
  let written = 0;
  let bytesInFlight = 0;
  let isWriting = false;
  let failure: unknown;
  let wake: (() => void) | undefined;

  const notify = () => {
    const waiting = wake;
    wake = undefined;
    waiting?.();
  };
  const hasRoom = () => dispatched - written < options.maxInFlight && (dispatched === written || bytesInFlight < options.maxInFlightBytes);

  async function waitUntil(condition: () => boolean): Promise<void> {
    while (failure === undefined && !condition()) await new Promise<void>((resolve) => (wake = resolve));
    if (failure !== undefined) throw failure;
  }

  // Writes finished lines in input order; a line finished early waits in `finished` for its turn.
  // Consecutive ready lines go out in one write (fewer system calls for small documents).
  async function writeInOrder(): Promise<void> {
    if (isWriting) return;
    isWriting = true;
    try {
      while (finished.has(written)) {
        const batch: string[] = [];
        let batchLength = 0;
        for (let next = finished.get(written); next !== undefined && batchLength < WRITE_BATCH_CHARS; next = finished.get(written)) {
          finished.delete(written);
          written++;
          bytesInFlight -= next.bytes;
          stats.documents++;
          if (next.isError) stats.errors++;
          batch.push(next.output, '\n');
          batchLength += next.output.length + 1;
        }
        const canContinue = output.write(batch.join(''));
        notify();
        if (!canContinue) await waitForDrain(output);
      }
    } catch (error) {
      failure ??= error;
    } finally {
      isWriting = false;
      notify();
    }
  }

  const finish = (seq: number, result: LineResult, bytes: number) => {
    finished.set(seq, { ...result, bytes });
    void writeInOrder();
  };

  function dispatch(event: SplitterEvent): void {
    const seq = dispatched++;
    if (event.kind === 'oversized') {
      const message = `The line is ${event.byteLength} bytes, longer than the limit of ${options.maxBytes} (--max-bytes); it was skipped unread`;
      finish(seq, { output: errorLine(sniffId(event.head), event.lineNumber, { code: 'VBT_INPUT_TOO_LARGE', message }), isError: true }, 0);
      return;
    }
    const bytes = event.bytes.length;
    bytesInFlight += bytes;
    runner.run({ seq, lineNumber: event.lineNumber, bytes: event.bytes }).then(
      (result) => finish(seq, result, bytes),
      (error: unknown) => {
        failure ??= error;
        notify();
      },
    );
  }

  async function feed(events: Iterable<SplitterEvent>): Promise<void> {
    for (const event of events) {
      await waitUntil(hasRoom);
      dispatch(event);
    }
  }

  for await (const chunk of options.input) {
    stats.bytesRead += chunk.length;
    await feed(splitter.push(chunk));
  }
  await feed(splitter.end());
  await waitUntil(() => written === dispatched && !isWriting);
  return stats;
}
