import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runSystem } from './evaluate.js';
import { loadSplit, splitPath } from './load.js';
import { computeMetrics, GROUPS } from './metrics.js';
import type { Prediction, QuoteSystem } from './predictions.js';

// Reads the PolNeAR dev split when it is present (it is not part of the repository) and copies none of it.
const articles = loadSplit('dev');

test(
  'the gold annotations, fed back as predictions, score 1 everywhere',
  { skip: articles === undefined ? `no data at ${splitPath('dev')}` : false },
  () => {
    const byId = new Map(articles!.map((article) => [article.id, article]));
    const oracle: QuoteSystem = {
      name: 'oracle',
      predict: ({ id }) =>
        byId.get(id)!.quotes.map((quote): Prediction => ({
          ...quote,
          entity: quote.speaker === null ? null : { name: quote.speaker.text, mentions: [quote.speaker] },
          rule: 'oracle',
          confidence: 1,
        })),
    };
    const run = runSystem(oracle, articles!);
    for (const { name } of GROUPS) {
      const counts = run.totals[name];
      const metrics = computeMetrics(counts);
      assert.ok(counts.gold > 0, name);
      assert.deepEqual([metrics.extraction.f1, metrics.exact.f1, metrics.speakerAccuracy, metrics.endToEnd.f1], [1, 1, 1, 1], name);
    }
  },
);
