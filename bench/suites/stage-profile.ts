/**
 * Where the time goes: runs the default pipeline with the `timings` option over each corpus and
 * prints each stage's share, plus ingest and the quotes view (timed here, outside the pipeline).
 */
import { engine, engineSource } from '../engine.js';
import { loadCorpora } from '../corpus/corpora.js';
import { megabytesPerSecond } from '../measure.js';
import { formatTable, type BenchOptions, type BenchReport, type BenchSuite } from '../report.js';
import { describeError } from './throughput.js';

interface StageRow {
  stage: string;
  ms: number;
  share: number;
  /** Throughput the whole corpus would have if only this stage ran. */
  megabytesPerSecond: number;
}

export const stageProfileSuite: BenchSuite = {
  name: 'stages',
  description: 'per-stage time profile of the default pipeline (createPipeline with `timings`)',
  async run(options: BenchOptions): Promise<BenchReport> {
    const { corpora } = loadCorpora(options);
    const lines: string[] = [
      `engine: ${engineSource}`,
      `${engine.defaultStages.length} stages in the default pipeline: ${engine.defaultStages.map((stage) => stage.name).join(', ') || '(none yet)'}`,
    ];
    const summary: Record<string, unknown> = {};
    const passes = options.quick ? 1 : 3;
    for (const corpus of corpora) {
      options.log(`stages: ${corpus.name}`);
      const timings = new Map<string, number>();
      const pipeline = engine.createPipeline(engine.defaultStages, { timings });
      let ingestMs = 0;
      let viewMs = 0;
      let failure: string | undefined;
      // Pass 0 warms up and is discarded.
      for (let pass = 0; pass <= passes; pass++) {
        if (pass === 1) {
          timings.clear();
          ingestMs = 0;
          viewMs = 0;
        }
        for (const article of corpus.articles) {
          try {
            const began = performance.now();
            const doc = engine.ingest({ id: article.id, text: article.text });
            const ingested = performance.now();
            pipeline.run(doc);
            const analysed = performance.now();
            engine.toQuotesView(doc);
            ingestMs += ingested - began;
            viewMs += performance.now() - analysed;
          } catch (error) {
            failure ??= `${article.id}: ${describeError(error)}`;
          }
        }
      }
      const perPass = (ms: number): number => ms / passes;
      const entries: Array<[string, number]> = [
        ['(ingest)', perPass(ingestMs)],
        ...[...timings].map(([stage, ms]): [string, number] => [stage, perPass(ms)]),
        ['(quotes view)', perPass(viewMs)],
      ];
      const total = entries.reduce((sum, [, ms]) => sum + ms, 0);
      const rows: StageRow[] = entries.map(([stage, ms]) => ({
        stage,
        ms,
        share: total === 0 ? 0 : (100 * ms) / total,
        megabytesPerSecond: megabytesPerSecond(corpus.bytes, ms),
      }));
      lines.push(
        '',
        `${corpus.name}: ${(corpus.bytes / 1e6).toFixed(2)} MB, ${corpus.articles.length} articles, ${total.toFixed(0)} ms per pass (mean of ${passes})`,
        ...formatTable(
          ['stage', 'ms', 'share %', 'MB/s alone'],
          rows.map((row) => [row.stage, row.ms, row.share, row.megabytesPerSecond]),
        ),
      );
      if (failure !== undefined) lines.push(`ENGINE: the pipeline threw; first: ${failure}`);
      summary[corpus.name] = { totalMs: total, rows, ...(failure === undefined ? {} : { failure }) };
    }
    return { name: 'stages', lines, summary, bars: [] };
  },
};
