/**
 * Single-core throughput of `extract`, in process, warmed up, median of several passes, beside two
 * peers on the same texts: a bare regex scan for quote pairs (the floor) and a compromise-based
 * extractor (a typical NLP-library approach). compromise is ~100x slower, so it runs on a prefix of
 * each corpus and the ratio against it uses verbatim's speed on that same prefix.
 */
import { engine, engineSource } from '../engine.js';
import { loadCorpora, prefixOf, type Corpus } from '../corpus/corpora.js';
import { megabytesPerSecond, ONE_PASS_WARMUP, timePasses, type Warmup } from '../measure.js';
import { countQuotePairs } from '../peers/regex-scan.js';
import { checkBar, formatNumber, formatTable, type BarCheck, type BenchOptions, type BenchReport, type BenchSuite } from '../report.js';

export const THROUGHPUT_BAR_MB_PER_SECOND = 10;

/** Steady state, what a long stream sees (a 1 GB JSONL is some 200,000 articles): every extractor warms up alike. */
const STEADY_WARMUP: Warmup = { minimumPasses: 2, minimumMs: 3000, maximumPasses: 10 };

function describeWarmup(warmup: Warmup): string {
  if (warmup.maximumPasses === warmup.minimumPasses) return `${warmup.minimumPasses} warm-up pass${warmup.minimumPasses === 1 ? '' : 'es'}`;
  return `warm-up passes (at least ${warmup.minimumPasses} and ${warmup.minimumMs / 1000} s, at most ${warmup.maximumPasses})`;
}

interface Measurement {
  extractor: string;
  corpus: string;
  articles: number;
  megabytes: number;
  medianMs: number;
  megabytesPerSecond: number;
  articlesPerSecond: number;
  /** MB/s by CPU time of the process: what the figure would be on an otherwise idle core. */
  cpuMegabytesPerSecond: number;
  quotes: number;
  /** Untimed passes run first (see Warmup). */
  warmupPasses: number;
  passes: number[];
  cpuPasses: number[];
  failures: number;
  firstFailure?: string;
}

type Extractor = (text: string) => number;

/** Runs one extractor over every article; failures are counted, not thrown, so an engine bug shows as a figure. */
function measure(
  name: string,
  corpus: Corpus,
  extractor: Extractor,
  runs: number,
  warmup: Warmup,
  log: (line: string) => void,
): Measurement {
  let failures = 0;
  let firstFailure: string | undefined;
  let quotes = 0;
  const pass = (): number => {
    let found = 0;
    for (const article of corpus.articles) {
      try {
        found += extractor(article.text);
      } catch (error) {
        failures++;
        firstFailure ??= `${article.id}: ${describeError(error)}`;
      }
    }
    quotes = found;
    return found;
  };
  const times = timePasses(
    pass,
    runs,
    (index, ms) => log(`  ${name} on ${corpus.name}: pass ${index + 1}/${runs} ${ms.toFixed(0)} ms`),
    warmup,
  );
  const runsDone = runs + times.warmupPasses;
  const result: Measurement = {
    extractor: name,
    corpus: corpus.name,
    articles: corpus.articles.length,
    megabytes: corpus.bytes / 1e6,
    medianMs: times.medianMs,
    megabytesPerSecond: megabytesPerSecond(corpus.bytes, times.medianMs),
    articlesPerSecond: corpus.articles.length / (times.medianMs / 1000),
    cpuMegabytesPerSecond: megabytesPerSecond(corpus.bytes, times.medianCpuMs),
    quotes,
    warmupPasses: times.warmupPasses,
    passes: times.passes,
    cpuPasses: times.cpuPasses,
    failures: failures / runsDone,
  };
  if (firstFailure !== undefined) result.firstFailure = firstFailure;
  return result;
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` <- ${error.cause.name}: ${error.cause.message}` : '';
  return `${error.name}: ${error.message}${cause}`;
}

const verbatim: Extractor = (text) => engine.extract(text).quotes.length;
const regexScan: Extractor = countQuotePairs;
/**
 * The compromise peer is imported only after every verbatim and regex pass: its lexicon is tens of MB of
 * heap, and a process that holds it collects garbage more slowly, which cost verbatim about 6 % in paired
 * runs (a user's process running verbatim does not carry compromise's heap).
 */
async function loadCompromise(): Promise<Extractor> {
  const { extractWithCompromise } = await import('../peers/compromise-extractor.js');
  return (text) => extractWithCompromise(text).length;
}

export const throughputSuite: BenchSuite = {
  name: 'throughput',
  description: 'extract MB/s and articles/s (median of passes) beside a bare regex scan and a compromise-based peer',
  async run(options: BenchOptions): Promise<BenchReport> {
    const { corpora, notes } = loadCorpora(options);
    const compromiseBytes = options.quick ? 64 * 1024 : 384 * 1024;
    const measurements: Measurement[] = [];
    const ratios: Array<{ corpus: string; regex: number; compromise: number; compromiseMegabytes: number }> = [];
    const bars: BarCheck[] = [];
    const warmup = options.quick ? ONE_PASS_WARMUP : STEADY_WARMUP;
    // first every verbatim and regex pass, then the peer (see loadCompromise)
    const ours = corpora.map((corpus) => {
      options.log(`throughput: ${corpus.name} (${corpus.articles.length} articles, ${(corpus.bytes / 1e6).toFixed(2)} MB)`);
      const full = measure('verbatim', corpus, verbatim, options.runs, warmup, options.log);
      const scan = measure('regex scan', corpus, regexScan, options.runs, warmup, options.log);
      const prefix = prefixOf(corpus, compromiseBytes);
      const verbatimOnPrefix = measure('verbatim', prefix, verbatim, Math.max(options.runs, 5), warmup, options.log);
      return { corpus, full, scan, prefix, verbatimOnPrefix };
    });
    const compromise = await loadCompromise();
    for (const { corpus, full, scan, prefix, verbatimOnPrefix } of ours) {
      const compromiseRuns = options.quick ? 1 : 3;
      const peer = measure('compromise', prefix, compromise, compromiseRuns, warmup, options.log);
      measurements.push(full, scan, { ...verbatimOnPrefix, corpus: `${corpus.name} prefix` }, { ...peer, corpus: `${corpus.name} prefix` });
      ratios.push({
        corpus: corpus.name,
        regex: full.megabytesPerSecond / scan.megabytesPerSecond,
        compromise: verbatimOnPrefix.megabytesPerSecond / peer.megabytesPerSecond,
        compromiseMegabytes: prefix.bytes / 1e6,
      });
      bars.push(checkBar(`verbatim MB/s on ${corpus.name}`, full.megabytesPerSecond, '>=', THROUGHPUT_BAR_MB_PER_SECOND));
    }

    const lines = [
      `engine: ${engineSource}`,
      ...notes.map((note) => `note: ${note}`),
      `MB/s and articles/s: wall clock, median of the timed passes after ${describeWarmup(warmup)}; MB/s by CPU: process CPU time (all threads, GC included), for a loaded machine`,
      ...formatTable(
        ['extractor', 'corpus', 'articles', 'MB', 'warm-up passes', 'median ms', 'MB/s', 'articles/s', 'MB/s by CPU', 'quotes'],
        measurements.map((row) => [
          row.extractor,
          row.corpus,
          row.articles,
          row.megabytes,
          row.warmupPasses,
          row.medianMs,
          row.megabytesPerSecond,
          row.articlesPerSecond,
          row.cpuMegabytesPerSecond,
          row.quotes,
        ]),
      ),
      '',
      ...ratios.map(
        (ratio) =>
          `${ratio.corpus}: verbatim/regex = ${formatNumber(ratio.regex)}x, ` +
          `verbatim/compromise = ${formatNumber(ratio.compromise)}x (on the first ${ratio.compromiseMegabytes.toFixed(2)} MB)`,
      ),
    ];
    for (const row of measurements.filter((candidate) => candidate.failures > 0)) {
      lines.push(`ENGINE: ${row.extractor} threw on ${row.failures} of ${row.articles} ${row.corpus} articles; first: ${row.firstFailure}`);
    }
    return {
      name: 'throughput',
      lines,
      summary: { engine: engineSource, measurements, ratios, compromisePrefixBytes: compromiseBytes },
      bars,
    };
  },
};
