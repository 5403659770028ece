/** Worker thread entry: loads the library once, then answers each document task in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { processLine, type LineTask, type ProcessOptions } from './process-line.js';
import type { WorkerMessage } from './worker-pool.js';

const port = parentPort;
if (port === null) throw new Error('worker.ts must run in a worker thread');
const options = workerData as ProcessOptions;

port.on('message', (task: LineTask) => {
  const result = processLine(task.bytes, task.lineNumber, options);
  port.postMessage({ type: 'result', seq: task.seq, output: result.output, isError: result.isError } satisfies WorkerMessage);
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
