import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { STORE_ARTICLES } from '../../../test/helpers/store-articles.js';
import { testDatabases, type TestCorpus } from '../../../test/helpers/store-databases.js';
import { createIngestProgress, ingestDocuments, type AnalysisRunner, type IngestItem } from './ingest.js';
import { analyseRecordBytes } from './record.js';

const encoder = new TextEncoder();
const record = (value: unknown, source = 'input'): IngestItem => ({ kind: 'record', source, bytes: encoder.encode(JSON.stringify(value)) });

async function* itemsOf(items: IngestItem[]): AsyncGenerator<IngestItem> {
  for (const item of items) yield item;
}

/** Analyses in process; answers the record with id "explodes" as a crashed worker would. */
const runner: AnalysisRunner = {
  run: async (task) => {
    const text = new TextDecoder().decode(task.bytes);
    if (text.includes('"explodes"'))
      return { output: JSON.stringify({ id: 'explodes', line: 1, error: { code: 'VBT_WORKER_CRASHED', message: 'gone' } }), isError: true };
    return analyseRecordBytes(task.bytes, 1_000_000);
  },
};

describe('ingestDocuments', () => {
  let corpus: TestCorpus;
  after(async () => corpus.cleanup());

  it('stores good records in batches, skips repeats, and reports every bad one without stopping', async () => {
    corpus = await testDatabases()[0]!.create();
    const errors: string[] = [];
    const items: IngestItem[] = [
      ...STORE_ARTICLES.slice(0, 3).map((article) => record(article)),
      { kind: 'error', source: 'big.jsonl:9', error: { code: 'VBT_INPUT_TOO_LARGE', message: 'too long' } },
      { kind: 'record', source: 'bad.jsonl:2', bytes: encoder.encode('{"text": ') },
      record({ id: 'no-text', title: 'x' }, 'bad.jsonl:3'),
      record(STORE_ARTICLES[0], 'repeat'),
      record({ id: 'explodes', text: 'A text.' }, 'crash'),
      ...STORE_ARTICLES.slice(3).map((article) => record(article)),
    ];
    const progress = await ingestDocuments({
      items: itemsOf(items),
      store: corpus.store,
      runner,
      batchSize: 2,
      progress: createIngestProgress(),
      onError: (source, error) => errors.push(`${source} ${error.code}`),
    });
    assert.deepEqual(errors, [
      'big.jsonl:9 VBT_INPUT_TOO_LARGE',
      'bad.jsonl:2 VBT_INPUT_INVALID_JSON',
      'bad.jsonl:3 VBT_INPUT_MISSING_TEXT',
      'crash VBT_WORKER_CRASHED',
    ]);
    assert.deepEqual(
      { documents: progress.documents, added: progress.added, skipped: progress.skipped, errors: progress.errors },
      { documents: items.length, added: STORE_ARTICLES.length, skipped: 1, errors: 4 },
    );
    const again = await ingestDocuments({ items: itemsOf(STORE_ARTICLES.map((article) => record(article))), store: corpus.store, runner });
    assert.deepEqual([again.added, again.skipped], [0, STORE_ARTICLES.length]);
  });
});
