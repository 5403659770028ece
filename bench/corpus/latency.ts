/** Latency figures for the corpus bench: times a list of async calls one after another, reports percentiles. */

export interface LatencyFigures {
  count: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

/** The value below which `share` of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

export function summarize(samples: readonly number[]): LatencyFigures {
  const sorted = [...samples].sort((first, second) => first - second);
  return {
    count: sorted.length,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    mean: sorted.reduce((total, value) => total + value, 0) / Math.max(1, sorted.length),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Runs each call once to warm caches, then times each in turn (milliseconds). */
export async function timeCalls(
  calls: ReadonlyArray<() => Promise<unknown>>,
  warmup = Math.min(20, calls.length),
): Promise<LatencyFigures> {
  for (const call of calls.slice(0, warmup)) await call();
  const samples: number[] = [];
  for (const call of calls) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}
