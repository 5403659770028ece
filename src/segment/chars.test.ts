import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CharClass, charClass, isSpace, isWordChar } from './chars.js';

describe('character classes', () => {
  test('ASCII and other scripts', () => {
    const classes = [...'a Z9\n,é\u0301٣\u00a0'].map((char) => charClass(char.charCodeAt(0)));
    assert.deepEqual(classes, [
      CharClass.Letter,
      CharClass.Space,
      CharClass.Letter,
      CharClass.Digit,
      CharClass.Newline,
      CharClass.Punctuation,
      CharClass.Letter,
      CharClass.Mark,
      CharClass.Digit,
      CharClass.Space,
    ]);
  });

  test('a read past either end of the text (charCodeAt gives NaN) is no class: not a space, not a word character', () => {
    const text = 'Ruiz';
    for (const code of [text.charCodeAt(-1), text.charCodeAt(text.length)]) {
      assert.equal(charClass(code), CharClass.Other);
      assert.equal(isSpace(code), false);
      assert.equal(isWordChar(code), false);
    }
  });
});
