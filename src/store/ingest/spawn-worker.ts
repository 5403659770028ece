/**
 * Starts an ingest worker. From dist/ it is plain JavaScript; from a source checkout it is TypeScript,
 * and Node 20 does not pass the tsx loader on to workers, so a small bootstrap registers tsx first
 * (as cli/jsonl/spawn-worker.ts does for extract's workers).
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const ownExtension = extname(fileURLToPath(import.meta.url));
const workerUrl = new URL(`./worker${ownExtension}`, import.meta.url);

export function spawnIngestWorker(options: { maxLength: number }): Worker {
  const common = { workerData: options, stdout: true } as const;
  let worker: Worker;
  if (ownExtension === '.ts') {
    const tsx = import.meta.resolve('tsx/esm/api');
    const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
    worker = new Worker(bootstrap, { ...common, eval: true });
  } else {
    worker = new Worker(workerUrl, common);
  }
  // The worker's stdout would mix with the command's output.
  worker.stdout.pipe(process.stderr, { end: false });
  return worker;
}
