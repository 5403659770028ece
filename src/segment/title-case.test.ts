import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Sentence } from '../model/layers.js';
import { isTitleCaseSentence } from './title-case.js';
import { createTokenView, type TokenView } from './token-view.js';
import { tokenize } from './tokens.js';

/** One sentence per line, as the sentence splitter would give them. */
function viewOf(text: string): TokenView {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    sentences.push({ id: `s${sentences.length}`, start, end: start + line.length, paragraph: sentences.length });
    start += line.length + 1;
  }
  return createTokenView(text, tokenize(text, sentences));
}

function tokenAt(view: TokenView, word: string): number {
  for (let index = 0; index < view.count; index++) if (view.raw(index) === word) return index;
  throw new Error(`no token ${word}`);
}

describe('isTitleCaseSentence', () => {
  test('a headline with short words in lower case is Title Case', () => {
    const view = viewOf('Harbor Chief Says the Strike Is Over and Done');
    assert.equal(isTitleCaseSentence(view, tokenAt(view, 'Says')), true);
  });

  test('running text with a long lower-case word is not, wherever the asked token is', () => {
    const view = viewOf('The United States pose no risk to the harbor.');
    assert.equal(isTitleCaseSentence(view, tokenAt(view, 'States')), false);
    assert.equal(isTitleCaseSentence(view, tokenAt(view, 'The')), false);
  });

  test('reads only the sentence of the token', () => {
    const view = viewOf('Mayor Vows to Fix Roads\nThe mayor said the budget is ready.');
    assert.equal(isTitleCaseSentence(view, tokenAt(view, 'Vows')), true);
    assert.equal(isTitleCaseSentence(view, tokenAt(view, 'mayor')), false);
  });

  test('one capitalized word is not a headline; an all-capitals line is', () => {
    const one = viewOf('Done.');
    assert.equal(isTitleCaseSentence(one, 0), false);
    const capitals = viewOf('HARBOR CHIEF SAYS STRIKE IS OVER');
    assert.equal(isTitleCaseSentence(capitals, tokenAt(capitals, 'SAYS')), true);
  });

  test('a word starting with a non-ASCII lower-case letter counts as lower case', () => {
    const view = viewOf('Ana Ruiz Says école Will Reopen');
    assert.equal(isTitleCaseSentence(view, tokenAt(view, 'Says')), false);
  });

  test('a sentence longer than a headline is running text, and the scan is bounded', () => {
    const view = viewOf('United States '.repeat(20_000).trim());
    assert.equal(isTitleCaseSentence(view, tokenAt(view, 'States')), false);
    assert.equal(isTitleCaseSentence(view, view.count - 1), false);
    assert.equal(isTitleCaseSentence(view, -1), false);
    assert.equal(isTitleCaseSentence(view, view.count), false);
  });
});
