import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatRoute, parseRoute } from './hash-route.js';

test('tabs and corpus pages round-trip through the fragment', () => {
  assert.deepEqual(parseRoute(''), { tab: 'article', corpus: { page: 'search', filters: {} } });
  assert.equal(parseRoute('#/verify').tab, 'verify');
  assert.equal(parseRoute('#/nonsense').tab, 'article');
  const search = { page: 'search' as const, filters: { q: 'the moon', speaker: 'Okafor', since: '' } };
  assert.deepEqual(parseRoute(formatRoute('corpus', search)).corpus, { page: 'search', filters: { q: 'the moon', speaker: 'Okafor' } });
  const speaker = { page: 'speaker' as const, name: 'Marisol Okafor / union' };
  assert.deepEqual(parseRoute(formatRoute('corpus', speaker)).corpus, speaker);
  const trace = { page: 'trace' as const, q: '“not asking” & more' };
  assert.deepEqual(parseRoute(formatRoute('corpus', trace)).corpus, trace);
  assert.deepEqual(parseRoute('#/corpus/speaker/%E0%A4%A').corpus, { page: 'speaker', name: '%E0%A4%A' });
});
