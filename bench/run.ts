/**
 * `npm run bench [-- options]`: runs the bench suites and prints a readable report; `--json FILE` also
 * saves every figure. Figures are for BENCHMARKS.md, never for test assertions. Run `--help` for options.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './corpus/generate.js';
import { formatBar, type BenchOptions, type BenchReport } from './report.js';
import { suites } from './suites.js';

const HELP = `Usage: npm run bench -- [options]

  --suite NAMES      run only these suites (comma-separated): ${suites.map((suite) => suite.name).join(', ')}
  --json FILE        also write every figure as JSON
  --quick            small corpus, one pass, fewer pumps: checks the instruments, not figures to quote
  --runs N           timed passes per throughput measurement, median reported (default 5)
  --articles N       synthetic articles (default 400)
  --seed N           seed of the synthetic corpus and random inputs (default ${DEFAULT_SEED})
  --no-polnear       skip PolNeAR even when ../shared/data/polnear (or VERBATIM_DATA) exists
  --stream-mb N      run the streaming-memory suite over N MB of JSONL (off by default)
  --corpus-docs N    run the corpus suite over N generated articles (off by default: at 100,000 articles,
                     the issue's figure, it takes about half an hour; --suite corpus alone uses 100,000)
  --strict           exit 1 when a bar fails

Suites:
${suites.map((suite) => `  ${suite.name.padEnd(14)} ${suite.description}`).join('\n')}
`;

function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`--${name} expects a positive integer, found "${value}"`);
  return parsed;
}

/** What the report says about the machine: figures mean little without it. */
function describeMachine(): Record<string, unknown> {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    cpuModel = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpuModel;
  } catch {
    // not Linux: keep os.cpus()
  }
  return {
    nproc: availableParallelism(),
    cpu: cpuModel,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      suite: { type: 'string' },
      json: { type: 'string' },
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      articles: { type: 'string' },
      seed: { type: 'string' },
      'no-polnear': { type: 'boolean', default: false },
      'stream-mb': { type: 'string' },
      'corpus-docs': { type: 'string' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const quick = values.quick;
  const streamMegabytes = values['stream-mb'] === undefined ? undefined : positiveInteger(values['stream-mb'], 'stream-mb', 1);
  const options: BenchOptions = {
    quick,
    runs: positiveInteger(values.runs, 'runs', quick ? 1 : 5),
    seed: positiveInteger(values.seed, 'seed', DEFAULT_SEED),
    articles: positiveInteger(values.articles, 'articles', quick ? 60 : 400),
    usePolnear: !values['no-polnear'] && !quick,
    ...(streamMegabytes === undefined ? {} : { streamMegabytes }),
    ...(values['corpus-docs'] === undefined ? {} : { corpusDocs: positiveInteger(values['corpus-docs'], 'corpus-docs', 1) }),
    log: (line) => process.stderr.write(`${line}\n`),
  };
  const wanted = values.suite?.split(',').map((name) => name.trim());
  const unknown = wanted?.filter((name) => !suites.some((suite) => suite.name === name)) ?? [];
  if (unknown.length > 0)
    throw new Error(`unknown suite ${unknown.join(', ')}; expected one of ${suites.map((suite) => suite.name).join(', ')}`);
  const selected = suites.filter((suite) => (wanted === undefined ? (suite.optedIn?.(options) ?? true) : wanted.includes(suite.name)));

  const machine = describeMachine();
  const print = (line = ''): void => void process.stdout.write(`${line}\n`);
  print(`verbatim bench, ${new Date().toISOString()}`);
  print(
    `machine: nproc ${machine.nproc}, ${machine.cpu}, node ${machine.node}, ${machine.platform}, load average ${(machine.loadAverage as number[]).join(' ')} at start`,
  );
  print(`options: runs ${options.runs}, articles ${options.articles}, seed ${options.seed}${quick ? ', quick' : ''}`);

  const reports: BenchReport[] = [];
  for (const suite of selected) {
    const began = performance.now();
    let report: BenchReport;
    try {
      report = await suite.run(options);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      report = { name: suite.name, lines: [`ERROR: the suite itself failed: ${message}`], summary: { error: message }, bars: [] };
    }
    reports.push(report);
    print('');
    print(`== ${suite.name} (${((performance.now() - began) / 1000).toFixed(1)} s, load average now ${loadavg()[0]!.toFixed(2)}) ==`);
    for (const line of report.lines) print(line);
  }

  const bars = reports.flatMap((report) => report.bars);
  print('');
  print('== bars ==');
  for (const bar of bars) print(formatBar(bar));
  if (bars.length === 0) print('(no bars measured)');

  if (values.json !== undefined) {
    writeFileSync(
      values.json,
      `${JSON.stringify({ date: new Date().toISOString(), machine, options: { ...options, log: undefined }, reports }, null, 2)}\n`,
    );
    print(`\nwrote ${values.json}`);
  }
  const hasSuiteError = reports.some((report) => 'error' in report.summary);
  return (values.strict && bars.some((bar) => !bar.passed)) || hasSuiteError ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
