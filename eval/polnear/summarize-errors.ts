/**
 * Summarizes an error dump written by `npm run eval -- --errors [FILE]`: counts by type, by predicted
 * rule, by gold cue word and by publisher.
 *
 *   npx tsx eval/polnear/summarize-errors.ts [FILE] [--group direct+mixed|indirect|any] [--top N]
 *
 * FILE defaults to eval/out/polnear-dev-errors.jsonl; --group defaults to direct+mixed; --top to 15.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ErrorRecord, ErrorType } from './error-dump.js';

const TYPES: readonly ErrorType[] = ['missed', 'spurious', 'wrong-speaker', 'abstained'];

export interface SummaryOptions {
  group: string;
  top: number;
}

/** Rows of `key` x error type, most frequent keys first. */
function crossTable(
  records: readonly ErrorRecord[],
  keyOf: (record: ErrorRecord) => string | undefined,
  title: string,
  top: number,
): string[] {
  const rows = new Map<string, Record<ErrorType, number>>();
  for (const record of records) {
    const key = keyOf(record);
    if (key === undefined) continue;
    const row = rows.get(key) ?? { missed: 0, spurious: 0, 'wrong-speaker': 0, abstained: 0 };
    row[record.type]++;
    rows.set(key, row);
  }
  const total = (row: Record<ErrorType, number>) => TYPES.reduce((sum, type) => sum + row[type], 0);
  const sorted = [...rows].sort(([keyA, a], [keyB, b]) => total(b) - total(a) || keyA.localeCompare(keyB));
  const width = Math.min(40, Math.max(title.length, ...sorted.slice(0, top).map(([key]) => key.length)));
  const lines = [`${title.padEnd(width)}  ${'total'.padStart(6)}  ${TYPES.map((type) => type.padStart(13)).join(' ')}`];
  for (const [key, row] of sorted.slice(0, top)) {
    const label = key.length > width ? `${key.slice(0, width - 1)}…` : key;
    lines.push(
      `${label.padEnd(width)}  ${String(total(row)).padStart(6)}  ${TYPES.map((type) => String(row[type]).padStart(13)).join(' ')}`,
    );
  }
  if (sorted.length === 0) lines.push('(none)');
  if (sorted.length > top) lines.push(`(${sorted.length - top} more)`);
  return lines;
}

function cueWord(record: ErrorRecord): string | undefined {
  const cue = record.gold?.cue?.text;
  return cue === undefined ? undefined : cue.toLowerCase().replace(/\s+/gu, ' ').trim();
}

export function summarizeErrors(records: readonly ErrorRecord[], options: SummaryOptions): string[] {
  const selected = options.group === 'any' ? records : records.filter((record) => record.group === options.group);
  const lines: string[] = [`${selected.length} errors (group ${options.group})`];
  lines.push(...crossTable(selected, (record) => record.type, 'by type', options.top), '');
  const acrossKinds = selected.filter((record) => record.pairedAcrossKinds !== null).length;
  lines.push(`missed or spurious only because of the kind (they match a quote of another kind): ${acrossKinds}`, '');
  lines.push(...crossTable(selected, (record) => record.predicted?.rule, 'by predicted rule', options.top), '');
  lines.push(...crossTable(selected, cueWord, 'by gold cue', options.top), '');
  lines.push(
    ...crossTable(selected, (record) => record.gold?.kind ?? `(predicted ${record.predicted?.kind})`, 'by gold kind', options.top),
    '',
  );
  lines.push(...crossTable(selected, (record) => record.publisher, 'by publisher', options.top));
  return lines;
}

export function parseErrorLines(jsonl: string): ErrorRecord[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ErrorRecord);
}

function main(argv: readonly string[]): number {
  let file = fileURLToPath(new URL('../out/polnear-dev-errors.jsonl', import.meta.url));
  const options: SummaryOptions = { group: 'direct+mixed', top: 15 };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--group') options.group = argv[++index] ?? options.group;
    else if (argument === '--top') options.top = Number(argv[++index] ?? options.top) || options.top;
    else if (!argument.startsWith('--')) file = argument;
    else {
      console.error(`unknown argument "${argument}"; usage: summarize-errors.ts [FILE] [--group direct+mixed|indirect|any] [--top N]`);
      return 2;
    }
  }
  if (!existsSync(file)) {
    console.error(`no error dump at ${file}; write one with: npm run eval -- --errors [FILE]`);
    return 1;
  }
  process.stdout.write(`${summarizeErrors(parseErrorLines(readFileSync(file, 'utf8')), options).join('\n')}\n`);
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  // Piping into `head` closes stdout early: not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = main(process.argv.slice(2));
}
