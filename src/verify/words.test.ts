import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenizeWords } from './words.js';

function norms(text: string, mode: 'article' | 'transcript' = 'article'): string {
  return tokenizeWords(text, mode)
    .tokens.map((token) => (token.marker === 'none' ? '' : `<${token.marker}>`) + (token.isBracketed ? '[' : '') + token.norm)
    .join(' ');
}

describe('tokenizeWords', () => {
  it('ignores case, punctuation and fillers, and reads contractions as full words', () => {
    assert.equal(
      norms('Well, um, you know, we don\u2019t \u2014 we can\u2019t. I\u2019m sure it\u2019s fine.', 'transcript'),
      "well we do not we can not i am sure it 's fine",
    );
    assert.equal(norms('We are gonna win, I mean, for sure.'), 'we are going to win for sure');
    assert.equal(norms('I mean it. You know the answer.'), 'i mean it you know the answer');
  });

  it('spells numbers one way', () => {
    const pairs: Array<[string, string]> = [
      ['twenty-five percent', '25%'],
      ['two hundred and twelve', '212'],
      ['a thousand', '1,000'],
      ['four point two million dollars', '$4.2 million'],
      ['nineteen fifty-eight', '1958'],
      ['the fifth grade', 'the 5th grade'],
      ['ten per cent', '10 pct'],
      ['eleven thousand', '11000'],
    ];
    for (const [spoken, written] of pairs) assert.equal(norms(spoken), norms(written), `${spoken} / ${written}`);
    assert.notEqual(norms('one two three'), norms('123'));
  });

  it('splits hyphenated words and keeps dotted abbreviations whole', () => {
    assert.equal(norms('well-known'), norms('well known'));
    assert.equal(norms('U.S. O.K. 6 a.m.'), 'us okay 6 am');
  });

  it('drops false starts and sound notes from transcripts and marks stutter repeats', () => {
    const { tokens } = tokenizeWords('I- I think [laughs] (inaudible) we we need it', 'transcript');
    assert.deepEqual(
      tokens.map((token) => [token.norm, token.isRepeat]),
      [
        ['i', false],
        ['think', false],
        ['we', false],
        ['we', true],
        ['need', false],
        ['it', false],
      ],
    );
  });

  it("reads the editor's marks in articles: ellipses and bracketed words", () => {
    assert.equal(
      norms('We need strength \u2026 and [the council] will pay ... now. [...] Then'),
      'we need strength <elision>and <elision>[the [council <elision>will pay <elision>now <elision>then',
    );
    assert.equal(tokenizeWords('We tried...', 'article').hasTrailingMarker, true);
  });

  it('keeps the range of the raw words each token came from', () => {
    const text = 'It was twenty-five, maybe.';
    const { tokens } = tokenizeWords(text, 'article');
    assert.deepEqual(
      tokens.map((token) => text.slice(token.start, token.end)),
      ['It', 'was', 'twenty-five', 'maybe'],
    );
  });
});
