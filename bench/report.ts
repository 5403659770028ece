/** The contract every bench suite follows, so bench/run.ts can run, print and save them alike. */

/** Options parsed from the command line, shared by every suite; a suite ignores those it has no use for. */
export interface BenchOptions {
  /** Fewer articles, runs and hostile inputs: a smoke run of the instruments, not figures to quote. */
  quick: boolean;
  /** Timed runs per measurement; the median is reported. */
  runs: number;
  /** Seed of the synthetic corpus and of the random hostile inputs. */
  seed: number;
  /** Number of synthetic articles. */
  articles: number;
  /** Also measure on PolNeAR articles when the data folder exists. */
  usePolnear: boolean;
  /** Megabytes of JSONL for the streaming-memory suite; absent means the suite is skipped. */
  streamMegabytes?: number;
  /** Articles for the corpus suite (100,000 by default, 2,000 with --quick). */
  corpusDocs?: number;
  /** Prints progress lines while a suite runs (to stderr, so stdout stays the report). */
  log(line: string): void;
}

/** A figure with a bar the issue sets, e.g. throughput >= 10 MB/s or a pump ratio <= 15. */
export interface BarCheck {
  figure: string;
  value: number;
  comparison: '>=' | '<=';
  limit: number;
  passed: boolean;
}

export interface BenchReport {
  name: string;
  /** The readable report. */
  lines: string[];
  /** JSON-serializable figures for --json. */
  summary: Record<string, unknown>;
  bars: BarCheck[];
  /** Set when the suite could not run (data absent, flag not given): a one-line reason; not a failure. */
  skipped?: string;
}

export interface BenchSuite {
  name: string;
  /** One line for --help. */
  description: string;
  /** Runs without --suite only when this says so (for suites too long for every run). */
  optedIn?(options: BenchOptions): boolean;
  run(options: BenchOptions): Promise<BenchReport>;
}

export function checkBar(figure: string, value: number, comparison: BarCheck['comparison'], limit: number): BarCheck {
  const passed = Number.isFinite(value) && (comparison === '>=' ? value >= limit : value <= limit);
  return { figure, value, comparison, limit, passed };
}

export function skippedReport(name: string, reason: string): BenchReport {
  return { name, lines: [`skipped: ${reason}`], summary: { skipped: reason }, bars: [], skipped: reason };
}

/** Formats rows as an aligned text table; numbers are right-aligned. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string[] {
  const cells = [header, ...rows].map((row) => row.map((cell) => (typeof cell === 'number' ? formatNumber(cell) : cell)));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const isNumeric = header.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number'));
  const render = (row: readonly string[]): string =>
    row
      .map((cell, column) => (isNumeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [render(cells[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(render)];
}

/** Three significant figures, no exponent for everyday magnitudes. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  const magnitude = Math.abs(value);
  if (magnitude >= 1000) return Math.round(value).toLocaleString('en-US');
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return value.toPrecision(2);
}

export function formatBar(bar: BarCheck): string {
  return `${bar.passed ? 'PASS' : 'FAIL'}  ${bar.figure} = ${formatNumber(bar.value)} (bar ${bar.comparison} ${bar.limit})`;
}
