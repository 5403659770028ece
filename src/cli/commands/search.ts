/** `verbatim search`: full-text search over the corpus's quotes, tolerant of small wording differences. */
import { Option, type Command } from 'commander';
import { DB_OPTION_HELP, defaultStoreLocation, withStore } from '../../store/open-store.js';
import type { QuoteResult } from '../../store/queries/results.js';
import { DEFAULT_SEARCH_LIMIT, searchQuotes } from '../../store/queries/search.js';
import { parseWholeNumber } from '../option-parsers.js';

interface SearchCommandOptions {
  db: string;
  speaker?: string;
  outlet?: string;
  since?: string;
  until?: string;
  limit: number;
  format?: 'text' | 'json';
}

const HELP_AFTER = `
Matching:
  Finds quotes with every word of the query (ignoring case, accents, punctuation, little words
  such as "the", and endings: "strikes" finds "strike"); when those are few, also quotes missing
  any one word. Results are ranked by the share of the query's words they hold and of its word
  pairs they keep in order.

Output:
  text: one line per quote: date, outlet, speaker, the quote, and its id (for verbatim trace)
  json: {"results": [{"id", "score", "quote": <quotes view quote>, "speaker",
        "document": {"id", "title", "published", "outlet", "url", "name"}}]}

Examples:
  verbatim search "never surrender the harbor"
  verbatim search budget disgrace --speaker "Ann Berlinger" --since 2024-01-01 --format json`;

/** One result as a line: date, outlet, speaker, the quote shortened to fit, and its id. */
export function renderResultLine(result: QuoteResult, width: number): string {
  const date = (result.document.published ?? '').slice(0, 10).padEnd(10);
  const outlet = result.document.outlet ?? '(no outlet)';
  const speaker = result.speaker ?? '(unattributed)';
  const head = `${date}  ${outlet} — ${speaker}: `;
  const tail = `  ${result.id}`;
  const room = Math.max(20, width - head.length - tail.length - 2);
  const text = result.quote.text.replace(/\s+/g, ' ');
  const shown = text.length <= room ? text : `${text.slice(0, room - 1)}…`;
  const marks = result.quote.kind === 'indirect' ? ['', ''] : ['“', '”'];
  return `${head}${marks[0]}${shown}${marks[1]}${tail}`;
}

export function terminalWidth(): number {
  return process.stdout.columns || Number(process.env.COLUMNS) || 120;
}

export function register(program: Command): void {
  program
    .command('search')
    .summary('search the corpus for quotes')
    .description('Search the quotes in the corpus by their words, with optional speaker, outlet and date filters.')
    .argument('<words...>', 'words of the quote (quote them or not)')
    .option('--db <location>', DB_OPTION_HELP, defaultStoreLocation())
    .option('--speaker <name>', 'only quotes of this person (name variants merged)')
    .option('--outlet <name>', 'only quotes published by this outlet')
    .option('--since <date>', 'only documents published on or after this date (2024-03-05)')
    .option('--until <date>', 'only documents published on or before this date')
    .option('-n, --limit <count>', 'results at most', parseWholeNumber, DEFAULT_SEARCH_LIMIT)
    .addOption(new Option('-f, --format <format>', 'output: text or json').choices(['text', 'json']))
    .addHelpText('after', HELP_AFTER)
    .action(async (words: string[], options: SearchCommandOptions) => {
      const query = words.join(' ');
      const response = await withStore(options.db, { mustExist: true }, (store) =>
        searchQuotes(store, query, {
          limit: options.limit,
          ...(options.speaker === undefined ? {} : { speaker: options.speaker }),
          ...(options.outlet === undefined ? {} : { outlet: options.outlet }),
          ...(options.since === undefined ? {} : { since: options.since }),
          ...(options.until === undefined ? {} : { until: options.until }),
        }),
      );
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
        return;
      }
      const count = response.results.length;
      process.stdout.write(`${count} ${count === 1 ? 'result' : 'results'} for "${query}"\n`);
      for (const result of response.results) process.stdout.write(`${renderResultLine(result, terminalWidth())}\n`);
    });
}
