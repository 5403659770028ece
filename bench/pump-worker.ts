/**
 * Worker thread for the pump suites: builds hostile inputs, times a regex scan or `extract` on them,
 * and posts the best times back. Running in a worker lets the main thread stop a measurement that hangs
 * (a quadratic pattern at 10^6 characters) by terminating the worker; see pump-runner.ts.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { extract } from '../src/index.js';
import { HOSTILE_ARTICLES, pumpToLength, randomUnicode, type PumpSpec } from './corpus/hostile.js';
import { evictCaches } from './measure.js';

export type RegexInput = PumpSpec | { name: string; random: number };

/** How hard to try: `screen` is a few rounds; `confirm` re-measures a suspicious ratio with many more. */
export type EffortName = 'screen' | 'confirm';

interface Effort {
  minimumRounds: number;
  /** Stop after this many rounds in a row improve no best time by 3%. */
  quietRounds: number;
  minimumMs: number;
  budgetMs: number;
  /** Collect garbage before each block (see collectGarbage): for `extract`, which allocates; a regex scan does not. */
  collectFirst: boolean;
}

const EFFORTS: Record<'regex' | 'extract', Record<EffortName, Effort>> = {
  regex: {
    screen: { minimumRounds: 3, quietRounds: 2, minimumMs: 20, budgetMs: 1500, collectFirst: false },
    confirm: { minimumRounds: 7, quietRounds: 5, minimumMs: 200, budgetMs: 8000, collectFirst: false },
  },
  extract: {
    screen: { minimumRounds: 3, quietRounds: 2, minimumMs: 200, budgetMs: 15_000, collectFirst: true },
    confirm: { minimumRounds: 6, quietRounds: 4, minimumMs: 1000, budgetMs: 40_000, collectFirst: true },
  },
};

export type PumpRequest =
  | { id: number; kind: 'regex'; source: string; flags: string; input: RegexInput; lengths: number[]; effort: EffortName }
  | { id: number; kind: 'extract'; hostile: string; seed: number; lengths: number[]; effort: EffortName };

/** Best time per requested length, in the same order. */
export type PumpResponse =
  ({ id: number; ok: true; lengths: number[]; detail: string } & BestTimes) | { id: number; ok: false; error: string };

/**
 * Scans the whole text as a global regex would; a sticky regex is used unanchored (every start position).
 * `test` rather than `exec`: no match array per match, so the garbage collector does not blur the timing.
 */
function scanAll(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  let count = 0;
  let previous = -1;
  while (regex.test(text)) {
    count++;
    // An empty match leaves lastIndex in place; step over it as String.prototype.matchAll does.
    if (regex.lastIndex === previous) regex.lastIndex++;
    previous = regex.lastIndex;
  }
  return count;
}

/**
 * A full collection before each timed block, so every block starts from the same empty young generation.
 * Without it the best time of the 10^5 block was often one that the collector happened not to visit,
 * while the 10^6 call always meets it: the ratio for `extract` swung between 11 and 19 from run to run.
 * (`--expose-gc` cannot be passed to a worker; the flag is set at run time and `gc` read from a new context.)
 */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

export interface BestTimes {
  /** Best wall time per text, ms. */
  wallMs: number[];
  /** Best CPU time (user + system) of the process per text, ms: not inflated when other processes take the core. */
  cpuMs: number[];
}

/**
 * Times `run` on each length in rounds (short, long, short, long ...) and keeps each length's best wall
 * and CPU time. A shorter input is timed as a block of distinct copies adding up to the longest one
 * (10 x 10^5 against 1 x 10^6), so both blocks last as long, touch as much memory and meet the same
 * interference from other processes; the time per copy is reported. Rounds go on while a best time
 * still improves (a loaded machine needs more tries to catch a quiet moment), within a budget.
 */
function interleavedBest(texts: readonly string[], run: (text: string) => number, options: Effort): BestTimes & { result: number } {
  const longest = Math.max(...texts.map((text) => text.length));
  // JSON round trip: a real copy (not a slice of the same buffer) in the same one- or two-byte representation.
  const blocks = texts.map((text) =>
    Array.from({ length: Math.max(1, Math.round(longest / Math.max(text.length, 1))) }, (_, index) =>
      index === 0 ? text : (JSON.parse(JSON.stringify(text)) as string),
    ),
  );
  const wallMs = texts.map(() => Number.POSITIVE_INFINITY);
  const cpuMs = texts.map(() => Number.POSITIVE_INFINITY);
  let result = 0;
  let total = 0;
  let quietRounds = 0;
  for (let round = 0; round < 200 && (round === 0 || total < options.budgetMs); round++) {
    let improved = false;
    blocks.forEach((block, index) => {
      if (options.collectFirst) collectGarbage();
      evictCaches();
      const cpuBefore = process.cpuUsage();
      const began = performance.now();
      for (const text of block) result = run(text);
      const elapsed = (performance.now() - began) / block.length;
      const cpu = process.cpuUsage(cpuBefore);
      const cpuElapsed = (cpu.user + cpu.system) / 1000 / block.length;
      total += elapsed * block.length;
      if (elapsed < wallMs[index]! * 0.97 || cpuElapsed < cpuMs[index]! * 0.97) improved = true;
      wallMs[index] = Math.min(wallMs[index]!, elapsed);
      cpuMs[index] = Math.min(cpuMs[index]!, cpuElapsed);
    });
    quietRounds = improved ? 0 : quietRounds + 1;
    if (round + 1 >= options.minimumRounds && total >= options.minimumMs && quietRounds >= options.quietRounds) break;
  }
  return { wallMs, cpuMs, result };
}

function measureRegex(request: Extract<PumpRequest, { kind: 'regex' }>): PumpResponse {
  const { input } = request;
  const texts = request.lengths.map((length) => ('random' in input ? randomUnicode(length, input.random) : pumpToLength(input, length)));
  const flags = [...new Set([...request.flags.replace('y', ''), 'g'])].join('');
  const regex = new RegExp(request.source, flags);
  const { result, ...times } = interleavedBest(texts, (text) => scanAll(regex, text), EFFORTS.regex[request.effort]);
  return { id: request.id, ok: true, ...times, lengths: texts.map((text) => text.length), detail: `${result} matches` };
}

function measureExtract(request: Extract<PumpRequest, { kind: 'extract' }>): PumpResponse {
  const hostile = HOSTILE_ARTICLES.find((candidate) => candidate.name === request.hostile);
  if (hostile === undefined) return { id: request.id, ok: false, error: `unknown hostile input "${request.hostile}"` };
  const texts = request.lengths.map((length) => hostile.build(length, request.seed));
  const { result, ...times } = interleavedBest(texts, (text) => extract(text).quotes.length, EFFORTS.extract[request.effort]);
  return { id: request.id, ok: true, ...times, lengths: texts.map((text) => text.length), detail: `${result} quotes` };
}

parentPort?.on('message', (request: PumpRequest) => {
  let response: PumpResponse;
  try {
    response = request.kind === 'regex' ? measureRegex(request) : measureExtract(request);
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (cause: ${error.cause.name}: ${error.cause.message})` : '';
    response = { id: request.id, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}${cause}` : String(error) };
  }
  parentPort?.postMessage(response);
});
