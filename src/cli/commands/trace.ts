/** `verbatim trace`: where a quote first appeared, how its wording changed as it was copied, and who it was given to. */
import { Option, type Command } from 'commander';
import { DB_OPTION_HELP, defaultStoreLocation, withStore } from '../../store/open-store.js';
import type { WordDiffOp } from '../../store/provenance/word-diff.js';
import type { QuoteResult } from '../../store/queries/results.js';
import { DEFAULT_TRACE_LIMIT, traceQuote, type TraceGroup } from '../../store/queries/trace.js';
import { parseWholeNumber } from '../option-parsers.js';
import { renderResultLine, terminalWidth } from './search.js';

interface TraceCommandOptions {
  db: string;
  limit: number;
  format?: 'text' | 'json';
}

const HELP_AFTER = `
How quotes are matched:
  At ingest each quote's words inside quotation marks get a MinHash signature over word pairs,
  and quotes sharing an LSH band and close enough in wording (Jaccard >= 0.6 over word pairs, or
  an elided copy keeping 75% of the other with 80% of its own word pairs found there) join one
  group; trace looks the group up. Quotes of fewer
  than 4 words are not grouped; a trace by so few words falls back to a word search.

Output:
  text: per group, the earliest appearance, every appearance in date order, each other wording
        as a word diff against the earliest ([-earliest words-]{+variant words+}), and the
        people the words are given to when there is more than one
  json: {"groups": [{"id", "match", "count", "earliest": <result>, "appearances": [<result>...],
        "variants": [{"text", "count", "first": <result>, "diff": [{"op", "earliest", "variant"}]}],
        "conflicts": [{"speaker", "names", "count", "first": <result>}]}]}
        where <result> is {"id", "quote", "speaker", "document": {"id", "title", "published",
        "outlet", "url", "name"}} as in search

Examples:
  verbatim trace "we will never surrender the harbor"
  verbatim trace 8b56818e322dffe5:q0 --format json`;

const MARKS: Record<WordDiffOp['op'], (op: WordDiffOp) => string> = {
  equal: (op) => op.variant,
  replace: (op) => `[-${op.earliest}-]{+${op.variant}+}`,
  insert: (op) => `{+${op.variant}+}`,
  delete: (op) => `[-${op.earliest}-]`,
};

export function renderWordDiff(diff: readonly WordDiffOp[]): string {
  return diff.map((op) => MARKS[op.op](op)).join(' ');
}

function where(result: QuoteResult): string {
  return `${(result.document.published ?? 'undated').slice(0, 10)} ${result.document.outlet ?? '(no outlet)'}`;
}

function renderGroup(group: TraceGroup, width: number): string {
  const lines = [
    `${group.count} ${group.count === 1 ? 'appearance' : 'appearances'}; earliest ${where(group.earliest)} (${group.earliest.speaker ?? 'unattributed'}):`,
    `  “${group.earliest.quote.text.replace(/\s+/g, ' ')}”`,
    '',
    'Appearances:',
    ...group.appearances.map((result) => `  ${renderResultLine(result, width - 2)}`),
  ];
  if (group.appearances.length < group.count) lines.push(`  ... and ${group.count - group.appearances.length} more (raise --limit)`);
  if (group.variants.length > 0) {
    lines.push('', 'Variants (against the earliest):');
    for (const variant of group.variants) lines.push(`  ${variant.count}x, first ${where(variant.first)}: ${renderWordDiff(variant.diff)}`);
  }
  if (group.conflicts.length > 0) {
    lines.push('', 'Conflicting attributions:');
    for (const conflict of group.conflicts) {
      const others = conflict.names.filter((name) => name !== conflict.speaker);
      lines.push(
        `  ${conflict.speaker}${others.length === 0 ? '' : ` (as ${others.join(', ')})`}: ${conflict.count}x, first ${where(conflict.first)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export function register(program: Command): void {
  program
    .command('trace')
    .summary('trace a quote across the corpus')
    .description(
      'Trace a quote across the corpus: its earliest appearance, every copy in date order, wording changes and conflicting attributions.',
    )
    .argument('<quote...>', 'words of the quote, or a quote id from search (8b56818e322dffe5:q0)')
    .option('--db <location>', DB_OPTION_HELP, defaultStoreLocation())
    .option('-n, --limit <count>', 'appearances listed per group at most', parseWholeNumber, DEFAULT_TRACE_LIMIT)
    .addOption(new Option('-f, --format <format>', 'output: text or json').choices(['text', 'json']))
    .addHelpText('after', HELP_AFTER)
    .action(async (words: string[], options: TraceCommandOptions) => {
      const query = words.join(' ');
      const response = await withStore(options.db, { mustExist: true }, (store) =>
        traceQuote(store, query, { limit: Math.max(1, options.limit) }),
      );
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
        return;
      }
      if (response.groups.length === 0) {
        process.stdout.write(`no stored quote matches "${query}"\n`);
        return;
      }
      const width = terminalWidth();
      process.stdout.write(response.groups.map((group) => renderGroup(group, width)).join('\n'));
    });
}
