import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentHash, normalizeDate } from '../analyse.js';
import { parseQuoteId, readDateRange } from './results.js';
import { contentWords, matchKey, wordsOf } from '../text/words.js';
import { conjunctionsOf, toFts5Query, toTsQuery } from '../text/term-query.js';

describe('corpus identity and dates', () => {
  it('hashes the normalized input: line ends, surrounding space and Unicode form do not matter', () => {
    assert.equal(contentHash('Caf\u00e9 opens.\r\nToday.\n'), contentHash('  Cafe\u0301 opens.\nToday.'));
    assert.notEqual(contentHash('Cafe opens.'), contentHash('Café opens.'));
  });
  it('reads publication dates into ISO instants, and refuses what it cannot read', () => {
    assert.equal(normalizeDate('2024-03-05'), '2024-03-05T00:00:00.000Z');
    assert.equal(normalizeDate('2024-03-05T10:00:00+02:00'), '2024-03-05T08:00:00.000Z');
    assert.equal(normalizeDate('next Tuesday'), null);
    assert.deepEqual(readDateRange('2024-03-01', '2024-03-31'), { since: '2024-03-01T00:00:00.000Z', until: '2024-03-31T23:59:59.999Z' });
    assert.throws(() => readDateRange('soon', undefined), { code: 'VBT_OPTIONS_INVALID' });
  });
  it('reads quote ids', () => {
    assert.deepEqual(parseQuoteId('0123456789ABCDEF:q12'), { documentId: '0123456789abcdef', spanId: 'q12' });
    assert.equal(parseQuoteId('we will never surrender'), undefined);
    assert.equal(parseQuoteId('0123456789abcdeg:q1'), undefined);
  });
});

describe('words and queries', () => {
  it('normalizes words: case, accents, punctuation, digit groups', () => {
    assert.deepEqual(wordsOf('Zoë’s “new” café — 33,847 votes… [the council]'), [
      'zoe',
      's',
      'new',
      'cafe',
      '33847',
      'votes',
      'the',
      'council',
    ]);
    assert.deepEqual(contentWords(['we', 'are', 'the', 'pier']), ['pier']);
    assert.deepEqual(contentWords(['we', 'are']), ['we', 'are']);
    assert.deepEqual(['strikes', 'striking', 'struck', 'closed', 'closing', 'close'].map(matchKey), [
      'strik',
      'strik',
      'struck',
      'clos',
      'clos',
      'clos',
    ]);
  });
  it('builds full-text queries for both databases', () => {
    // The short words are left out first: the queries keeping the long (rarer) ones come first.
    const conjunctions = conjunctionsOf(['pier', 'ferry', 'quay'], 'all-but-one');
    assert.deepEqual(conjunctions, [
      ['ferry', 'quay'],
      ['pier', 'ferry'],
      ['pier', 'quay'],
    ]);
    assert.equal(toFts5Query([['pier', 'quay']]), '("pier" "quay")');
    assert.equal(toTsQuery(conjunctions.slice(0, 2)), "('ferry' & 'quay') | ('pier' & 'ferry')");
  });
});
