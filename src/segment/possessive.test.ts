import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Sentence } from '../model/layers.js';
import { endsWithApostropheS } from './possessive.js';
import { createTokenView, type TokenView } from './token-view.js';
import { tokenize } from './tokens.js';

function viewOf(text: string): TokenView {
  const sentences: Sentence[] = [{ id: 's0', start: 0, end: text.length, paragraph: 0 }];
  return createTokenView(text, tokenize(text, sentences));
}

/** The tokens of a text for which `test` holds. */
function tokensWhere(text: string, test: (view: TokenView, index: number) => boolean): string[] {
  const view = viewOf(text);
  const found: string[] = [];
  for (let index = 0; index < view.count; index++) if (test(view, index)) found.push(view.raw(index));
  return found;
}

describe('possessive marks', () => {
  const text = "Ruiz’s aide read the DNC's memo to the voters’ union and the Joneses' lawyers; its cost was Jones’ worry.";

  test('an apostrophe and "s" after a word, straight or curly', () => {
    // the plural's apostrophe ("voters’") is a token of its own, so no word ends in it
    assert.deepEqual(tokensWhere(text, endsWithApostropheS), ['Ruiz’s', "DNC's"]);
  });
});
