/** The public surface of src/index.ts, listed: an export added or removed by accident fails here. */
import assert from 'node:assert/strict';
import test from 'node:test';
import * as verbatim from '../src/index.js';

test('the runtime exports of the public API', () => {
  assert.deepEqual(Object.keys(verbatim).sort(), [
    'DEFAULT_MAX_LENGTH',
    'ERROR_CODES',
    'SCHEMA_VERSION',
    'VERDICTS',
    'VerbatimError',
    'annotate',
    'checkDocument',
    'createDocument',
    'createPipeline',
    'decodeBytes',
    'defaultStages',
    'defineStage',
    'detectTranscriptFormat',
    'extract',
    'ingest',
    'ingestHtml',
    'ingestText',
    'isVerbatimError',
    'looksBinary',
    'parseTranscript',
    'toFullView',
    'toQuotesView',
    'toSourceOffset',
    'toSourceRange',
    'verifyArticle',
  ]);
});

test('extract returns the quotes view contract', () => {
  const view = verbatim.extract({ id: 'a1', text: '“We are done,” said Mayor Ana Ruiz.' });
  assert.equal(view.id, 'a1');
  const [quote] = view.quotes;
  assert.ok(quote !== undefined);
  assert.deepEqual(Object.keys(quote).slice(0, 10), ['id', 'kind', 'start', 'end', 'text', 'speaker', 'cue', 'via', 'confidence', 'rule']);
  assert.deepEqual(Object.keys(view), ['id', 'quotes', 'entities']);
  assert.equal(quote.text, 'We are done,');
  assert.equal(quote.speaker?.text, 'Mayor Ana Ruiz');
  const entity = view.entities.find((candidate) => candidate.id === quote.speaker?.entity);
  assert.equal(entity?.name, 'Ana Ruiz');
  assert.equal(entity?.type, 'person');
});
