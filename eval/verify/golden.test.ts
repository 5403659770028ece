// Golden fixtures of test/fixtures/verify: every quote's verdict and tape match against expected.json.
// Quotes views are built by hand from expected.json, so these tests do not depend on the extractor;
// one end-to-end test runs the extractor on plain direct quotes only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparableMatch, expectedMatch, loadTranscripts, loadVerifyCases, runCase } from './fixtures.js';

const cases = loadVerifyCases();

describe('verify golden fixtures', () => {
  it('has every verdict several times', () => {
    const counts = new Map<string, number>();
    for (const verifyCase of cases) for (const quote of verifyCase.quotes) counts.set(quote.verdict, (counts.get(quote.verdict) ?? 0) + 1);
    for (const verdict of ['exact', 'elided', 'altered', 'misattributed', 'paraphrase', 'absent'])
      assert.ok((counts.get(verdict) ?? 0) >= 4, `${verdict}: ${counts.get(verdict) ?? 0}`);
  });

  for (const verifyCase of cases) {
    it(verifyCase.name, () => {
      const { outcomes } = runCase(verifyCase, 'hand');
      const actual = outcomes.map((outcome) => ({
        text: outcome.text,
        verdict: outcome.actual,
        match: comparableMatch(outcome.quote!.match, outcome.expected.match),
      }));
      const expected = verifyCase.quotes.map((quote) => ({ text: quote.text, verdict: quote.verdict, match: expectedMatch(quote.match) }));
      assert.deepStrictEqual(actual, expected);
    });
  }

  it('reports each bad tape by file and line and still verifies against the others', () => {
    const verifyCase = cases.find((candidate) => candidate.messages !== undefined)!;
    const transcripts = loadTranscripts(verifyCase);
    const messages = transcripts.flatMap((transcript) =>
      transcript.messages.map((message) => ({ transcript: transcript.name, line: message.line, ruleId: message.ruleId })),
    );
    assert.deepStrictEqual(messages, verifyCase.messages);
    const { outcomes } = runCase(verifyCase, 'hand', transcripts);
    assert.ok(outcomes.some((outcome) => outcome.quote?.match?.transcript === 'broken.vtt' && outcome.actual === 'exact'));
  });

  it('end to end with the extractor: plain direct quotes of the mill interview', () => {
    const verifyCase = cases.find((candidate) => candidate.name === 'mill-owner-vtt-voice-tags')!;
    const { outcomes, view } = runCase(verifyCase, 'extract');
    const plain = [
      'The mill is not finished,',
      "We've had three hard witners,",
      'The mill is a dinosaur,',
      "My grandfather didn't sell … and I won't sell now,",
      'We will build a new plant on the other side of the river,',
    ];
    for (const text of plain) {
      const outcome = outcomes.find((candidate) => candidate.text === text)!;
      assert.equal(outcome.actual, outcome.expected.verdict, `${text} (extracted: ${view.quotes.map((quote) => quote.text).join(' | ')})`);
    }
    assert.equal(view.verification.passed, false);
  });
});
