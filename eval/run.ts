/**
 * `npm run eval`: runs the suites of eval/suites.ts in order and prints each report.
 *
 *   npm run eval -- [--split dev|train] [--limit N] [--publisher NAME] [--errors [FILE]] [--json FILE] [--suite NAME]
 *
 * --errors writes the error analysis (JSONL) to FILE, or under the gitignored eval/out/ without FILE.
 * --json writes every suite's summary as one JSON object keyed by suite name.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArguments, USAGE } from './arguments.js';
import { suites } from './suites.js';
import { UsageError } from './suite.js';

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArguments(argv);
  if (parsed.isHelp) {
    console.log(USAGE);
    return 0;
  }
  const selected = parsed.suite === undefined ? suites : suites.filter((suite) => suite.name === parsed.suite);
  if (selected.length === 0)
    throw new UsageError(`unknown suite "${parsed.suite}"; suites: ${suites.map((suite) => suite.name).join(', ')}`);
  const summaries: Record<string, unknown> = {};
  for (const suite of selected) {
    const report = await suite.run(parsed.options);
    if (report.skipped === undefined && selected.length > 1) console.log(`== ${report.name}`);
    for (const line of report.lines) console.log(line);
    summaries[report.name] = report.summary;
  }
  if (parsed.jsonFile !== undefined) {
    const file = resolve(parsed.jsonFile);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(summaries, null, 2)}\n`);
    console.log(`summary written to ${file}`);
  }
  return 0;
}

// Piping into `head` closes stdout early: not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`eval: ${error.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(error instanceof Error ? `eval: ${error.message}` : error);
    process.exit(1);
  },
);
