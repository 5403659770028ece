/**
 * A fixed set of worker threads that process JSON Lines documents. Each worker holds up to `depth`
 * documents so it never idles waiting for the next message; it answers them in order, so when one
 * dies the oldest unanswered document is the one it was working on. That document fails with an
 * error line, the others go back to the front of the queue, and a fresh worker takes the place of
 * the dead one: nothing is lost or done twice.
 */
import type { Worker } from 'node:worker_threads';
import { VerbatimError } from '../../errors.js';
import { errorLine, sniffId, type LineResult, type LineTask } from './process-line.js';

/** Runs documents somewhere (worker threads, or the main thread) and answers each with its output line. */
export interface DocumentRunner {
  /** Resolves with the document's output line; rejects only when the runner itself cannot go on. */
  run(task: LineTask): Promise<LineResult>;
  close(): Promise<void>;
}

/** What a document worker posts back to the pool. */
export type WorkerMessage = { type: 'ready' } | { type: 'result'; seq: number; output: string; isError: boolean };

export interface WorkerPoolOptions {
  size: number;
  /** Starts one worker speaking the WorkerMessage protocol (it posts `ready` once loaded). */
  spawn: () => Worker;
  /** Longest time one document may take before its worker is terminated; default none. */
  timeoutMs?: number;
  /** Documents handed to one worker before its first answer; default 8 (thread wake-ups cost more than a small document). */
  depth?: number;
  /** Told about each worker restart, for a note on stderr. */
  onRestart?: (reason: string) => void;
}

interface Job {
  task: LineTask;
  resolve: (result: LineResult) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  isReady: boolean;
  /** Set once the worker is being replaced or closed: its later events are ignored. */
  isRetired: boolean;
  outstanding: Job[];
  headStartedAt: number;
  lastError: Error | undefined;
}

/** Workers that die before loading, in a row, before the pool gives up (a broken install, not a bad document). */
const MAX_START_FAILURES = 3;

export function createWorkerPool(options: WorkerPoolOptions): DocumentRunner {
  const depth = Math.max(1, options.depth ?? 8);
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let startFailures = 0;
  let fatal: VerbatimError | undefined;
  let isClosed = false;

  function start(): void {
    const worker = options.spawn();
    const slot: Slot = { worker, isReady: false, isRetired: false, outstanding: [], headStartedAt: 0, lastError: undefined };
    worker.on('message', (message: WorkerMessage) => onMessage(slot, message));
    worker.on('error', (error: Error) => {
      slot.lastError = error;
    });
    worker.on('exit', (code: number) => {
      if (slot.isRetired) return;
      const reason = slot.lastError === undefined ? `exit code ${code}` : `${slot.lastError.name}: ${slot.lastError.message}`;
      replace(slot, 'VBT_WORKER_CRASHED', `The worker processing this document died (${reason}); it was restarted`);
    });
    slots.push(slot);
  }

  function onMessage(slot: Slot, message: WorkerMessage): void {
    if (slot.isRetired) return;
    if (message.type === 'ready') {
      slot.isReady = true;
      startFailures = 0;
      dispatch();
      return;
    }
    const job = slot.outstanding.shift();
    if (job === undefined) return;
    slot.headStartedAt = performance.now();
    job.resolve({ output: message.output, isError: message.isError });
    dispatch();
  }

  function replace(slot: Slot, code: 'VBT_WORKER_CRASHED' | 'VBT_WORKER_TIMEOUT', message: string): void {
    slot.isRetired = true;
    slots.splice(slots.indexOf(slot), 1);
    const jobs = slot.outstanding;
    slot.outstanding = [];
    if (!slot.isReady) {
      // It died while loading: no document is to blame.
      startFailures++;
      queue.unshift(...jobs);
      if (startFailures >= MAX_START_FAILURES) {
        const reason = slot.lastError?.message ?? message;
        fail(new VerbatimError('VBT_WORKER_START_FAILED', `${MAX_START_FAILURES} worker threads in a row died while loading: ${reason}`));
        return;
      }
    } else {
      const lost = jobs.shift()!;
      queue.unshift(...jobs);
      const id = sniffId(lost.task.bytes.subarray(0, 512));
      lost.resolve({ output: errorLine(id, lost.task.lineNumber, { code, message }), isError: true });
    }
    options.onRestart?.(message);
    if (!isClosed) start();
    dispatch();
  }

  function fail(error: VerbatimError): void {
    fatal = error;
    for (const job of queue.splice(0)) job.reject(error);
    for (const slot of slots) for (const job of slot.outstanding.splice(0)) job.reject(error);
  }

  function dispatch(): void {
    // Level by level, so that every worker gets a document before any gets a second.
    for (let level = 1; level <= depth; level++) {
      for (const slot of slots) {
        if (queue.length === 0) return;
        if (!slot.isReady || slot.outstanding.length >= level) continue;
        const job = queue.shift()!;
        if (slot.outstanding.length === 0) slot.headStartedAt = performance.now();
        slot.outstanding.push(job);
        slot.worker.postMessage(job.task);
      }
    }
  }

  const timeoutMs = options.timeoutMs;
  const watchdog =
    timeoutMs === undefined || !Number.isFinite(timeoutMs)
      ? undefined
      : setInterval(
          () => {
            const now = performance.now();
            for (const slot of [...slots]) {
              if (slot.isReady && slot.outstanding.length > 0 && now - slot.headStartedAt > timeoutMs) {
                void slot.worker.terminate();
                replace(slot, 'VBT_WORKER_TIMEOUT', `The document took longer than ${timeoutMs / 1000} s; its worker was restarted`);
              }
            }
          },
          Math.min(1000, Math.max(10, timeoutMs / 4)),
        );
  watchdog?.unref();

  for (let index = 0; index < Math.max(1, options.size); index++) start();

  return {
    run(task) {
      if (fatal !== undefined) return Promise.reject(fatal);
      return new Promise<LineResult>((resolve, reject) => {
        queue.push({ task, resolve, reject });
        dispatch();
      });
    },
    async close() {
      isClosed = true;
      if (watchdog !== undefined) clearInterval(watchdog);
      const closing = slots.splice(0);
      for (const slot of closing) slot.isRetired = true;
      await Promise.all(closing.map((slot) => slot.worker.terminate()));
    },
  };
}
