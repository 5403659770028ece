/**
 * Starts a document worker. From dist/ the worker is plain JavaScript; from a source checkout it is
 * TypeScript, and Node 20 does not pass the main thread's tsx loader on to workers, so a small
 * bootstrap registers tsx inside the worker before importing it.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ProcessOptions } from './process-line.js';

const ownExtension = extname(fileURLToPath(import.meta.url));
const workerUrl = new URL(`./worker${ownExtension}`, import.meta.url);

export function spawnDocumentWorker(options: ProcessOptions): Worker {
  // The worker's own stdout would interleave with the JSON Lines output: send it to stderr instead.
  // A larger young generation: extraction allocates many short-lived spans, and fewer scavenges
  // measured 10-15% more throughput (BENCHMARKS.md).
  const common = { workerData: options, stdout: true, resourceLimits: { maxYoungGenerationSizeMb: 96 } } as const;
  let worker: Worker;
  if (ownExtension === '.ts') {
    const tsx = import.meta.resolve('tsx/esm/api');
    const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
    worker = new Worker(bootstrap, { ...common, eval: true });
  } else {
    worker = new Worker(workerUrl, common);
  }
  worker.stdout.pipe(process.stderr, { end: false });
  return worker;
}
