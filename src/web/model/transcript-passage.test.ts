import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyseArticle, verifyQuotes } from './analysis-core.js';
import { locatePassage } from './transcript-passage.js';

const article = readFileSync(new URL('../../../examples/harbor-strike.txt', import.meta.url), 'utf8');
const tape = readFileSync(new URL('../examples/harbor-strike-rally.vtt', import.meta.url), 'utf8');

test('every matched quote points at its words in the transcript', () => {
  const analysed = analyseArticle({ name: 'harbor-strike.txt', text: article, format: 'auto' });
  const result = verifyQuotes(analysed.view, [{ name: 'rally.vtt', text: tape }]);
  const summary = result.transcripts[0]!;
  let located = 0;
  for (const quote of result.verified.quotes) {
    if (quote.match === null) continue;
    const passage = locatePassage(summary, quote.match);
    assert.ok(passage !== null, `${quote.id} located`);
    assert.ok(passage.cues.length > 0);
    assert.equal(summary.text.slice(passage.start, passage.end), quote.match.text.trim());
    const first = summary.cues[passage.cues[0]!]!;
    assert.ok(first.startMs !== undefined);
    located++;
  }
  assert.ok(located >= 5);
});

test('an untimed match falls back to its line, and an unknown one to nothing', () => {
  const summary = {
    name: 'notes.txt',
    format: 'text' as const,
    text: 'first words here\nsecond line of words',
    turns: [],
    speakers: [],
    messages: [],
    cues: [
      { index: 0, start: 0, end: 16, line: 1 },
      { index: 1, start: 17, end: 37, line: 2 },
    ],
  };
  const byLine = locatePassage(summary, {
    transcript: 'notes.txt',
    start: null,
    end: null,
    speaker: null,
    text: 'words that differ',
    line: 2,
  });
  assert.deepEqual(byLine, { start: 17, end: 37, cues: [1] });
  assert.equal(
    locatePassage(summary, { transcript: 'notes.txt', start: null, end: null, speaker: null, text: 'not there', line: null }),
    null,
  );
});
