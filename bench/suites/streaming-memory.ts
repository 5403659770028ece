/**
 * Streaming memory: N MB of generated JSONL through `verbatim extract --jsonl --workers 2`, peak RSS and
 * RSS along the input. The measuring helper is scripts/jsonl-memory-check.ts (owned by the CLI work);
 * this suite only calls it, behind `--stream-mb N`, and says so plainly when it is missing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPOSITORY_ROOT } from '../corpus/polnear.js';
import { formatNumber, skippedReport, type BenchOptions, type BenchReport, type BenchSuite } from '../report.js';

const HELPER = 'scripts/jsonl-memory-check.ts';
/** Export names the helper may use, in order of preference; otherwise its default or only function export. */
const EXPORT_NAMES = ['runJsonlMemoryCheck', 'checkJsonlMemory', 'jsonlMemoryCheck', 'measureJsonlMemory', 'runMemoryCheck', 'memoryCheck'];

type MemoryCheck = (options: Record<string, unknown>) => unknown;

function pickFunction(module: Record<string, unknown>): { name: string; run: MemoryCheck } | undefined {
  for (const name of [...EXPORT_NAMES, 'default']) {
    const candidate = module[name];
    if (typeof candidate === 'function') return { name, run: candidate as MemoryCheck };
  }
  const functions = Object.entries(module).filter(([, value]) => typeof value === 'function');
  return functions.length === 1 ? { name: functions[0]![0], run: functions[0]![1] as MemoryCheck } : undefined;
}

/** Flattens the helper's result into readable lines: numbers that look like bytes are shown in MB. */
function describeResult(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [`${prefix || 'result'}: ${String(value)}`];
  if (Array.isArray(value)) {
    if (value.length > 12) return [`${prefix}: ${value.length} entries (see --json)`];
    return value.flatMap((item, index) => describeResult(item, `${prefix}[${index}]`));
  }
  return Object.entries(value).flatMap(([key, item]) => {
    const label = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof item === 'number' && /rss|heap|bytes|memory/i.test(label) && item > 1e5) return [`${label}: ${formatNumber(item / 1e6)} MB`];
    return typeof item === 'object' && item !== null ? describeResult(item, label) : [`${label}: ${String(item)}`];
  });
}

export const streamingMemorySuite: BenchSuite = {
  name: 'stream-memory',
  description: `peak RSS of \`verbatim extract --jsonl --workers 2\` over N MB of JSONL (only with --stream-mb N; uses ${HELPER})`,
  async run(options: BenchOptions): Promise<BenchReport> {
    if (options.streamMegabytes === undefined)
      return skippedReport('stream-memory', 'pass --stream-mb N to stream N MB of JSONL through the CLI');
    const path = join(REPOSITORY_ROOT, HELPER);
    if (!existsSync(path))
      return skippedReport(
        'stream-memory',
        `${HELPER} does not exist yet (the streaming-memory helper is written separately); nothing measured`,
      );
    const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    const picked = pickFunction(module);
    if (picked === undefined) {
      return skippedReport(
        'stream-memory',
        `${HELPER} exports no recognisable function (tried ${EXPORT_NAMES.join(', ')}, default); exports: ${Object.keys(module).join(', ')}`,
      );
    }
    options.log(`stream-memory: ${picked.name}(${options.streamMegabytes} MB, 2 workers)`);
    const began = performance.now();
    const result = await picked.run({ megabytes: options.streamMegabytes, workers: 2, log: options.log });
    const seconds = (performance.now() - began) / 1000;
    const lines = [
      `${HELPER} ${picked.name}: ${options.streamMegabytes} MiB of JSONL through extract --jsonl --workers 2 in ${seconds.toFixed(1)} s`,
      ...describeResult(result).filter((line) => !line.startsWith('seconds:')),
    ];
    const inputBytes = (result as { inputBytes?: unknown } | null)?.inputBytes;
    if (typeof inputBytes === 'number')
      lines.push(`throughput through the CLI (2 workers, end to end): ${formatNumber(inputBytes / 1e6 / seconds)} MB/s`);
    return {
      name: 'stream-memory',
      lines,
      summary: { helper: picked.name, megabytes: options.streamMegabytes, seconds, result },
      bars: [],
    };
  },
};
