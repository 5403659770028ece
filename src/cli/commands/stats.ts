/** `verbatim stats`: how many documents, quotes, speakers and provenance groups the corpus holds. */
import { Option, type Command } from 'commander';
import { DB_OPTION_HELP, defaultStoreLocation, withStore } from '../../store/open-store.js';
import { corpusStats } from '../../store/queries/stats.js';

export function register(program: Command): void {
  program
    .command('stats')
    .summary('count what the corpus holds')
    .description('Count the documents, quotes, speakers (people, name variants merged) and groups of repeated quotes in the corpus.')
    .option('--db <location>', DB_OPTION_HELP, defaultStoreLocation())
    .addOption(
      new Option('-f, --format <format>', 'output: text or json ({"documents", "quotes", "speakers", "groups"})').choices(['text', 'json']),
    )
    .action(async (options: { db: string; format?: 'text' | 'json' }) => {
      const stats = await withStore(options.db, { mustExist: true }, corpusStats);
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(stats)}\n`);
        return;
      }
      for (const [name, value] of Object.entries(stats)) process.stdout.write(`${name.padEnd(10)} ${value.toLocaleString('en-US')}\n`);
    });
}
