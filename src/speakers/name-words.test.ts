import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Sentence } from '../model/layers.js';
import { createTokenView } from '../segment/token-view.js';
import { tokenize } from '../segment/tokens.js';
import { findMentions } from './mentions.js';
import { nameWordsOfName, recordedNameWords } from './name-words.js';

describe('nameWordsOfName', () => {
  test('lower-cases the words, keeps inner apostrophes and hyphens, drops other punctuation', () => {
    assert.deepEqual(nameWordsOfName('Ana Ruiz'), { words: ['ana', 'ruiz'], key: 'ana ruiz' });
    assert.deepEqual(nameWordsOfName("Siobhan O'Brien-Hale"), { words: ['siobhan', "o'brien-hale"], key: "siobhan o'brien-hale" });
    assert.deepEqual(nameWordsOfName('J.R. Tolland, Jr.'), { words: ['j', 'r', 'tolland', 'jr'], key: 'j r tolland jr' });
    assert.deepEqual(nameWordsOfName(''), { words: [], key: '' });
  });
});

describe('recorded name words', () => {
  test('the mention stage records, for every name mention, the words of its name and nothing for the others', () => {
    const text =
      'Mayor Ana Ruiz said the ferry would run. Ruiz, 54, told the Harbor Gazette that she was sure. ' +
      'A spokesperson for Port Esker Ferries said Ruiz’s plan was costly. “We will see,” said Dr. Kofi Mensah.';
    const sentences: Sentence[] = [{ id: 's0', start: 0, end: text.length, paragraph: 0 }];
    const mentions = findMentions(createTokenView(text, tokenize(text, sentences)));
    const recorded = recordedNameWords(mentions);
    assert.ok(recorded !== undefined);
    assert.equal(recorded.length, mentions.length);
    const names = mentions.filter((mention) => mention.kind === 'name');
    assert.ok(names.length >= 5, `names: ${names.map((mention) => mention.name).join(', ')}`);
    mentions.forEach((mention, index) => {
      if (mention.kind === 'name') assert.deepEqual(recorded[index], nameWordsOfName(mention.name ?? ''), mention.name);
      else assert.equal(recorded[index], undefined, `${mention.kind} ${text.slice(mention.start, mention.end)}`);
    });
  });

  test('a layer the stage did not make has none recorded', () => {
    assert.equal(recordedNameWords([]), undefined);
  });
});
