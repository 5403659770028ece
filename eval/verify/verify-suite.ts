/**
 * `npm run eval` suite "verify": verdict accuracy on the golden fixtures of test/fixtures/verify, with a
 * confusion matrix, two ways: quotes views built by hand from expected.json (verification alone) and
 * the quotes the extractor finds in each article (end to end; a quote it does not find is "missed").
 * Also the share of found quotes whose tape, speaker and timecodes match expected.json.
 * The fixtures were written together with the verifier: read the figures as a regression check, not
 * as accuracy on unseen interviews.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Suite, SuiteReport } from '../suite.js';
import { VERDICTS, type Verdict } from '../../src/verify/types.js';
import { comparableMatch, expectedMatch, loadTranscripts, loadVerifyCases, runCase, type QuoteOutcome } from './fixtures.js';

type Column = Verdict | 'missed';

export interface ModeScore {
  quotes: number;
  correct: number;
  accuracy: number;
  matchesAgreeing: number;
  /** expected verdict -> actual verdict -> count */
  confusion: Record<Verdict, Record<Column, number>>;
  errors: Array<{ case: string; text: string; expected: Verdict; actual: Column }>;
}

export function scoreOutcomes(outcomes: readonly QuoteOutcome[]): ModeScore {
  const columns: Column[] = [...VERDICTS, 'missed'];
  const confusion = Object.fromEntries(
    VERDICTS.map((verdict) => [verdict, Object.fromEntries(columns.map((column) => [column, 0]))]),
  ) as ModeScore['confusion'];
  let correct = 0;
  let matchesAgreeing = 0;
  const errors: ModeScore['errors'] = [];
  for (const outcome of outcomes) {
    confusion[outcome.expected.verdict][outcome.actual]++;
    if (outcome.actual === outcome.expected.verdict) correct++;
    else errors.push({ case: outcome.case, text: outcome.text, expected: outcome.expected.verdict, actual: outcome.actual });
    if (
      outcome.quote !== undefined &&
      isDeepStrictEqual(comparableMatch(outcome.quote.match, outcome.expected.match), expectedMatch(outcome.expected.match))
    )
      matchesAgreeing++;
  }
  return {
    quotes: outcomes.length,
    correct,
    accuracy: outcomes.length === 0 ? 0 : correct / outcomes.length,
    matchesAgreeing,
    confusion,
    errors,
  };
}

export function formatConfusion(score: ModeScore): string[] {
  const columns: Column[] = [...VERDICTS, 'missed'];
  const width = 14;
  const lines = [`${'expected \\ got'.padEnd(width)}${columns.map((column) => column.padStart(width)).join('')}`];
  for (const verdict of VERDICTS) {
    const row = score.confusion[verdict];
    if (columns.every((column) => row[column] === 0)) continue;
    lines.push(
      `${verdict.padEnd(width)}${columns.map((column) => String(row[column] === 0 ? '.' : row[column]).padStart(width)).join('')}`,
    );
  }
  return lines;
}

export const verifySuite: Suite = {
  name: 'verify',
  async run(): Promise<SuiteReport> {
    const cases = loadVerifyCases();
    const hand: QuoteOutcome[] = [];
    const extracted: QuoteOutcome[] = [];
    for (const verifyCase of cases) {
      const transcripts = loadTranscripts(verifyCase);
      hand.push(...runCase(verifyCase, 'hand', transcripts).outcomes);
      extracted.push(...runCase(verifyCase, 'extract', transcripts).outcomes);
    }
    const lines = [`verify: ${cases.length} fixture interviews, ${hand.length} quotes (test/fixtures/verify)`];
    const summary: Record<string, unknown> = { cases: cases.length };
    for (const [mode, outcomes, title] of [
      ['hand', hand, 'quotes views built by hand (verification alone)'],
      ['extract', extracted, 'quotes found by the extractor (end to end)'],
    ] as const) {
      const score = scoreOutcomes(outcomes);
      lines.push(
        '',
        `${title}: verdict accuracy ${(score.accuracy * 100).toFixed(1)}% (${score.correct}/${score.quotes}); tape, speaker and times as expected for ${score.matchesAgreeing}/${score.quotes}`,
      );
      lines.push(...formatConfusion(score));
      for (const error of score.errors)
        lines.push(`  ${error.case}: "${error.text.slice(0, 70)}" expected ${error.expected}, got ${error.actual}`);
      summary[mode] = {
        quotes: score.quotes,
        correct: score.correct,
        accuracy: score.accuracy,
        matchesAgreeing: score.matchesAgreeing,
        confusion: score.confusion,
        errors: score.errors,
      };
    }
    return { name: 'verify', lines, summary };
  },
};
