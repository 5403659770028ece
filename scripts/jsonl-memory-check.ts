/**
 * Streams N MB of generated JSON Lines through `verbatim extract --jsonl` over a pipe (nothing is
 * written to disk) and samples the child's resident memory (VmRSS, which includes its worker threads)
 * every 200 ms, to show that memory stays flat however long the input.
 *
 *   tsx scripts/jsonl-memory-check.ts 1024 [--workers 2]
 *
 * Linux only (/proc). `npm run bench` calls runJsonlMemoryCheck().
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface MemorySample {
  /** Input bytes written to the child's stdin when the sample was taken. */
  inputBytes: number;
  rssBytes: number;
}

export interface MemoryCheckOptions {
  /** Input size in MiB. */
  megabytes: number;
  /** `--workers` for the child; default 2. */
  workers?: number;
  sampleMs?: number;
  /** Path of bin/verbatim.js; default this checkout's. */
  bin?: string;
}

export interface MemoryCheckResult {
  inputBytes: number;
  documents: number;
  outputLines: number;
  errorLines: number;
  exitCode: number | null;
  seconds: number;
  peakRssBytes: number;
  /** RSS when 10%, 50% and 90% of the input had been written. */
  rssAtFraction: { p10: number; p50: number; p90: number };
  samples: MemorySample[];
}

const FIRST_NAMES = ['Ana', 'Tomas', 'Ilse', 'Oren', 'Greta', 'Dario', 'Nadia', 'Hal', 'Priya', 'Walter', 'Marisol', 'Kenji'];
const LAST_NAMES = ['Ruiz', 'Lind', 'Brandt', 'Falk', 'Holm', 'Benn', 'Brooks', 'Westergaard', 'Natarajan', 'Prue', 'Okafor', 'Sato'];
const TOPICS = ['the ferry timetable', 'the new library', 'the harbor dredging', 'the school budget', 'the bus depot', 'the flood wall'];

/** One invented article of a few kilobytes, varied by `seed`. */
function makeArticle(seed: number): { text: string; isHtml: boolean } {
  const pick = <T>(list: readonly T[], offset: number): T => list[(seed * 7 + offset * 13) % list.length]!;
  const speaker = `${pick(FIRST_NAMES, 1)} ${pick(LAST_NAMES, 2)}`;
  const other = `${pick(FIRST_NAMES, 3)} ${pick(LAST_NAMES, 4)}`;
  const topic = pick(TOPICS, 5);
  const paragraphs: string[] = [
    `Residents packed the hall on Thursday to hear plans for ${topic}, which officials said would cost more than expected.`,
    `“We have waited long enough,” said ${speaker}, who chairs the neighborhood committee. “Nobody here wants another study.”`,
    `${other}, a city planner, said the schedule was “ambitious but possible” and that work could begin in the autumn.`,
  ];
  const extra = 4 + (seed % 12);
  for (let index = 0; index < extra; index++) {
    paragraphs.push(
      index % 3 === 0
        ? `“The numbers in paragraph ${index} are not final,” ${pick(LAST_NAMES, index)} said. “They will change when the contractors bid.”`
        : `The committee met ${index + 2} times this year to discuss ${topic}, according to minutes published on the city website, and several members raised concerns about noise, traffic and the cost of temporary housing for affected families.`,
    );
  }
  const isHtml = seed % 10 === 0;
  const text = isHtml
    ? `<html><body><nav>Home | News</nav><article>${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('')}</article></body></html>`
    : paragraphs.join('\n\n');
  return { text, isHtml };
}

/** The record after its id: `,"text":"..."}` or `,"html":"..."}`. */
function recordTail(seed: number): string {
  const article = makeArticle(seed);
  return `,${JSON.stringify(article.isHtml ? 'html' : 'text')}:${JSON.stringify(article.text)},"outlet":"Memory Check Times"}\n`;
}

function readRssBytes(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const line = status.split('\n').find((entry) => entry.startsWith('VmRSS:'));
    return line === undefined ? undefined : Number.parseInt(line.slice(6).trim(), 10) * 1024;
  } catch {
    return undefined;
  }
}

function rssAt(samples: MemorySample[], inputBytes: number): number {
  const sample = samples.find((entry) => entry.inputBytes >= inputBytes) ?? samples[samples.length - 1];
  return sample?.rssBytes ?? 0;
}

const ERROR_MARK = Buffer.from('"error":{"code":');

export async function runJsonlMemoryCheck(options: MemoryCheckOptions): Promise<MemoryCheckResult> {
  const bin = options.bin ?? fileURLToPath(new URL('../bin/verbatim.js', import.meta.url));
  const totalBytes = Math.round(options.megabytes * 1024 * 1024);
  const child = spawn(process.execPath, [bin, 'extract', '--jsonl', '--workers', String(options.workers ?? 2)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const startedAt = performance.now();
  const samples: MemorySample[] = [];
  let written = 0;
  let documents = 0;
  let outputLines = 0;
  let errorLines = 0;

  child.stdout.on('data', (chunk: Buffer) => {
    for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) outputLines++;
    for (let index = chunk.indexOf(ERROR_MARK); index !== -1; index = chunk.indexOf(ERROR_MARK, index + 1)) errorLines++;
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const sampler = setInterval(() => {
    const rssBytes = child.pid === undefined ? undefined : readRssBytes(child.pid);
    if (rssBytes !== undefined) samples.push({ inputBytes: written, rssBytes });
  }, options.sampleMs ?? 200);

  // Pre-built record bodies, reused with fresh ids, so the generator does not compete for the CPU.
  const tails = Array.from({ length: 200 }, (_, seed) => recordTail(seed));
  const stdinClosed = new Promise<void>((resolve) => child.stdin.on('close', resolve));
  child.stdin.on('error', () => {});
  while (written < totalBytes && child.exitCode === null) {
    const line = `{"id":"doc-${documents}"${tails[documents % tails.length]!}`;
    documents++;
    written += Buffer.byteLength(line);
    if (!child.stdin.write(line)) await new Promise<void>((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
  await stdinClosed;
  const exitCode = await exited;
  clearInterval(sampler);
  const peakRssBytes = samples.reduce((peak, sample) => Math.max(peak, sample.rssBytes), 0);
  return {
    inputBytes: written,
    documents,
    outputLines,
    errorLines,
    exitCode,
    seconds: (performance.now() - startedAt) / 1000,
    peakRssBytes,
    rssAtFraction: { p10: rssAt(samples, written * 0.1), p50: rssAt(samples, written * 0.5), p90: rssAt(samples, written * 0.9) },
    samples,
  };
}

export function formatMemoryCheck(result: MemoryCheckResult): string {
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return [
    `input    ${megabytes(result.inputBytes)}, ${result.documents} documents, ${result.seconds.toFixed(1)} s (${(result.inputBytes / 1024 / 1024 / result.seconds).toFixed(1)} MB/s)`,
    `output   ${result.outputLines} lines, ${result.errorLines} error lines, exit status ${result.exitCode}`,
    `rss peak ${megabytes(result.peakRssBytes)} (${result.samples.length} samples)`,
    `rss at   10%: ${megabytes(result.rssAtFraction.p10)}   50%: ${megabytes(result.rssAtFraction.p50)}   90%: ${megabytes(result.rssAtFraction.p90)}`,
  ].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argumentsGiven = process.argv.slice(2);
  const megabytes = Number(argumentsGiven[0] ?? '200');
  const workersIndex = argumentsGiven.indexOf('--workers');
  const workers = workersIndex === -1 ? 2 : Number(argumentsGiven[workersIndex + 1]);
  if (!Number.isFinite(megabytes) || megabytes <= 0 || !Number.isInteger(workers) || workers < 0) {
    process.stderr.write('usage: tsx scripts/jsonl-memory-check.ts <megabytes> [--workers N]\n');
    process.exit(2);
  }
  const result = await runJsonlMemoryCheck({ megabytes, workers });
  process.stdout.write(`${formatMemoryCheck(result)}\n`);
  if (result.exitCode !== 0 || result.outputLines !== result.documents) process.exitCode = 1;
}
