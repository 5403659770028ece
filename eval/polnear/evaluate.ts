/** Runs one system over the gold articles and sums the metric counts overall and per publisher. */
import { performance } from 'node:perf_hooks';
import type { GoldArticle } from './load.js';
import { addCounts, emptyCounts, GROUPS, scoreGroup, type GroupCounts, type GroupResult, type ScoreGroup } from './metrics.js';
import type { Prediction, QuoteSystem } from './predictions.js';
import type { GoldQuote } from './load.js';

export type GroupName = ScoreGroup['name'];
export type CountsByGroup = Record<GroupName, GroupCounts>;

export interface ArticleResult {
  article: GoldArticle;
  predictions: Prediction[];
  groups: Record<GroupName, GroupResult<GoldQuote, Prediction>>;
}

export interface SystemRun {
  system: string;
  articles: number;
  totals: CountsByGroup;
  byPublisher: Map<string, CountsByGroup>;
  /** Time spent inside the system's predict calls only. */
  elapsedMs: number;
  /** The article the system spent longest on (a hang or a quadratic path shows here first). */
  slowest: { article: string; ms: number } | null;
  /** Articles on which the system threw: scored as no predictions, reported apart. */
  failures: { article: string; message: string }[];
}

export function emptyCountsByGroup(): CountsByGroup {
  return { 'direct+mixed': emptyCounts(), indirect: emptyCounts(), all: emptyCounts() };
}

function addByGroup(total: CountsByGroup, part: Record<GroupName, { counts: GroupCounts }>): CountsByGroup {
  return {
    'direct+mixed': addCounts(total['direct+mixed'], part['direct+mixed'].counts),
    indirect: addCounts(total.indirect, part.indirect.counts),
    all: addCounts(total.all, part.all.counts),
  };
}

/** Scores one article's predictions in every group. */
export function scoreArticle(article: GoldArticle, predictions: Prediction[]): ArticleResult {
  const groups = {} as Record<GroupName, GroupResult<GoldQuote, Prediction>>;
  for (const group of GROUPS) groups[group.name] = scoreGroup(article.text, group, article.quotes, predictions);
  return { article, predictions, groups };
}

/** Runs `system` on each article; `onArticle` sees every scored article (the error dump uses it). */
export function runSystem(system: QuoteSystem, articles: readonly GoldArticle[], onArticle?: (result: ArticleResult) => void): SystemRun {
  const run: SystemRun = {
    system: system.name,
    articles: articles.length,
    totals: emptyCountsByGroup(),
    byPublisher: new Map(),
    elapsedMs: 0,
    slowest: null,
    failures: [],
  };
  for (const article of articles) {
    let predictions: Prediction[] = [];
    const started = performance.now();
    try {
      predictions = system.predict({ id: article.id, text: article.text });
    } catch (error) {
      run.failures.push({ article: article.id, message: error instanceof Error ? error.message : String(error) });
    }
    const elapsed = performance.now() - started;
    run.elapsedMs += elapsed;
    if (run.slowest === null || elapsed > run.slowest.ms) run.slowest = { article: article.id, ms: elapsed };
    const result = scoreArticle(article, predictions);
    run.totals = addByGroup(run.totals, result.groups);
    run.byPublisher.set(article.publisher, addByGroup(run.byPublisher.get(article.publisher) ?? emptyCountsByGroup(), result.groups));
    onArticle?.(result);
  }
  return run;
}
