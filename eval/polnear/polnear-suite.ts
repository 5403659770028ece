/** The PolNeAR suite: the engine and the bare-regex baseline scored on one split (metrics.ts defines the figures). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bareRegexSystem } from '../baselines/bare-regex.js';
import { UsageError, type Suite, type SuiteOptions, type SuiteReport } from '../suite.js';
import { engineSystem } from './engine.js';
import { errorRecords } from './error-dump.js';
import { runSystem } from './evaluate.js';
import { dataRoot, loadSplit, splitPath, type GoldArticle } from './load.js';
import { formatReport, summaryJson } from './report.js';

const OUT_FOLDER = fileURLToPath(new URL('../out/', import.meta.url));

function selectArticles(all: GoldArticle[], options: SuiteOptions): GoldArticle[] {
  let articles = all;
  if (options.publisher !== undefined) {
    articles = articles.filter((article) => article.publisher === options.publisher);
    if (articles.length === 0) {
      const known = [...new Set(all.map((article) => article.publisher))].sort().join(', ');
      throw new UsageError(`no ${options.split} article has publisher "${options.publisher}"; publishers: ${known}`);
    }
  }
  return options.limit === undefined ? articles : articles.slice(0, options.limit);
}

export const polnearSuite: Suite = {
  name: 'polnear',
  async run(options: SuiteOptions): Promise<SuiteReport> {
    const path = splitPath(options.split, dataRoot());
    const all = loadSplit(options.split);
    if (all === undefined) {
      const message = `PolNeAR not found at ${path}: skipping; see README Evaluation`;
      return { name: 'polnear', lines: [message], summary: { skipped: message }, skipped: message };
    }
    const articles = selectArticles(all, options);

    const errorLines: string[] = [];
    const engine = runSystem(engineSystem, articles, (result) => {
      if (options.errors !== undefined) for (const record of errorRecords(result)) errorLines.push(JSON.stringify(record));
    });
    const baseline = runSystem(bareRegexSystem, articles);
    const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text, 'utf8'), 0);
    const run = {
      split: options.split,
      publisher: options.publisher,
      articles,
      engine,
      baseline,
      timing: { elapsedMs: engine.elapsedMs, bytes },
    };
    const lines = formatReport(run);

    if (options.errors !== undefined) {
      const file = resolve(options.errors.file ?? `${OUT_FOLDER}polnear-${options.split}-errors.jsonl`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, errorLines.length === 0 ? '' : `${errorLines.join('\n')}\n`);
      lines.push(`error analysis: ${errorLines.length} records written to ${file} (publisher text: keep it out of git)`);
      lines.push(`  summarize: npx tsx eval/polnear/summarize-errors.ts ${file}`);
    }
    return { name: 'polnear', lines, summary: summaryJson(run) };
  },
};
