import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTranscript } from './index.js';

const TAPE = `WEBVTT Kind: captions

NOTE
Interviewer: Dana Whitfield
JOE B. = Joe Berlinger

STYLE
::cue { color: yellow }

intro
00:00:01.000 --> 00:00:04.500 align:start
<v DANA W.>So what happened &amp; when?</v>

00:00:05.000 --> 00:00:09.000
<v.loud JOE B.>Well, um, we closed the
<i>mill</i> in March.

00:00:09.000 --> 00:00:12.000
<v JOE B.>It was hard.
<v DANA W.>Right.
`;

describe('WebVTT', () => {
  const transcript = parseTranscript(TAPE, { name: 'tape.vtt' });

  it('keeps the spoken words only, one speaker turn per line', () => {
    assert.equal(transcript.format, 'vtt');
    assert.equal(transcript.document.text, 'So what happened & when?\nWell, um, we closed the mill in March. It was hard.\nRight.');
    assert.deepEqual(
      transcript.turns.map((turn) => [turn.speaker, turn.startMs, turn.endMs, transcript.document.text.slice(turn.start, turn.end)]),
      [
        ['DANA W.', 1000, 4500, 'So what happened & when?'],
        ['JOE B.', 5000, 12000, 'Well, um, we closed the mill in March. It was hard.'],
        ['DANA W.', 9000, 12000, 'Right.'],
      ],
    );
    assert.deepEqual(transcript.messages, []);
  });

  it('maps every cue back to its index, times, speaker and line', () => {
    const cues = transcript.document.sourceMap.map((segment) => segment.cue);
    assert.deepEqual(cues[1], { index: 1, line: 14, startMs: 5000, endMs: 9000, speaker: 'JOE B.' });
    assert.equal(cues.length, 4);
  });

  it('reads speaker names from a NOTE block', () => {
    assert.deepEqual(transcript.speakers, [
      { label: 'DANA W.', turns: 2 },
      { label: 'JOE B.', name: 'Joe Berlinger', turns: 1 },
    ]);
  });

  it('reports a malformed timestamp and a cue without text by line, and keeps reading', () => {
    const broken = parseTranscript(
      'WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\n<v A>One.\n\n00:00:05.000 --> 00:00:08.000\n\n00:00:09.000 --> 00:00:12.000\nTwo.\n',
      { name: 'b.vtt' },
    );
    assert.deepEqual(
      broken.messages.map((message) => [message.line, message.ruleId]),
      [
        [3, 'transcripts/malformed-timestamp'],
        [6, 'transcripts/empty-cue'],
      ],
    );
    assert.equal(broken.document.text, 'One. Two.');
  });

  it('reads voiceless captions with "NAME:" labels and dashes for a new speaker', () => {
    const captions = parseTranscript(
      'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nMAYOR RUIZ: We will rebuild.\n\n00:00:03.000 --> 00:00:05.000\nAll of it.\n\n00:00:05.000 --> 00:00:07.000\n- When?\n- Soon.\n',
      { name: 'c.vtt' },
    );
    assert.deepEqual(
      captions.turns.map((turn) => turn.speaker),
      ['MAYOR RUIZ', null, null],
    );
    assert.equal(captions.document.text, 'We will rebuild. All of it.\nWhen?\nSoon.');
  });

  it('warns about a missing header but still reads the cues', () => {
    const headless = parseTranscript('00:00:01.000 --> 00:00:02.000\nHello there.\n', { name: 'h.vtt', format: 'vtt' });
    assert.equal(headless.document.text, 'Hello there.');
    assert.equal(headless.messages[0]?.ruleId, 'transcripts/missing-webvtt-header');
  });
});
