/** `verbatim add`: analyses articles (files, folders, JSON Lines) and stores them with their quotes in the corpus. */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Option, type Command } from 'commander';
import { VerbatimError, isVerbatimError } from '../../errors.js';
import { DEFAULT_MAX_LENGTH } from '../../index.js';
import { createIngestProgress, ingestDocuments, type AnalysisRunner, type IngestItem } from '../../store/ingest/ingest.js';
import { analyseRecordBytes } from '../../store/ingest/record.js';
import { spawnIngestWorker } from '../../store/ingest/spawn-worker.js';
import { DB_OPTION_HELP, defaultStoreLocation, withStore } from '../../store/open-store.js';
import { LineSplitter, type SplitterEvent } from '../jsonl/line-splitter.js';
import { startProgress } from '../jsonl/progress.js';
import { createWorkerPool } from '../jsonl/worker-pool.js';
import { parseSeconds, parseSize, parseWholeNumber } from '../option-parsers.js';
import { readArticle } from '../read-article.js';
import { warn } from '../report.js';

interface AddOptions {
  db: string;
  jsonl?: boolean;
  html?: boolean;
  workers?: number;
  batchSize: number;
  maxBytes: number;
  timeout: number;
  format?: 'text' | 'json';
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.xhtml']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const DEFAULT_BATCH_SIZE = 200;

const HELP_AFTER = `
Input:
  FILE is a text (.txt) or HTML (.html, .htm) article; DIR adds every such file below it; a .jsonl
  file (or any input with --jsonl, - for stdin) holds one record per line, as for extract --jsonl:
    {"id": "a1", "text": "...", "title": "...", "published": "2024-03-05", "outlet": "...", "url": "..."}
  ("html" instead of "text" for a page). "published" orders trace and filters --since/--until.

Identity and safety:
  A document's identity is the SHA-256 of its normalized text: adding it again stores nothing.
  Documents are stored in batches, each in one transaction. The command may be stopped at any
  moment (Ctrl-C, kill -9): run it again with the same input to finish; nothing is lost or doubled.
  Several processes may add to one PostgreSQL corpus at once (or to one SQLite file, in turns).

Output:
  A progress line on stderr when it is a terminal; then a summary: text on stderr, or with
  --format json on stdout: {"documents", "added", "skipped", "quotes", "errors"}.
  A record that cannot be read or analysed is reported on stderr and skipped (exit status 1).

Examples:
  verbatim add articles/
  verbatim add --jsonl corpus.jsonl --db postgres://verbatim@db.example.org/news
  curl -s https://example.org/story | verbatim add --html -`;

export function register(program: Command): void {
  program
    .command('add')
    .summary('analyse articles and store them in the corpus')
    .description('Analyse articles and store their quotes, speakers and provenance in the corpus (SQLite file or PostgreSQL).')
    .argument('[inputs...]', 'articles (.txt, .html), folders of them, or .jsonl files; - reads stdin')
    .option('--db <location>', DB_OPTION_HELP, defaultStoreLocation())
    .option('--jsonl', 'read every input (or stdin) as JSON Lines records')
    .option('--html', 'read article files as HTML whatever their names')
    .option('-w, --workers <count>', `analysis threads; 0 analyses in the main thread (default: ${defaultWorkers()})`, parseWholeNumber)
    .option('--batch-size <count>', 'documents per transaction', parseWholeNumber, DEFAULT_BATCH_SIZE)
    .addOption(
      new Option('--max-bytes <size>', 'largest article or JSON line accepted, e.g. 512KiB, 32MiB')
        .argParser(parseSize)
        .default(DEFAULT_MAX_LENGTH, '32MiB'),
    )
    .option('--timeout <seconds>', 'longest time one document may take on a worker', parseSeconds, 60)
    .addOption(new Option('-f, --format <format>', 'summary: text (stderr) or json (stdout)').choices(['text', 'json']))
    .addHelpText('after', HELP_AFTER)
    .action(async (inputs: string[], options: AddOptions) => addCommand(inputs, options));
}

function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

function isJsonlName(path: string): boolean {
  return JSONL_EXTENSIONS.has(extname(path).toLowerCase());
}

function unreadable(path: string, error: unknown): VerbatimError {
  const code = (error as NodeJS.ErrnoException).code;
  return new VerbatimError(
    'VBT_INPUT_UNREADABLE',
    `Cannot read ${path}: ${code === 'ENOENT' ? 'no such file or folder' : (error as Error).message}`,
    {
      cause: error,
    },
  );
}

/** Article files below a folder, in name order (hidden files and folders skipped). */
async function* walk(directory: string): AsyncGenerator<string> {
  const entries = (await readdir(directory, { withFileTypes: true })).sort((first, second) => (first.name < second.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && (ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()) || isJsonlName(entry.name))) yield path;
  }
}

async function* jsonlItems(path: string, maxBytes: number): AsyncGenerator<IngestItem> {
  const name = path === '-' ? 'stdin' : path;
  const input = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1024 * 1024 });
  const splitter = new LineSplitter(maxBytes);
  const toItem = (event: SplitterEvent): IngestItem =>
    event.kind === 'line'
      ? { kind: 'record', source: `${name}:${event.lineNumber}`, bytes: event.bytes }
      : {
          kind: 'error',
          source: `${name}:${event.lineNumber}`,
          error: {
            code: 'VBT_INPUT_TOO_LARGE',
            message: `The line is ${event.byteLength} bytes, longer than the limit of ${maxBytes} (--max-bytes)`,
          },
        };
  try {
    for await (const chunk of input as AsyncIterable<Uint8Array>) for (const event of splitter.push(chunk)) yield toItem(event);
  } catch (error) {
    throw unreadable(name, error);
  }
  for (const event of splitter.end()) yield toItem(event);
}

async function* articleItem(path: string, options: AddOptions): AsyncGenerator<IngestItem> {
  try {
    const article = await readArticle(path, { isHtml: options.html === true, maxBytes: options.maxBytes, warn });
    const record = article.isHtml ? { id: article.name, html: article.text } : { id: article.name, text: article.text };
    yield { kind: 'record', source: article.name, bytes: new TextEncoder().encode(JSON.stringify(record)) };
  } catch (error) {
    if (isVerbatimError(error) && error.code === 'VBT_USAGE') throw error;
    yield {
      kind: 'error',
      source: path,
      error: isVerbatimError(error)
        ? { code: error.code, message: error.message }
        : { code: 'VBT_INPUT_UNREADABLE', message: String(error) },
    };
  }
}

async function* itemsOf(inputs: readonly string[], options: AddOptions): AsyncGenerator<IngestItem> {
  for (const input of inputs) {
    if (input === '-') {
      yield* options.jsonl === true ? jsonlItems('-', options.maxBytes) : articleItem('-', options);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(input)).isDirectory();
    } catch (error) {
      yield { kind: 'error', source: input, error: { code: 'VBT_INPUT_UNREADABLE', message: unreadable(input, error).message } };
      continue;
    }
    const paths = isDirectory
      ? walk(input)
      : (async function* () {
          yield input;
        })();
    for await (const path of paths) {
      if (options.jsonl === true || isJsonlName(path)) yield* jsonlItems(path, options.maxBytes);
      else yield* articleItem(path, options);
    }
  }
}

function createRunner(options: AddOptions): AnalysisRunner & { close(): Promise<void> } {
  const workers = options.workers ?? defaultWorkers();
  if (workers === 0) {
    return {
      run: (task) => new Promise((resolve) => setImmediate(() => resolve(analyseRecordBytes(task.bytes, options.maxBytes)))),
      close: async () => {},
    };
  }
  return createWorkerPool({
    size: workers,
    spawn: () => spawnIngestWorker({ maxLength: options.maxBytes }),
    timeoutMs: options.timeout * 1000,
    onRestart: (reason) => warn(`worker restarted: ${reason}`),
  });
}

async function addCommand(inputs: string[], options: AddOptions): Promise<void> {
  if (inputs.length === 0) throw new VerbatimError('VBT_USAGE', 'Expected articles, folders or .jsonl files to add (or - for stdin)');
  if (inputs.filter((input) => input === '-').length > 1) throw new VerbatimError('VBT_USAGE', 'stdin (-) can be read only once');
  const progress = createIngestProgress();
  await withStore(options.db, {}, async (store) => {
    const runner = createRunner(options);
    const display = startProgress(progress, process.stderr);
    try {
      await ingestDocuments({
        items: itemsOf(inputs, options),
        store,
        runner,
        batchSize: Math.max(1, options.batchSize),
        progress,
        onError: (source, error) => process.stderr.write(`verbatim: ${error.code} ${source}: ${error.message}\n`),
      });
    } finally {
      display.stop();
      await runner.close();
    }
  });
  const summary = {
    documents: progress.documents,
    added: progress.added,
    skipped: progress.skipped,
    quotes: progress.quotes,
    errors: progress.errors,
  };
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(summary)}\n`);
  else
    process.stderr.write(
      `added ${summary.added} ${summary.added === 1 ? 'document' : 'documents'} (${summary.quotes} quotes), ${summary.skipped} already stored, ${summary.errors} ${summary.errors === 1 ? 'error' : 'errors'}\n`,
    );
  if (summary.errors > 0) process.exitCode = 1;
}
