import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTranscript } from '../ingest/transcripts/index.js';
import { createDocument } from '../model/document.js';
import { buildCorpus } from './corpus.js';
import { buildHandView, type HandQuote } from './hand-built-view.js';
import { verifyArticle } from './verify-article.js';

const TAPE = parseTranscript(
  `WEBVTT

NOTE Interviewer: Dana Whitfield

00:00:01.000 --> 00:00:04.500
<v DANA W.>So the mill is finished?

00:00:05.000 --> 00:00:09.000
<v JOE B.>Well, um, the mill is not finished. We need strength now,

00:00:09.000 --> 00:00:12.000
<v JOE B.>and we'll keep twenty-five percent of the jobs in Harlow.

00:00:12.000 --> 00:00:13.000
<v DANA W.>Right.

00:00:13.000 --> 00:00:18.000
<v JOE B.>The council don't understand the river towns at all. They never did.

00:00:18.500 --> 00:00:21.000
<v SPEAKER_07>The river towns pay for everything.
`,
  { name: 'tape.vtt' },
);

function verify(quotes: HandQuote[], tapes = [TAPE]) {
  return verifyArticle(buildHandView(quotes), tapes).quotes;
}

describe('verifyArticle', () => {
  it('exact across fillers, number spelling, contractions and two cues, with tape, times and speaker', () => {
    const [quote] = verify([
      { text: 'The mill is not finished. We need strength now, and we will keep 25% of the jobs', speaker: 'Joe Berlinger' },
    ]);
    assert.equal(quote?.verdict, 'exact');
    assert.deepEqual(quote?.match, {
      transcript: 'tape.vtt',
      start: '00:00:05.000',
      end: '00:00:12.000',
      speaker: 'JOE B.',
      text: "the mill is not finished. We need strength now, and we'll keep twenty-five percent of the jobs",
      line: 8,
    });
    assert.equal(quote?.diff, null);
  });

  it('a typo comes out as altered with the single-word difference', () => {
    const [quote] = verify([{ text: 'We need strengtyh now', speaker: 'Joe Berlinger' }]);
    assert.equal(quote?.verdict, 'altered');
    assert.deepEqual(quote?.diff, [
      { op: 'equal', article: 'We need', transcript: 'We need' },
      { op: 'replace', article: 'strengtyh', transcript: 'strength' },
      { op: 'equal', article: 'now', transcript: 'now' },
    ]);
  });

  it('dropped and added words without a mark are altered; with an ellipsis or brackets, elided', () => {
    const [dropped, elided, bracketed] = verify([
      { text: 'We need strength, and we will keep 25% of the jobs in Harlow', speaker: 'Joe Berlinger' },
      { text: 'We need strength … we will keep 25% of the jobs', speaker: 'Joe Berlinger' },
      { text: '[The council] never did', speaker: 'Joe Berlinger' },
    ]);
    assert.equal(dropped?.verdict, 'altered');
    assert.deepEqual(
      dropped?.diff?.filter((op) => op.op !== 'equal'),
      [{ op: 'delete', article: '', transcript: 'now' }],
    );
    assert.equal(elided?.verdict, 'elided');
    assert.deepEqual(
      elided?.diff?.filter((op) => op.op !== 'equal'),
      [{ op: 'elide', article: '\u2026', transcript: 'now, and' }],
    );
    assert.equal(bracketed?.verdict, 'elided');
    assert.equal(bracketed?.diff?.[0]?.op, 'bracket');
  });

  it('runs across an interjection turn of the other speaker', () => {
    const [quote] = verify([
      { text: 'We will keep 25 percent of the jobs in Harlow. The council do not understand the river towns', speaker: 'Joe Berlinger' },
    ]);
    assert.equal(quote?.verdict, 'exact');
    assert.equal(quote?.match?.end, '00:00:18.000');
  });

  it('words on the tape twice: the passage of the named speaker wins; the other speaker alone is misattributed', () => {
    const [joe, wrong, dana] = verify([
      { text: 'The mill is not finished', speaker: 'Joe Berlinger' },
      { text: 'So the mill is finished?', speaker: 'Joe Berlinger' },
      { text: 'So the mill is finished?', speaker: 'Dana Whitfield' },
    ]);
    assert.equal(joe?.verdict, 'exact');
    assert.equal(wrong?.verdict, 'misattributed');
    assert.equal(wrong?.match?.speaker, 'DANA W.');
    assert.match(wrong?.reason ?? '', /spoken by DANA W\. on the tape, the article names Joe Berlinger/);
    assert.equal(dana?.verdict, 'exact');
  });

  it('an opaque label is a mismatch only when the named speaker has a label of their own on the tape', () => {
    const [named, stranger] = verify([
      { text: 'The river towns pay for everything.', speaker: 'Joe Berlinger' },
      { text: 'The river towns pay for everything.', speaker: 'Ana Ruiz' },
    ]);
    assert.equal(named?.verdict, 'misattributed');
    assert.equal(stranger?.verdict, 'exact');
  });

  it('paraphrase for indirect speech with the same content; absent for words on no tape', () => {
    const [indirect, invented, unnamed] = verify([
      { text: 'the council did not understand the towns along the river', speaker: 'Joe Berlinger', kind: 'indirect' },
      { text: 'We will build a bridge to the moon', speaker: 'Joe Berlinger' },
      { text: 'Nothing like this was said', speaker: 'Joe Berlinger', kind: 'indirect' },
    ]);
    assert.equal(indirect?.verdict, 'paraphrase');
    assert.equal(indirect?.match?.speaker, 'JOE B.');
    assert.equal(invented?.verdict, 'absent');
    assert.equal(invented?.match, null);
    assert.equal(unnamed?.verdict, 'absent');
  });

  it('pieces of one utterance (a group) are placed together; each gets its own verdict', () => {
    const [first, second] = verify([
      { text: 'The mill is not finished,', speaker: 'Joe Berlinger', group: 'g1' },
      { text: 'We need strenth now.', speaker: 'Joe Berlinger', group: 'g1' },
    ]);
    assert.equal(first?.verdict, 'exact');
    assert.equal(second?.verdict, 'altered');
  });

  it('a mixed quote is checked by its quoted fragments, gaps between them free', () => {
    const [quote] = verify([
      {
        text: 'Berlinger said the mill "is not finished" and that jobs would stay "in Harlow"',
        speaker: 'Joe Berlinger',
        kind: 'mixed',
        fragments: ['is not finished', 'in Harlow'],
      },
    ]);
    assert.equal(quote?.verdict, 'exact');
  });

  it('finds quotes on any of several tapes and names the tape', () => {
    const second = parseTranscript('[{"start": 1, "end": 3, "text": "The ferry runs at dawn.", "speaker": "ELI FARROW"}]', {
      name: 'second.json',
    });
    const [quote] = verify([{ text: 'The ferry runs at dawn', speaker: 'Eli Farrow' }], [TAPE, second]);
    assert.deepEqual([quote?.verdict, quote?.match?.transcript, quote?.match?.start], ['exact', 'second.json', '00:00:01.000']);
  });

  it('without transcripts every quote is absent; the summary fails the gate', () => {
    const result = verifyArticle(
      buildHandView([
        { text: 'Anything at all', speaker: 'Joe Berlinger' },
        { text: 'said in passing', kind: 'indirect' },
      ]),
      [],
    );
    assert.deepEqual(
      result.quotes.map((quote) => quote.verdict),
      ['absent', 'absent'],
    );
    assert.equal(result.verification.passed, false);
    assert.equal(result.verification.counts.absent, 2);
  });

  it('reports a runaway quote as not checked instead of aligning it', () => {
    const [quote] = verify([{ text: 'the mill is not finished '.repeat(450), speaker: 'Joe Berlinger' }]);
    assert.equal(quote?.verdict, 'absent');
    assert.match(quote?.reason ?? '', /not checked: longer than 2000 words/);
  });

  it('keeps every field of the quotes view and accepts a document or a prebuilt corpus', () => {
    const view = buildHandView([{ text: 'We need strength now', speaker: 'Joe Berlinger' }]);
    const result = verifyArticle(view, buildCorpus([TAPE]));
    const { verdict, match, diff, reason, ...rest } = result.quotes[0]!;
    assert.deepEqual(rest, view.quotes[0]);
    assert.equal(typeof reason, 'string');
    assert.deepEqual([verdict, diff, match?.speaker], ['exact', null, 'JOE B.']);
    assert.equal(result.verification.passed, true);
    const empty = verifyArticle(createDocument({ id: 'd', text: 'No quotes here.' }), [TAPE]);
    assert.deepEqual(empty.quotes, []);
  });
});
