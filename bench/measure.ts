/** Timing helpers: warm up, run several passes, keep the median. */

export interface PassTimes {
  /** Wall milliseconds per timed pass, in run order. */
  passes: number[];
  medianMs: number;
  /** CPU milliseconds (user + system, all threads of the process) per timed pass. */
  cpuPasses: number[];
  medianCpuMs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * How long to warm up before timing: V8 optimizes a function once it has run enough, and a function
 * called once per article (a stage's entry, a sieve) gets there only after a few thousand articles,
 * some after a deoptimization and a second compile. Measured on PolNeAR (924 articles a pass), the
 * passes run 3.9, 8.2, 8.6, then 9.2-9.8 MB/s: one warm-up pass would time the engine half-compiled.
 */
export interface Warmup {
  /** Passes run before timing, at least ... */
  minimumPasses: number;
  /** ... and more until this much time has gone into warming up ... */
  minimumMs: number;
  /** ... but never more passes than this. */
  maximumPasses: number;
}

export const ONE_PASS_WARMUP: Warmup = { minimumPasses: 1, minimumMs: 0, maximumPasses: 1 };

/**
 * Runs `pass` to warm up (JIT, caches, lazy tables; see Warmup), then `runs` timed times.
 * `pass` returns a number the caller folds into a checksum, so the work cannot be optimized away.
 */
export function timePasses(
  pass: () => number,
  runs: number,
  onPass?: (index: number, ms: number) => void,
  warmup: Warmup = ONE_PASS_WARMUP,
): PassTimes & { checksum: number; warmupPasses: number } {
  let checksum = 0;
  let warmupPasses = 0;
  const warmupBegan = performance.now();
  while (
    warmupPasses < warmup.maximumPasses &&
    (warmupPasses < warmup.minimumPasses || performance.now() - warmupBegan < warmup.minimumMs)
  ) {
    checksum += pass();
    warmupPasses++;
  }
  const passes: number[] = [];
  const cpuPasses: number[] = [];
  for (let index = 0; index < runs; index++) {
    const cpuBefore = process.cpuUsage();
    const began = performance.now();
    checksum += pass();
    const elapsed = performance.now() - began;
    const cpu = process.cpuUsage(cpuBefore);
    passes.push(elapsed);
    cpuPasses.push((cpu.user + cpu.system) / 1000);
    onPass?.(index, elapsed);
  }
  return { passes, medianMs: median(passes), cpuPasses, medianCpuMs: median(cpuPasses), checksum, warmupPasses };
}

/** Megabytes (10^6 bytes) per second. */
export function megabytesPerSecond(bytes: number, milliseconds: number): number {
  return bytes / 1e6 / (milliseconds / 1000);
}

/**
 * Best (lowest) time of repeated calls: at least `minimumRepeats` calls and `minimumMs` in total, at most
 * `maximumRepeats` calls; a slow call stops the repeats once `budgetMs` is spent.
 */
export function bestTime(
  run: () => unknown,
  minimumMs: number,
  minimumRepeats = 1,
  maximumRepeats = 50,
  budgetMs = Number.POSITIVE_INFINITY,
  beforeEach?: () => void,
): number {
  let best = Number.POSITIVE_INFINITY;
  let total = 0;
  for (
    let repeat = 0;
    repeat < maximumRepeats && (repeat < minimumRepeats || total < minimumMs) && (repeat === 0 || total < budgetMs);
    repeat++
  ) {
    beforeEach?.();
    const began = performance.now();
    run();
    const elapsed = performance.now() - began;
    total += elapsed;
    if (elapsed < best) best = elapsed;
  }
  return best;
}

const EVICTION_BYTES = 8 * 1024 * 1024;
let evictionBuffer: Uint8Array | undefined;

/**
 * Writes one byte per cache line of an 8 MB buffer, pushing the input out of L1/L2. Pumps compare 10^5
 * with 10^6 characters: without this the short input stays in L2 and the long one does not, and a
 * linear scan shows a ratio of 15-20 instead of 10.
 */
export function evictCaches(): void {
  evictionBuffer ??= new Uint8Array(EVICTION_BYTES);
  for (let index = 0; index < EVICTION_BYTES; index += 64) evictionBuffer[index] = (evictionBuffer[index]! + 1) & 0xff;
}
