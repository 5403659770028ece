import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Writable } from 'node:stream';
import type { LineTask } from './process-line.js';
import { runJsonl } from './run-jsonl.js';
import type { DocumentRunner } from './worker-pool.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A runner that answers after a pseudo-random delay, so answers come back out of order. */
function shuffledRunner(onRun: (task: LineTask) => void = () => {}): DocumentRunner {
  let state = 7;
  return {
    run(task) {
      onRun(task);
      state = (state * 1103515245 + 12345) % 2147483648;
      const text = decoder.decode(task.bytes);
      return new Promise((resolve) => setTimeout(() => resolve({ output: `out ${text}`, isError: text.includes('bad') }), state % 4));
    },
    close: async () => {},
  };
}

/** A sink that accepts little at a time and answers late, so the writer meets `write() === false`. */
function slowSink(): { sink: Writable; lines: () => string[] } {
  const chunks: string[] = [];
  let calls = 0;
  const sink = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      if (++calls % 3 === 0) setTimeout(callback, 1);
      else callback();
    },
  });
  return { sink, lines: () => chunks.join('').split('\n').slice(0, -1) };
}

async function* lines(count: number, onPull: (index: number) => void = () => {}): AsyncGenerator<Uint8Array> {
  for (let index = 0; index < count; index++) {
    onPull(index);
    yield encoder.encode(`doc${index}\n`);
  }
}

describe('runJsonl', () => {
  it('writes one line per input line in input order although answers come back shuffled', async () => {
    const { sink, lines: written } = slowSink();
    const stats = await runJsonl({
      input: lines(300),
      output: sink,
      runner: shuffledRunner(),
      maxBytes: 1000,
      maxInFlight: 8,
      maxInFlightBytes: 1 << 20,
    });
    assert.deepEqual(
      written(),
      Array.from({ length: 300 }, (_, index) => `out doc${index}`),
    );
    assert.equal(stats.documents, 300);
    assert.equal(stats.errors, 0);
  });

  it('stops reading while the in-flight budget is spent (input backpressure)', async () => {
    const { sink, lines: written } = slowSink();
    let maxAhead = 0;
    let running = 0;
    let maxRunning = 0;
    const runner = shuffledRunner(() => {
      running++;
      maxRunning = Math.max(maxRunning, running);
    });
    const counted: DocumentRunner = {
      run: (task) =>
        runner.run(task).then((result) => {
          running--;
          return result;
        }),
      close: runner.close,
    };
    await runJsonl({
      input: lines(200, (index) => {
        maxAhead = Math.max(maxAhead, index - written().length);
      }),
      output: sink,
      runner: counted,
      maxBytes: 1000,
      maxInFlight: 5,
      maxInFlightBytes: 1 << 20,
    });
    assert.ok(maxRunning <= 5, `at most 5 documents at once, saw ${maxRunning}`);
    // Pulled but not yet written: the budget, plus one line waiting for room.
    assert.ok(maxAhead <= 6, `read at most 6 lines ahead of the output, saw ${maxAhead}`);
    assert.equal(written().length, 200);
  });

  it('puts error lines for oversized lines in their place and counts errors', async () => {
    const { sink, lines: written } = slowSink();
    const input = (async function* () {
      yield encoder.encode('a\n{"id":"big","text":"' + 'x'.repeat(50));
      yield encoder.encode('"}\nbad one\n\nlast');
    })();
    const stats = await runJsonl({
      input,
      output: sink,
      runner: shuffledRunner(),
      maxBytes: 20,
      maxInFlight: 4,
      maxInFlightBytes: 1 << 20,
    });
    const output = written();
    assert.equal(output.length, 4);
    assert.equal(output[0], 'out a');
    assert.deepEqual(JSON.parse(output[1]!), {
      id: 'big',
      line: 2,
      error: {
        code: 'VBT_INPUT_TOO_LARGE',
        message: 'The line is 72 bytes, longer than the limit of 20 (--max-bytes); it was skipped unread',
      },
    });
    assert.equal(output[2], 'out bad one');
    assert.equal(output[3], 'out last');
    assert.equal(stats.errors, 2);
    assert.equal(stats.documents, 4);
  });

  it('fails the run when the runner cannot go on', async () => {
    const broken: DocumentRunner = { run: () => Promise.reject(new Error('no workers')), close: async () => {} };
    const { sink } = slowSink();
    await assert.rejects(
      runJsonl({ input: lines(50), output: sink, runner: broken, maxBytes: 100, maxInFlight: 4, maxInFlightBytes: 1 << 20 }),
      /no workers/,
    );
  });
});
