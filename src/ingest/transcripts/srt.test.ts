import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTranscript } from './index.js';

describe('SRT', () => {
  it('reads numbered cues, labels in the text, continuation cues and markup', () => {
    const transcript = parseTranscript(
      '1\r\n00:00:01,000 --> 00:00:04,000\r\nJOE B.: We closed\r\nthe <i>mill</i>.\r\n\r\n2\r\n00:00:04,000 --> 00:00:06,000\r\n{\\an8}It was hard.\r\n3\r\n00:00:06,000 --> 00:00:08,000\r\nDANA W.: Why?\r\n',
      { name: 'tape.srt' },
    );
    assert.equal(transcript.format, 'srt');
    assert.equal(transcript.document.text, 'We closed the mill. It was hard.\nWhy?');
    assert.deepEqual(
      transcript.turns.map((turn) => [turn.speaker, turn.startMs, turn.endMs, turn.firstCue, turn.lastCue]),
      [
        ['JOE B.', 1000, 6000, 0, 1],
        ['DANA W.', 6000, 8000, 2, 2],
      ],
    );
    assert.deepEqual(transcript.messages, []);
  });

  it('reports an end before its start, a bad timing line and a block without timing, by line', () => {
    const transcript = parseTranscript(
      '1\n00:00:08,000 --> 00:00:07,000\nOne.\n\n2\n00:00:09,000 --> 00:0010,000\nTwo.\n\nstray words\n\n3\n00:00:11,000 --> 00:00:12,000\nThree.\n',
      { name: 'bad.srt' },
    );
    assert.deepEqual(
      transcript.messages.map((message) => [message.line, message.ruleId]),
      [
        [2, 'transcripts/end-before-start'],
        [6, 'transcripts/malformed-timestamp'],
        [9, 'transcripts/missing-timing'],
      ],
    );
    assert.equal(transcript.document.text, 'One. Two. Three.');
  });
});
