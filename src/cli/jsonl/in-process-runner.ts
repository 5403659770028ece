/** Runs documents on the main thread (`--workers 0`): no isolation and no time limit, but no thread start-up either. */
import { processLine, type ProcessOptions } from './process-line.js';
import type { DocumentRunner } from './worker-pool.js';

export function createInProcessRunner(options: ProcessOptions): DocumentRunner {
  return {
    run: (task) =>
      new Promise((resolve) => {
        // One document per turn of the event loop, so reading and writing keep flowing.
        setImmediate(() => resolve(processLine(task.bytes, task.lineNumber, options)));
      }),
    close: async () => {},
  };
}
