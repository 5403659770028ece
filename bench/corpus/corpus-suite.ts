/**
 * The corpus bench (issue 4): `verbatim add` ingest rate in documents per second for N generated
 * articles (bench/corpus/store-articles.ts; about 10 quotes each, so 100,000 articles give about a
 * million quotes) into SQLite and, when VERBATIM_PG_URL is set, PostgreSQL; then, on the stored
 * corpus, search latency (p50/p99 over sampled queries, a third with one word changed), trace
 * latency (by quote id and by words), and API throughput and p99 under 50 concurrent autocannon
 * clients on loopback. N: `--corpus-docs N` when bench/run.ts passes it, else $VERBATIM_CORPUS_DOCS,
 * else 2,000 with --quick and 100,000 without. Run alone: `tsx bench/corpus/corpus-suite.ts --corpus-docs 5000`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { openStore, splitSchema } from '../../src/store/open-store.js';
import { searchQuotes } from '../../src/store/queries/search.js';
import { traceQuote } from '../../src/store/queries/trace.js';
import type { Store, StoredQuote } from '../../src/store/store.js';
import { checkBar, formatNumber, formatTable, type BarCheck, type BenchOptions, type BenchReport, type BenchSuite } from '../report.js';
import { measureApi, type ApiLoadFigures } from './api-load.js';
import { timeCalls, type LatencyFigures } from './latency.js';
import { createRandom, type Random } from './random.js';
import { StoreArticleGenerator } from './store-articles.js';

const CLI = [
  '--import',
  new URL('../../node_modules/tsx/dist/esm/index.mjs', import.meta.url).pathname,
  new URL('../../src/cli/main.ts', import.meta.url).pathname,
];

interface BackendFigures {
  backend: 'sqlite' | 'postgres';
  documents: number;
  quotes: number;
  groups: number;
  ingestSeconds: number;
  documentsPerSecond: number;
  search: LatencyFigures;
  traceById: LatencyFigures;
  traceByWords: LatencyFigures;
  apiSearch: ApiLoadFigures;
  apiTrace: ApiLoadFigures;
}

function corpusDocuments(options: BenchOptions): number {
  const fromOptions = options.corpusDocs;
  const fromEnvironment = Number(process.env.VERBATIM_CORPUS_DOCS);
  if (fromOptions !== undefined) return fromOptions;
  if (Number.isInteger(fromEnvironment) && fromEnvironment > 0) return fromEnvironment;
  return options.quick ? 2_000 : 100_000;
}

function writeCorpus(path: string, count: number, seed: number): void {
  const generator = new StoreArticleGenerator(count, { seed });
  writeFileSync(path, '');
  let buffer = '';
  for (const article of generator.articles(count)) {
    buffer += `${JSON.stringify(article)}\n`;
    if (buffer.length > 4 << 20) {
      appendFileSync(path, buffer);
      buffer = '';
    }
  }
  appendFileSync(path, buffer);
}

function runAdd(input: string, location: string): Promise<{ seconds: number; summary: { added: number; errors: number } }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...CLI, 'add', '--jsonl', input, '--db', location, '--format', 'json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`verbatim add exited ${code}: ${stderr.slice(-2000)}`));
      else resolve({ seconds, summary: JSON.parse(stdout) as { added: number; errors: number } });
    });
  });
}

/** Stored quotes picked at random by row id (row ids run from 1 to about the quote count). */
async function sampleQuotes(store: Store, random: Random, total: number, count: number): Promise<StoredQuote[]> {
  const ids = new Set<number>();
  while (ids.size < Math.min(count * 2, total)) ids.add(random.integer(1, total));
  const quotes: StoredQuote[] = [];
  const list = [...ids];
  for (let start = 0; start < list.length; start += 5000) {
    quotes.push(...(await store.findQuotes({ rowIds: list.slice(start, start + 5000), order: 'published-asc', limit: 5000 })));
  }
  // The database returns them by id; shuffle so a prefix is a random sample.
  for (let index = quotes.length - 1; index > 0; index--) {
    const other = random.integer(0, index);
    [quotes[index], quotes[other]] = [quotes[other]!, quotes[index]!];
  }
  return quotes.slice(0, count);
}

/** A search a reader might type: a run of 3-7 words from a stored quote, a third of them with one word changed. */
function queryFrom(quote: StoredQuote, random: Random): string {
  const words = quote.view.text.split(/\s+/).filter((word) => word.length > 0);
  const length = Math.min(words.length, random.integer(3, 7));
  const start = random.integer(0, words.length - length);
  const run = words.slice(start, start + length);
  if (run.length >= 4 && random.chance(1 / 3)) run[random.integer(0, run.length - 1)] = 'harbour';
  return run.join(' ');
}

async function measureBackend(
  backend: 'sqlite' | 'postgres',
  location: string,
  input: string,
  count: number,
  options: BenchOptions,
): Promise<BackendFigures> {
  options.log(`corpus: ${backend}: verbatim add ${formatNumber(count)} articles`);
  const ingest = await runAdd(input, location);
  const store = await openStore(location);
  try {
    const counts = await store.counts();
    const random = createRandom(options.seed);
    const samples = options.quick ? 100 : 400;
    options.log(`corpus: ${backend}: ${formatNumber(counts.quotes)} quotes stored; timing search and trace`);
    const quotes = await sampleQuotes(store, random, counts.quotes, samples);
    const queries = quotes.map((quote) => queryFrom(quote, random));
    const search = await timeCalls(queries.map((query) => () => searchQuotes(store, query)));
    // Trace by id over quotes that have copies (a lone quote is a single lookup).
    const grouped = (await sampleQuotes(store, random, counts.quotes, samples * 40))
      .filter((quote) => quote.groupId !== null)
      .slice(0, samples)
      .map((quote) => `${quote.document.id}:${quote.view.id}`);
    const traceById = await timeCalls(grouped.map((id) => () => traceQuote(store, id)));
    const traceByWords = await timeCalls(quotes.map((quote) => () => traceQuote(store, quote.view.text)));
    const seconds = options.quick ? 5 : 15;
    options.log(`corpus: ${backend}: API load, 50 connections, ${seconds} s per route`);
    const apiSearch = await measureApi(
      location,
      queries.slice(0, 50).map((query) => `/search?q=${encodeURIComponent(query)}`),
      { seconds },
    );
    const apiTrace = await measureApi(
      location,
      grouped.slice(0, 50).map((id) => `/trace?id=${encodeURIComponent(id)}`),
      { seconds },
    );
    return {
      backend,
      documents: counts.documents,
      quotes: counts.quotes,
      groups: counts.groups,
      ingestSeconds: ingest.seconds,
      documentsPerSecond: ingest.summary.added / ingest.seconds,
      search,
      traceById,
      traceByWords,
      apiSearch,
      apiTrace,
    };
  } finally {
    await store.close();
  }
}

async function dropSchema(location: string): Promise<void> {
  const { url, schema } = splitSchema(location);
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await pool.end();
  }
}

function report(figures: BackendFigures[], count: number, notes: string[]): BenchReport {
  const ms = (value: number) => Number(value.toFixed(value < 10 ? 2 : 1));
  const lines = [
    `${formatNumber(count)} generated articles (bench/corpus/store-articles.ts), verbatim add with default workers; load average now ${loadavg()[0]!.toFixed(2)}`,
    ...notes,
    '',
    ...formatTable(
      ['backend', 'documents', 'quotes', 'groups', 'ingest s', 'docs/s'],
      figures.map((item) => [item.backend, item.documents, item.quotes, item.groups, ms(item.ingestSeconds), ms(item.documentsPerSecond)]),
    ),
    '',
    ...formatTable(
      ['backend', 'latency (ms)', 'p50', 'p99', 'mean', 'max', 'calls'],
      figures.flatMap((item) =>
        (
          [
            ['search', item.search],
            ['trace by id', item.traceById],
            ['trace by words', item.traceByWords],
          ] as const
        ).map(([name, latency]) => [
          item.backend,
          name,
          ms(latency.p50),
          ms(latency.p99),
          ms(latency.mean),
          ms(latency.max),
          latency.count,
        ]),
      ),
    ),
    '',
    ...formatTable(
      ['backend', 'API (50 connections)', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors'],
      figures.flatMap((item) =>
        (
          [
            ['GET /search', item.apiSearch],
            ['GET /trace?id=', item.apiTrace],
          ] as const
        ).map(([name, load]) => [
          item.backend,
          name,
          ms(load.requestsPerSecond),
          load.latencyP50Ms,
          load.latencyP99Ms,
          load.requests,
          load.errors,
        ]),
      ),
    ),
  ];
  const bars: BarCheck[] = figures.flatMap((item) => [
    checkBar(`${item.backend} API /search errors`, item.apiSearch.errors, '<=', 0),
    checkBar(`${item.backend} API /trace errors`, item.apiTrace.errors, '<=', 0),
  ]);
  return { name: 'corpus', lines, summary: { articles: count, backends: figures }, bars };
}

export const corpusSuite: BenchSuite = {
  name: 'corpus',
  description:
    'corpus store: add docs/s into SQLite (and PostgreSQL with VERBATIM_PG_URL), search/trace p50/p99, API req/s and p99 at 50 clients (opt-in: --suite corpus or --corpus-docs N)',
  // About half an hour at the 100,000 articles: only when asked for by name or size.
  optedIn: (options) => options.corpusDocs !== undefined,
  async run(options: BenchOptions): Promise<BenchReport> {
    const count = corpusDocuments(options);
    const directory = mkdtempSync(join(tmpdir(), 'verbatim-corpus-bench-'));
    const notes: string[] = [];
    try {
      const input = join(directory, 'articles.jsonl');
      options.log(`corpus: writing ${formatNumber(count)} articles`);
      writeCorpus(input, count, options.seed);
      const figures: BackendFigures[] = [];
      figures.push(await measureBackend('sqlite', join(directory, 'corpus.db'), input, count, options));
      const url = process.env.VERBATIM_PG_URL?.trim();
      if (url === undefined || url.length === 0) notes.push('PostgreSQL skipped: set VERBATIM_PG_URL (.ci/setup-postgres.sh prints one)');
      else {
        const location = `${url}${url.includes('?') ? '&' : '?'}schema=verbatim_bench_${process.pid}`;
        await dropSchema(location);
        try {
          figures.push(await measureBackend('postgres', location, input, count, options));
        } finally {
          await dropSchema(location);
        }
      }
      return report(figures, count, notes);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--corpus-docs');
  const corpusDocs = at === -1 ? undefined : Number(process.argv[at + 1]);
  const quick = process.argv.includes('--quick');
  const options = {
    quick,
    runs: 1,
    seed: 20240611,
    articles: 0,
    usePolnear: false,
    log: (line: string) => process.stderr.write(`${line}\n`),
    ...(corpusDocs === undefined ? {} : { corpusDocs }),
  };
  const result = await corpusSuite.run(options);
  process.stdout.write(`${result.lines.join('\n')}\n`);
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result.summary, null, 2)}\n`);
}
