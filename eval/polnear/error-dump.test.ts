import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorRecords, markInContext } from './error-dump.js';
import { scoreArticle } from './evaluate.js';
import type { GoldArticle, GoldQuote } from './load.js';
import type { Prediction } from './predictions.js';

// Invented text only.
const TEXT =
  'Ferry news.\n\n“We sail at dawn,” Captain Lena Moss said. Orr said the pier was “too short.” Moss added that fares would rise.';

function span(needle: string) {
  const start = TEXT.indexOf(needle);
  assert.ok(start >= 0);
  return { start, end: start + needle.length, text: needle };
}

function goldQuote(content: string, kind: GoldQuote['kind'], speaker: string | null, cue: string): GoldQuote {
  return { ...span(content), kind, speaker: speaker === null ? null : span(speaker), cue: span(cue), attribution: `E${content.length}` };
}

function prediction(content: string, kind: Prediction['kind'], speaker: string | null): Prediction {
  return {
    ...span(content),
    kind,
    speaker: speaker === null ? null : span(speaker),
    entity: speaker === null ? null : { name: speaker, mentions: [span(speaker)] },
    cue: null,
    rule: 'test/rule',
    confidence: 0.5,
  };
}

const article: GoldArticle = {
  id: 'ledger_2030-01-01_ferry',
  title: 'Ferry news',
  published: '2030-01-01',
  publisher: 'ledger',
  annotator: 'x',
  text: TEXT,
  quotes: [
    goldQuote('We sail at dawn,', 'direct', 'Captain Lena Moss', 'said'),
    goldQuote('the pier was “too short.”', 'mixed', 'Orr', 'said the'),
    goldQuote('fares would rise', 'indirect', 'Moss', 'added'),
  ],
};

test('each error type is recorded once per group, with both sides, kind confusions and context', () => {
  const predictions = [
    prediction('“We sail at dawn,”', 'direct', null),
    prediction('the pier was “too short.”', 'mixed', 'Moss'),
    prediction('fares would rise', 'direct', 'Moss'),
    prediction('Ferry news', 'direct', null),
  ];
  const records = errorRecords(scoreArticle(article, predictions));
  assert.deepEqual(
    records.map((record) => [record.group, record.type, record.gold?.text ?? null, record.predicted?.text ?? null]),
    [
      ['direct+mixed', 'spurious', null, 'Ferry news'],
      ['direct+mixed', 'abstained', 'We sail at dawn,', '“We sail at dawn,”'],
      ['direct+mixed', 'wrong-speaker', 'the pier was “too short.”', 'the pier was “too short.”'],
      ['direct+mixed', 'spurious', null, 'fares would rise'],
      ['indirect', 'missed', 'fares would rise', null],
    ],
  );
  const confused = records.filter((record) => record.pairedAcrossKinds !== null);
  assert.deepEqual(
    confused.map((record) => [record.type, record.pairedAcrossKinds?.kind]),
    [
      ['spurious', 'indirect'],
      ['missed', 'direct'],
    ],
  );
  const wrong = records.find((record) => record.type === 'wrong-speaker')!;
  assert.equal(wrong.gold?.speaker?.text, 'Orr');
  assert.equal(wrong.predicted?.entity, 'Moss');
  assert.equal(wrong.predicted?.rule, 'test/rule');
  assert.equal(wrong.article, 'ledger_2030-01-01_ferry');
  assert.equal(wrong.publisher, 'ledger');
  assert.ok(wrong.context.includes('⟦the pier was “too short.”⟧'));
});

test('no errors when everything is right', () => {
  const predictions = article.quotes.map((quote) => ({ ...prediction(quote.text, quote.kind, quote.speaker!.text) }));
  assert.deepEqual(errorRecords(scoreArticle(article, predictions)), []);
});

test('markInContext marks the span with about 100 characters either side and shortens a long span', () => {
  const text = `${'a'.repeat(150)}QUOTE${'b'.repeat(150)}`;
  const marked = markInContext(text, { start: 150, end: 155 });
  assert.equal(marked, `…${'a'.repeat(100)}⟦QUOTE⟧${'b'.repeat(100)}…`);
  const long = `x${'c'.repeat(1000)}y`;
  const shortened = markInContext(long, { start: 0, end: long.length });
  assert.ok(shortened.length < 500);
  assert.ok(shortened.startsWith('⟦x') && shortened.endsWith('y⟧'));
});
