import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitTitle } from './title-suffix.js';

function headlineOf(title: string, outlet?: string): [string, string | undefined] {
  const split = splitTitle(title, outlet);
  return [title.slice(0, split.headlineLength), split.suffix];
}

test('splitTitle cuts the outlet name off a page title', () => {
  assert.deepStrictEqual(headlineOf('Ferry fares to rise | Kestrel Bay Gazette'), ['Ferry fares to rise', 'Kestrel Bay Gazette']);
  assert.deepStrictEqual(headlineOf('Ferry fares to rise - Gazette'), ['Ferry fares to rise', 'Gazette']);
  assert.deepStrictEqual(headlineOf('Ferry fares to rise | News | Kestrel Bay Gazette'), ['Ferry fares to rise', 'Kestrel Bay Gazette']);
  assert.deepStrictEqual(headlineOf('Ferry fares to rise | News | The Gazette', 'The Gazette'), ['Ferry fares to rise', 'The Gazette']);
  assert.deepStrictEqual(headlineOf('Ferry fares to rise — The Long Name Of A Gazette', 'The Long Name Of A Gazette'), [
    'Ferry fares to rise',
    'The Long Name Of A Gazette',
  ]);
});

test('splitTitle keeps dashes and bars that belong to the headline', () => {
  assert.deepStrictEqual(headlineOf('Taxes - and fees - will rise'), ['Taxes - and fees - will rise', undefined]);
  assert.deepStrictEqual(headlineOf('Mayor says budget is fair - for now'), ['Mayor says budget is fair - for now', undefined]);
  assert.deepStrictEqual(headlineOf('Gazette | Mayor resigns after a long row over the harbour budget'), [
    'Gazette | Mayor resigns after a long row over the harbour budget',
    undefined,
  ]);
  assert.deepStrictEqual(headlineOf('A plain headline'), ['A plain headline', undefined]);
});
