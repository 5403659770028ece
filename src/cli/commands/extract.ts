/** `verbatim extract`: the quotes of articles (text or HTML files, stdin), or a JSON Lines stream of them. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import { VerbatimError, isVerbatimError } from '../../errors.js';
import { annotate, extract, DEFAULT_MAX_LENGTH, type ArticleInput } from '../../index.js';
import type { Message } from '../../model/layers.js';
import { createLocator } from '../../model/location.js';
import { toFullView, type FullView } from '../../output/full-view.js';
import type { QuotesView } from '../../output/quotes-view.js';
import { createInProcessRunner } from '../jsonl/in-process-runner.js';
import { startProgress } from '../jsonl/progress.js';
import { createJsonlStats, runJsonl } from '../jsonl/run-jsonl.js';
import { spawnDocumentWorker } from '../jsonl/spawn-worker.js';
import { createWorkerPool } from '../jsonl/worker-pool.js';
import { parseSeconds, parseSize, parseWholeNumber } from '../option-parsers.js';
import { readArticle, type Article } from '../read-article.js';
import { renderQuotesTable } from '../render/quotes-table.js';
import { printError, warn } from '../report.js';

type Format = 'table' | 'json' | 'full';

interface ExtractOptions {
  format?: Format;
  html?: boolean;
  jsonl?: boolean;
  workers?: number;
  maxBytes: number;
  timeout: number;
  strict?: boolean;
}

const DEFAULT_TIMEOUT_SECONDS = 60;
/** Documents between reading and writing per worker in --jsonl mode: enough to keep each worker's queue (8) full. */
const IN_FLIGHT_PER_WORKER = 16;
/** Bytes of documents between reading and writing in --jsonl mode (one document always fits). */
const MAX_IN_FLIGHT_BYTES = 64 * 1024 * 1024;

const HELP_AFTER = `
Input:
  FILE is a text file (.txt) or an HTML page (.html, .htm); - reads stdin. Other names are
  read as text unless they start like HTML. Invalid UTF-8 is replaced (with a warning);
  binary input is refused (VBT_INPUT_BINARY).

JSON Lines (--jsonl):
  Reads FILE or stdin, one JSON object per line:
    {"id": "a1", "text": "..."}            or "html" instead of "text"
    optional: "title", "published", "outlet", "url"
  Writes exactly one line per non-empty input line, in input order: the quotes view of the document
  (compact JSON, same "id"), or for a bad line
    {"id": <id or null>, "line": <line number>, "error": {"code": "...", "message": "..."}}
  Bad lines are invalid JSON, a record without a string "text" or "html", and lines longer
  than --max-bytes (skipped unread). Empty (or blank) lines are skipped: no output line.
  Documents run on --workers threads (a crashed or timed-out worker is restarted and its
  document gets an error line). A progress line is drawn on stderr when it is a terminal.

Exit status:
  0 all went well, 1 an input or line failed (or --strict found an error message),
  2 the command line was not understood.

Examples:
  verbatim extract examples/harbor-strike.txt
  verbatim extract --format json page.html
  curl -s https://example.org/story | verbatim extract --html -
  verbatim extract --jsonl articles.jsonl --workers 4 > quotes.jsonl`;

export function register(program: Command): void {
  program
    .command('extract')
    .summary('find the quotations in articles and who said them')
    .description('Find every quotation in news articles: what was said, who said it, and through whom it reached the page.')
    .argument('[files...]', 'text (.txt) or HTML (.html, .htm) files; - reads stdin')
    .addOption(
      new Option('-f, --format <format>', 'output: table (readable), json (quotes view), full (every layer)').choices([
        'table',
        'json',
        'full',
      ]),
    )
    .option('--html', 'read the input as HTML whatever its name')
    .option('--jsonl', 'stream JSON Lines records (see below) from FILE or stdin to stdout')
    .option(
      '-w, --workers <count>',
      `worker threads for --jsonl; 0 runs in the main thread (default: ${defaultWorkers()})`,
      parseWholeNumber,
    )
    .addOption(
      new Option('--max-bytes <size>', 'largest file or JSON line accepted, e.g. 1048576, 512KiB, 32MiB')
        .argParser(parseSize)
        .default(DEFAULT_MAX_LENGTH, '32MiB'),
    )
    .option('--timeout <seconds>', 'longest time one --jsonl document may take on a worker', parseSeconds, DEFAULT_TIMEOUT_SECONDS)
    .option('--strict', 'exit 1 when the analysis reports a message of severity error')
    .addHelpText('after', HELP_AFTER)
    .action(async (files: string[], options: ExtractOptions) => {
      if (options.jsonl === true) await extractJsonl(files, options);
      else await extractFiles(files, options);
    });
}

function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

async function extractJsonl(files: string[], options: ExtractOptions): Promise<void> {
  if (files.length > 1) throw new VerbatimError('VBT_USAGE', `--jsonl reads one input (a file or -), found ${files.length}`);
  if (options.format === 'table') throw new VerbatimError('VBT_USAGE', '--jsonl writes JSON (--format json or full), not a table');
  if (options.html === true)
    throw new VerbatimError('VBT_USAGE', '--html does not apply to --jsonl: give each record an "html" field instead');
  const path = files[0] ?? '-';
  if (path !== '-') {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw new Error('it is a directory');
    } catch (error) {
      throw new VerbatimError(
        'VBT_INPUT_UNREADABLE',
        `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
        {
          cause: error,
        },
      );
    }
  }
  const workers = options.workers ?? defaultWorkers();
  const processOptions = { view: options.format === 'full' ? ('full' as const) : ('quotes' as const), maxLength: options.maxBytes };
  const runner =
    workers === 0
      ? createInProcessRunner(processOptions)
      : createWorkerPool({
          size: workers,
          spawn: () => spawnDocumentWorker(processOptions),
          timeoutMs: options.timeout * 1000,
          onRestart: (reason) => warn(`worker restarted: ${reason}`),
        });
  const input = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1024 * 1024 });
  const stats = createJsonlStats();
  // Not when stdout is the same terminal: the redraws would cut through the output lines.
  const progress = process.stdout.isTTY ? { stop: () => {} } : startProgress(stats, process.stderr);
  try {
    await runJsonl({
      input,
      output: process.stdout,
      runner,
      maxBytes: options.maxBytes,
      maxInFlight: IN_FLIGHT_PER_WORKER * Math.max(1, workers),
      maxInFlightBytes: MAX_IN_FLIGHT_BYTES,
      stats,
    });
  } finally {
    progress.stop();
    await runner.close();
  }
  if (stats.errors > 0) process.exitCode = 1;
}

function analyse(article: Article, format: Format, maxLength: number): QuotesView | FullView {
  const input: ArticleInput = article.isHtml ? { id: article.name, html: article.text } : { id: article.name, text: article.text };
  return format === 'full' ? toFullView(annotate(input, { maxLength })) : extract(input, { maxLength });
}

/** Messages as `file:line:column severity rule reason`, positions counted in the analysed text. */
function printMessages(name: string, messages: readonly Message[], text: string): void {
  const locate = createLocator(text);
  for (const message of messages) {
    const { line, column } = locate(message.start);
    process.stderr.write(`${name}:${line}:${column} ${message.severity} ${message.ruleId} ${message.reason}\n`);
  }
}

async function extractFiles(files: string[], options: ExtractOptions): Promise<void> {
  if (files.length === 0) throw new VerbatimError('VBT_USAGE', 'Expected a FILE to read, or - for stdin (or --jsonl)');
  if (files.filter((file) => file === '-').length > 1) throw new VerbatimError('VBT_USAGE', 'stdin (-) can be read only once');
  const format = options.format ?? 'table';
  // A pseudo-terminal may report 0 columns: then COLUMNS, then 100.
  const width = process.stdout.columns || Number(process.env.COLUMNS) || 100;
  const views: Array<QuotesView | FullView> = [];
  let hasFailure = false;
  let hasErrorMessage = false;
  for (const file of files) {
    let view: QuotesView | FullView;
    let article: Article;
    try {
      article = await readArticle(file, { isHtml: options.html === true, maxBytes: options.maxBytes, warn });
      view = analyse(article, format, options.maxBytes);
    } catch (error) {
      if (isVerbatimError(error) && error.code === 'VBT_USAGE') throw error;
      if (files.length === 1) throw error;
      // With several files, one bad file is reported and the others still run.
      printError(error, file);
      hasFailure = true;
      continue;
    }
    if (format === 'table') {
      const quotesView = view as QuotesView;
      const count = quotesView.quotes.length;
      if (views.length > 0 || hasFailure) process.stdout.write('\n');
      process.stdout.write(`${article.name}: ${count} ${count === 1 ? 'quote' : 'quotes'}\n\n${renderQuotesTable(quotesView, { width })}`);
    }
    const messages = 'layers' in view ? view.messages : (view.messages ?? []);
    if (messages.some((message) => message.severity === 'error')) hasErrorMessage = true;
    if (format === 'table') printMessages(article.name, messages, (view as QuotesView).text ?? article.text);
    views.push(view);
  }
  if (format !== 'table' && views.length > 0) {
    const output = files.length === 1 ? views[0] : views;
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  }
  if (hasFailure || (options.strict === true && hasErrorMessage)) process.exitCode = 1;
}
