/**
 * Runs pump measurements in a worker thread with a watchdog: a measurement that outlives its timeout
 * terminates the worker (the only way to stop a backtracking regex) and is reported as a timeout;
 * the next measurement gets a fresh worker.
 */
import { Worker } from 'node:worker_threads';
import type { PumpRequest, PumpResponse } from './pump-worker.js';

export type PumpOutcome =
  | { status: 'ok'; wallMs: number[]; cpuMs: number[]; lengths: number[]; detail: string }
  | { status: 'timeout'; afterMs: number }
  | { status: 'error'; error: string };

type RequestBody = PumpRequest extends infer Request ? (Request extends PumpRequest ? Omit<Request, 'id'> : never) : never;

export interface PumpRunner {
  measure(request: RequestBody, timeoutMs: number): Promise<PumpOutcome>;
  close(): Promise<void>;
}

export function createPumpRunner(): PumpRunner {
  // Workers do not inherit tsx's loader, so the bootstrap registers it before importing the TypeScript worker.
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const workerUrl = new URL('./pump-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(workerUrl)}); });`;
  let worker: Worker | undefined;
  let nextId = 0;

  const spawn = (): Worker => {
    const created = new Worker(bootstrap, { eval: true });
    created.unref();
    return created;
  };

  return {
    measure(request, timeoutMs) {
      worker ??= spawn();
      const current = worker;
      const id = nextId++;
      return new Promise<PumpOutcome>((resolve) => {
        const finish = (outcome: PumpOutcome): void => {
          clearTimeout(timer);
          current.off('message', onMessage);
          current.off('error', onError);
          resolve(outcome);
        };
        const onMessage = (response: PumpResponse): void => {
          if (response.id !== id) return;
          finish(
            response.ok
              ? { status: 'ok', wallMs: response.wallMs, cpuMs: response.cpuMs, lengths: response.lengths, detail: response.detail }
              : { status: 'error', error: response.error },
          );
        };
        const onError = (error: Error): void => {
          worker = undefined;
          finish({ status: 'error', error: `worker crashed: ${error.message}` });
        };
        const timer = setTimeout(() => {
          worker = undefined;
          void current.terminate();
          finish({ status: 'timeout', afterMs: timeoutMs });
        }, timeoutMs);
        current.on('message', onMessage);
        current.on('error', onError);
        current.postMessage({ ...request, id });
      });
    },
    async close() {
      const current = worker;
      worker = undefined;
      if (current !== undefined) await current.terminate();
    },
  };
}
