/** Ingest worker thread: analyses each record it is sent for the corpus (the worker pool's protocol, see cli/jsonl/worker-pool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseRecordBytes } from './record.js';

const port = parentPort;
if (port === null) throw new Error('ingest/worker.ts must run in a worker thread');
const { maxLength } = workerData as { maxLength: number };

port.on('message', (task: { seq: number; bytes: Uint8Array }) => {
  const answer = analyseRecordBytes(task.bytes, maxLength);
  port.postMessage({ type: 'result', seq: task.seq, output: answer.output, isError: answer.isError });
});
port.postMessage({ type: 'ready' });
