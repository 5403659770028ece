import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareNames, isOpaqueLabel, nameParts } from './speaker-match.js';

describe('compareNames', () => {
  const cases: Array<[string, string, 'match' | 'mismatch' | 'unknown']> = [
    ['Joe Berlinger', 'JOE B.', 'match'],
    ['Joe Berlinger', 'BERLINGER', 'match'],
    ['Joe Berlinger', 'J.B.', 'match'],
    ['Mayor Ana Ruiz', 'ANA RUIZ', 'match'],
    ['Marisol Quintero-Hale', 'QUINTERO HALE', 'match'],
    ['Margaret Oyelaran Birch', 'MAGGIE OYELARAN-BIRCH', 'match'],
    ['Teodor Vasquez', 'TEO VASQUEZ', 'match'],
    ['Joe Berlinger', 'Joe Berlingr', 'match'],
    ['André Duclos', 'ANDRE DUCLOS', 'match'],
    ['Joe Berlinger', 'JOE SMITH', 'mismatch'],
    ['Joe Berlinger', 'DANA W.', 'mismatch'],
    ['Berlinger', 'JOE B.', 'unknown'],
    ['', 'JOE B.', 'unknown'],
  ];
  for (const [article, tape, expected] of cases) {
    it(`${article || '(none)'} vs ${tape}: ${expected}`, () => assert.equal(compareNames(article, tape), expected));
  }
});

describe('isOpaqueLabel and nameParts', () => {
  it('treats diarization slots and roles as saying nothing about who speaks', () => {
    for (const label of ['SPEAKER_01', 'Speaker 2', 'spk0', 'Q', 'A', 'INTERVIEWER', 'Reporter'])
      assert.equal(isOpaqueLabel(label), true, label);
    for (const label of ['JOE B.', 'Dana Whitfield', 'ANA']) assert.equal(isOpaqueLabel(label), false, label);
  });

  it('drops titles, accents and punctuation', () => {
    assert.deepEqual(nameParts('Dr. Zoë O\u2019Neill-Park Jr.'), ['zoe', 'oneill', 'park']);
  });
});
