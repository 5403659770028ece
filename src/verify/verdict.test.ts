import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideVerdict, type QuoteEvidence } from './verdict.js';

const base: QuoteEvidence = {
  kind: 'direct',
  words: 10,
  matched: 10,
  substituted: 0,
  inserted: 0,
  deleted: 0,
  elided: 0,
  hasBrackets: false,
  contentWords: 5,
  contentFound: 5,
  speaker: 'match',
};

describe('decideVerdict', () => {
  it('exact, elided and altered by the words alone', () => {
    assert.equal(decideVerdict(base).verdict, 'exact');
    assert.equal(decideVerdict({ ...base, elided: 3 }).verdict, 'elided');
    assert.equal(decideVerdict({ ...base, hasBrackets: true }).verdict, 'elided');
    assert.equal(decideVerdict({ ...base, matched: 9, substituted: 1 }).verdict, 'altered');
    assert.equal(decideVerdict({ ...base, deleted: 1 }).verdict, 'altered');
  });

  it('paraphrase or absent when too few words are in place', () => {
    assert.equal(decideVerdict({ ...base, matched: 3, substituted: 7 }).verdict, 'paraphrase');
    assert.equal(decideVerdict({ ...base, matched: 3, substituted: 7, contentFound: 2 }).verdict, 'absent');
    assert.equal(decideVerdict({ ...base, kind: 'indirect', matched: 8, substituted: 2 }).verdict, 'paraphrase');
    assert.equal(decideVerdict({ ...base, words: 0, matched: 0 }).verdict, 'absent');
  });

  it('misattributed when the tape speaker contradicts the article, whatever the words', () => {
    assert.equal(decideVerdict({ ...base, speaker: 'mismatch' }).verdict, 'misattributed');
    assert.equal(decideVerdict({ ...base, matched: 9, substituted: 1, speaker: 'mismatch' }).textVerdict, 'altered');
    assert.equal(decideVerdict({ ...base, speaker: 'unknown' }).verdict, 'exact');
    assert.equal(decideVerdict({ ...base, matched: 1, substituted: 9, contentFound: 0, speaker: 'mismatch' }).verdict, 'absent');
  });
});
