import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bareRegexQuotes } from './bare-regex.js';

// Invented text only.
describe('bare-regex baseline', () => {
  test('a curly-quoted region is a direct quote whose speaker is the nearest capitalized sequence', () => {
    const text = 'The ferry resumed. “We sail at dawn,” said Captain Lena Moss on Friday.';
    const [quote, ...rest] = bareRegexQuotes(text);
    assert.equal(rest.length, 0);
    assert.equal(quote!.kind, 'direct');
    assert.equal(quote!.text, 'We sail at dawn,');
    assert.equal(quote!.speaker?.text, 'Captain Lena Moss');
    assert.deepEqual(quote!.entity, { name: 'Captain Lena Moss', mentions: [{ start: quote!.speaker!.start, end: quote!.speaker!.end }] });
  });

  test('straight and doubled-apostrophe marks pair too; the speaker stays within the sentence', () => {
    const text = "Moss spoke first. \"No delays,\" she added.\nOrr replied: ''We will see.''";
    const quotes = bareRegexQuotes(text);
    assert.deepEqual(
      quotes.map((quote) => [quote.text, quote.speaker?.text ?? null]),
      [
        ['No delays,', null],
        ['We will see.', 'Orr'],
      ],
    );
  });

  test('an opening mark left open at the paragraph end gives no quote', () => {
    const text = 'Moss said: “We sail\nat dawn.” Then she left.';
    assert.deepEqual(bareRegexQuotes(text), []);
  });

  test('capitalized words inside other quotes are not speakers', () => {
    const text = '“Dawn,” “Harbor Road,” she wrote.';
    assert.deepEqual(
      bareRegexQuotes(text).map((quote) => quote.speaker),
      [null, null],
    );
  });

  test('text without quotation marks gives nothing', () => {
    assert.deepEqual(bareRegexQuotes(''), []);
    assert.deepEqual(bareRegexQuotes('Moss said the ferry would sail.'), []);
  });
});
