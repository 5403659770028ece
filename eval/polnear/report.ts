/** Printable tables and the JSON summary of a PolNeAR run. */
import type { CountsByGroup, GroupName, SystemRun } from './evaluate.js';
import type { GoldArticle } from './load.js';
import { computeMetrics, GROUPS, type GroupCounts, type GroupMetrics } from './metrics.js';

export interface EngineTiming {
  elapsedMs: number;
  /** UTF-8 size of the article texts. */
  bytes: number;
}

export interface PolnearRun {
  split: string;
  publisher?: string;
  articles: readonly GoldArticle[];
  engine: SystemRun;
  baseline: SystemRun;
  timing: EngineTiming;
}

const fixed = (value: number) => value.toFixed(3);
const round = (value: number) => Math.round(value * 10000) / 10000;

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ');
}

function goldKindCounts(articles: readonly GoldArticle[]): Record<string, number> {
  const counts: Record<string, number> = { direct: 0, mixed: 0, indirect: 0 };
  for (const article of articles) for (const quote of article.quotes) counts[quote.kind] = (counts[quote.kind] ?? 0) + 1;
  return counts;
}

function metricsRow(label: string, counts: GroupCounts, widths: readonly number[]): string {
  const metrics = computeMetrics(counts);
  return pad(
    [
      label,
      String(counts.gold),
      String(counts.predicted),
      String(counts.matched),
      fixed(metrics.extraction.precision),
      fixed(metrics.extraction.recall),
      fixed(metrics.extraction.f1),
      fixed(metrics.exact.f1),
      fixed(metrics.speakerAccuracy),
      fixed(metrics.endToEnd.precision),
      fixed(metrics.endToEnd.recall),
      fixed(metrics.endToEnd.f1),
      String(counts.abstained),
    ],
    widths,
  );
}

function ruleLine(system: string, totals: CountsByGroup): string {
  const parts = GROUPS.map(({ name }) => {
    const { byRule } = totals[name];
    return `${name}: null ${byRule.null}, (a) mention ${byRule.mention}, (b) entity ${byRule.entity}, (c) name ${byRule.name}`;
  });
  return `  ${system.padEnd(10)}  ${parts.join(' | ')}`;
}

export function formatReport(run: PolnearRun): string[] {
  const kinds = goldKindCounts(run.articles);
  const lines: string[] = [];
  const scope = run.publisher === undefined ? '' : ` (publisher ${run.publisher})`;
  lines.push(
    `PolNeAR ${run.split}${scope}: ${run.articles.length} articles, gold quotes: direct ${kinds.direct}, mixed ${kinds.mixed}, indirect ${kinds.indirect}`,
  );
  const widths = [26, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 5];
  lines.push(pad(['', '', '', '', 'extraction', '', '', 'exact', 'spkr', 'end-to-end', '', '', ''], widths));
  lines.push(pad(['system / group', 'gold', 'pred', 'match', 'P', 'R', 'F1', 'F1', 'acc', 'P', 'R', 'F1', 'abst'], widths));
  for (const { name } of GROUPS) {
    for (const system of [run.engine, run.baseline]) lines.push(metricsRow(`${system.system} / ${name}`, system.totals[name], widths));
  }
  lines.push('speaker correct by rule (matched pairs):');
  for (const system of [run.engine, run.baseline]) lines.push(ruleLine(system.system, system.totals));

  lines.push('per publisher, direct+mixed (extraction F1 / end-to-end F1):');
  const publisherWidths = [14, 8, 5, 13, 13];
  lines.push(pad(['publisher', 'articles', 'gold', run.engine.system, run.baseline.system], publisherWidths));
  for (const publisher of [...run.engine.byPublisher.keys()].sort()) {
    const articles = run.articles.filter((article) => article.publisher === publisher).length;
    const cells = [run.engine, run.baseline].map((system) => {
      const counts = system.byPublisher.get(publisher)?.['direct+mixed'];
      if (counts === undefined) return '-';
      const metrics = computeMetrics(counts);
      return `${fixed(metrics.extraction.f1)}/${fixed(metrics.endToEnd.f1)}`;
    });
    const gold = run.engine.byPublisher.get(publisher)?.['direct+mixed'].gold ?? 0;
    lines.push(pad([publisher, String(articles), String(gold), ...cells], publisherWidths));
  }

  const seconds = run.timing.elapsedMs / 1000;
  const megabytes = run.timing.bytes / 1e6;
  lines.push(
    `engine time: ${Math.round(run.timing.elapsedMs)} ms for ${run.engine.articles} articles, ${megabytes.toFixed(2)} MB, ` +
      `${seconds > 0 ? (megabytes / seconds).toFixed(2) : '-'} MB/s (includes first-call warm-up)` +
      (run.engine.slowest === null ? '' : `; slowest article ${run.engine.slowest.article} ${Math.round(run.engine.slowest.ms)} ms`),
  );
  for (const system of [run.engine, run.baseline]) {
    if (system.failures.length > 0) {
      const first = system.failures[0]!;
      lines.push(
        `${system.system} threw on ${system.failures.length} articles (scored as no predictions); first: ${first.article}: ${first.message}`,
      );
    }
  }
  return lines;
}

function metricsJson(metrics: GroupMetrics) {
  const pr = (value: { precision: number; recall: number; f1: number }) => ({
    precision: round(value.precision),
    recall: round(value.recall),
    f1: round(value.f1),
  });
  return {
    extraction: pr(metrics.extraction),
    exact: pr(metrics.exact),
    speakerAccuracy: round(metrics.speakerAccuracy),
    endToEnd: pr(metrics.endToEnd),
    abstainedRate: round(metrics.abstainedRate),
  };
}

function systemJson(system: SystemRun) {
  const groups: Record<string, unknown> = {};
  for (const { name } of GROUPS) groups[name] = { counts: system.totals[name], metrics: metricsJson(computeMetrics(system.totals[name])) };
  const byPublisher: Record<string, unknown> = {};
  for (const [publisher, counts] of [...system.byPublisher].sort(([a], [b]) => a.localeCompare(b))) {
    const metrics = computeMetrics(counts['direct+mixed' satisfies GroupName]);
    byPublisher[publisher] = { directMixed: { extractionF1: round(metrics.extraction.f1), endToEndF1: round(metrics.endToEnd.f1) } };
  }
  return { groups, byPublisher, failures: system.failures.length };
}

export function summaryJson(run: PolnearRun): Record<string, unknown> {
  const seconds = run.timing.elapsedMs / 1000;
  return {
    split: run.split,
    ...(run.publisher === undefined ? {} : { publisher: run.publisher }),
    articles: run.articles.length,
    goldKinds: goldKindCounts(run.articles),
    systems: { [run.engine.system]: systemJson(run.engine), [run.baseline.system]: systemJson(run.baseline) },
    engineTiming: {
      milliseconds: Math.round(run.timing.elapsedMs),
      megabytes: round(run.timing.bytes / 1e6),
      megabytesPerSecond: seconds > 0 ? round(run.timing.bytes / 1e6 / seconds) : null,
      slowest:
        run.engine.slowest === null ? null : { article: run.engine.slowest.article, milliseconds: Math.round(run.engine.slowest.ms) },
    },
  };
}
