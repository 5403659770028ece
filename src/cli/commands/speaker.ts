/** `verbatim speaker`: what a person is quoted as saying across the corpus, name variants merged. */
import { Option, type Command } from 'commander';
import { DB_OPTION_HELP, defaultStoreLocation, withStore } from '../../store/open-store.js';
import { DEFAULT_SPEAKER_LIMIT, speakerQuotes } from '../../store/queries/speaker.js';
import { parseWholeNumber } from '../option-parsers.js';
import { renderResultLine, terminalWidth } from './search.js';

interface SpeakerCommandOptions {
  db: string;
  outlet?: string;
  since?: string;
  until?: string;
  limit: number;
  format?: 'text' | 'json';
}

const HELP_AFTER = `
Names:
  The forms of one person's name are merged: "Joe Berlinger", "Joseph Berlinger", "J. Berlinger"
  and, where it is clear who is meant, "Mayor Berlinger" or "Berlinger". People who share a
  surname are kept apart by their first names; an article that gives only the surname goes to
  the person quoted alongside the same other people elsewhere, or stays unresolved. A bare
  surname lists everyone with it.

Output:
  text: each person with the names they are quoted under, then their quotes, newest first
  json: {"people": [{"id", "name", "variants", "quotes"}],
         "results": [{"id", "person", "quote": <quotes view quote>, "speaker",
                      "document": {"id", "title", "published", "outlet", "url", "name"}}]}

Examples:
  verbatim speaker "Joe Berlinger"
  verbatim speaker Berlinger --format json`;

export function register(program: Command): void {
  program
    .command('speaker')
    .summary("list a person's quotes across the corpus")
    .description('List what a person is quoted as saying across the corpus, with the variants of their name merged.')
    .argument('<name...>', 'the person\'s name ("Joe Berlinger", or a surname)')
    .option('--db <location>', DB_OPTION_HELP, defaultStoreLocation())
    .option('--outlet <name>', 'only quotes published by this outlet')
    .option('--since <date>', 'only documents published on or after this date (2024-03-05)')
    .option('--until <date>', 'only documents published on or before this date')
    .option('-n, --limit <count>', 'quotes at most', parseWholeNumber, DEFAULT_SPEAKER_LIMIT)
    .addOption(new Option('-f, --format <format>', 'output: text or json').choices(['text', 'json']))
    .addHelpText('after', HELP_AFTER)
    .action(async (words: string[], options: SpeakerCommandOptions) => {
      const name = words.join(' ');
      const response = await withStore(options.db, { mustExist: true }, (store) =>
        speakerQuotes(store, name, {
          limit: options.limit,
          ...(options.outlet === undefined ? {} : { outlet: options.outlet }),
          ...(options.since === undefined ? {} : { since: options.since }),
          ...(options.until === undefined ? {} : { until: options.until }),
        }),
      );
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
        return;
      }
      if (response.people.length === 0) {
        process.stdout.write(`nobody named "${name}" is quoted in the corpus\n`);
        return;
      }
      for (const [index, person] of response.people.entries()) {
        const others = person.variants.filter((variant) => variant !== person.name);
        if (index > 0) process.stdout.write('\n');
        process.stdout.write(
          `${person.name}${others.length === 0 ? '' : ` (also: ${others.join(', ')})`}: ${person.quotes} ${person.quotes === 1 ? 'quote' : 'quotes'}\n`,
        );
        for (const result of response.results.filter((item) => item.person === person.id))
          process.stdout.write(`  ${renderResultLine(result, terminalWidth() - 2)}\n`);
      }
    });
}
