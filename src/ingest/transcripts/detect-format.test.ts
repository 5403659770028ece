import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTranscript } from './index.js';
import { detectTranscriptFormat } from './detect-format.js';

describe('detectTranscriptFormat', () => {
  it('goes by content first, then by extension', () => {
    assert.equal(detectTranscriptFormat('WEBVTT\n\n00:01.000 --> 00:02.000\nHi', 'tape.txt').format, 'vtt');
    assert.equal(detectTranscriptFormat('1\n00:00:01,000 --> 00:00:02,000\nHi\n', 'tape').format, 'srt');
    assert.equal(detectTranscriptFormat('{"segments": []}', 'x.txt').format, 'json');
    assert.equal(detectTranscriptFormat('[00:00:01] Q: Hello?', 'notes').format, 'text');
    assert.equal(detectTranscriptFormat('[{"start": 0}]', 'notes').format, 'json');
    assert.equal(detectTranscriptFormat('Q: Hello?', 'tape.srt').format, 'srt');
  });

  it('calls markup, audio and office files unknown', () => {
    assert.equal(detectTranscriptFormat('<tt xmlns="http://www.w3.org/ns/ttml">', 'captions.xml').format, 'unknown');
    assert.equal(detectTranscriptFormat('%PDF-1.4', 'notes.pdf').format, 'unknown');
  });

  it('turns an unknown format or an empty file into one message on line 1', () => {
    const pdf = parseTranscript('%PDF-1.4\n', { name: 'notes.pdf' });
    assert.deepEqual(
      pdf.messages.map((message) => [message.line, message.ruleId]),
      [[1, 'transcripts/unknown-format']],
    );
    assert.equal(pdf.format, 'unknown');
    for (const [raw, name] of [
      ['', 'empty.srt'],
      ['WEBVTT\n', 'empty.vtt'],
      ['   \n', 'empty.txt'],
      ['{"segments": []}', 'empty.json'],
    ] as const) {
      assert.deepEqual(
        parseTranscript(raw, { name }).messages.map((message) => message.ruleId),
        ['transcripts/empty-transcript'],
        name,
      );
    }
  });
});
