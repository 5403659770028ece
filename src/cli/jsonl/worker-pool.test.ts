import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import type { LineResult } from './process-line.js';
import { createWorkerPool, type DocumentRunner } from './worker-pool.js';

// A stand-in for the document worker, speaking the same protocol, that misbehaves on request.
const FAKE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const starts = workerData === undefined ? undefined : new Int32Array(workerData);
parentPort.on('message', (task) => {
  if (starts !== undefined) Atomics.add(starts, task.seq, 1);
  const text = new TextDecoder().decode(task.bytes);
  if (text.includes('"exit"')) process.exit(3);
  if (text.includes('"throw"')) throw new Error('boom');
  if (text.includes('"hang"')) for (;;) {}
  parentPort.postMessage({ type: 'result', seq: task.seq, output: 'ok ' + text, isError: false });
});
parentPort.postMessage({ type: 'ready' });
`;

const encoder = new TextEncoder();
const pools: DocumentRunner[] = [];

function pool(source: string, options: { size?: number; timeoutMs?: number; starts?: SharedArrayBuffer } = {}): DocumentRunner {
  const spawn = () => new Worker(source, { eval: true, workerData: options.starts });
  const runner = createWorkerPool({ size: options.size ?? 2, spawn, timeoutMs: options.timeoutMs });
  pools.push(runner);
  return runner;
}

function record(id: string, action = 'echo'): Uint8Array {
  return encoder.encode(JSON.stringify({ id, do: action }));
}

after(async () => {
  await Promise.all(pools.map((runner) => runner.close()));
});

describe('createWorkerPool', () => {
  it('answers every document once, failing only the ones whose worker died', async () => {
    // How many times a worker started each document, counted inside the workers.
    const starts = new SharedArrayBuffer(4 * 20);
    const runner = pool(FAKE_WORKER, { starts });
    const actions = new Map([
      [3, 'exit'],
      [4, 'throw'],
      [11, 'exit'],
    ]);
    const results: LineResult[] = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        runner.run({ seq: index, lineNumber: index + 1, bytes: record(`d${index}`, actions.get(index) ?? 'echo') }),
      ),
    );
    results.forEach((result, index) => {
      if (actions.has(index)) {
        assert.equal(result.isError, true, `document ${index}`);
        const line = JSON.parse(result.output) as { id: string; line: number; error: { code: string; message: string } };
        assert.equal(line.id, `d${index}`);
        assert.equal(line.line, index + 1);
        assert.equal(line.error.code, 'VBT_WORKER_CRASHED');
        if (actions.get(index) === 'throw') assert.match(line.error.message, /boom/);
      } else {
        assert.deepEqual(result, { output: `ok {"id":"d${index}","do":"echo"}`, isError: false }, `document ${index}`);
      }
    });
    assert.deepEqual([...new Int32Array(starts)], new Array(20).fill(1), 'each document started exactly once');
  });

  it('stops a document that runs past the time limit and goes on with the next', async () => {
    const runner = pool(FAKE_WORKER, { size: 1, timeoutMs: 100 });
    const [slow, next] = await Promise.all([
      runner.run({ seq: 0, lineNumber: 1, bytes: record('slow', 'hang') }),
      runner.run({ seq: 1, lineNumber: 2, bytes: record('next') }),
    ]);
    assert.equal(slow.isError, true);
    assert.equal((JSON.parse(slow.output) as { error: { code: string } }).error.code, 'VBT_WORKER_TIMEOUT');
    assert.deepEqual(next, { output: 'ok {"id":"next","do":"echo"}', isError: false });
  });

  it('gives up with VBT_WORKER_START_FAILED when workers die while loading', async () => {
    const runner = pool(`throw new Error('cannot load the library');`, { size: 1 });
    await assert.rejects(runner.run({ seq: 0, lineNumber: 1, bytes: record('a') }), (error: { code?: string; message: string }) => {
      assert.equal(error.code, 'VBT_WORKER_START_FAILED');
      assert.match(error.message, /cannot load the library/);
      return true;
    });
  });
});
