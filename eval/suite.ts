/** The contract every evaluation suite follows, so eval/run.ts can run, print and save them alike. */

/** Options parsed from the command line, shared by every suite; a suite ignores those it has no use for. */
export interface SuiteOptions {
  /** Data split to score: `dev` (the default, report figures on it) or `train` (error analysis). */
  split: 'dev' | 'train';
  /** Score only the first N articles (after the publisher filter). */
  limit?: number;
  /** Score only the articles of this publisher. */
  publisher?: string;
  /** Error analysis was asked for: write it to `file`, or to the suite's default under the gitignored eval/out/. */
  errors?: { file?: string };
}

/** What a suite hands back: lines to print and a JSON-serializable summary for --json. */
export interface SuiteReport {
  name: string;
  lines: string[];
  summary: Record<string, unknown>;
  /** Set when the suite could not run (data absent, ...): a one-line reason; not a failure. */
  skipped?: string;
}

export interface Suite {
  name: string;
  run(options: SuiteOptions): Promise<SuiteReport>;
}

/** A command-line mistake a suite can only detect once it sees its data (an unknown publisher): exit code 2. */
export class UsageError extends Error {}
