// Property tests: any input, in any format, gives a transcript whose turns and cues point into its text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseTranscript } from './index.js';

const pieces = [
  'WEBVTT\n\n',
  '00:00:01.000 --> 00:00:02.000',
  '00:00:0x.000 --> 1',
  '\n',
  '\n\n',
  '1\n',
  '<v JOE B.>',
  '</v>',
  '<i>',
  '&amp;',
  'Q: ',
  'A: ',
  'JOE B.: ',
  '[00:12:31] ',
  '[00:61:00]',
  '- ',
  '>> ',
  'words and more words',
  '{"segments": [',
  '{"start": 1, "end": 2, "text": "hi"}',
  ']}',
  ',',
  '"',
  '\r\n',
  '\u0000',
  '\ud800',
  'NOTE Interviewer: Dana Whitfield\n',
];
const input = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join('')),
);

describe('parseTranscript on arbitrary input', () => {
  it('never throws; turns and cues are sorted ranges of the text; messages have positions', () => {
    fc.assert(
      fc.property(
        input,
        fc.constantFrom('auto', 'vtt', 'srt', 'text', 'json') as fc.Arbitrary<'auto' | 'vtt' | 'srt' | 'text' | 'json'>,
        (raw, format) => {
          const transcript = parseTranscript(raw, { name: 'x', format });
          const { text, sourceMap } = transcript.document;
          let previous = 0;
          for (const turn of transcript.turns) {
            assert.ok(turn.start >= previous && turn.start <= turn.end && turn.end <= text.length);
            previous = turn.end;
          }
          previous = 0;
          for (const segment of sourceMap) {
            assert.ok(segment.text.start >= previous && segment.text.start < segment.text.end && segment.text.end <= text.length);
            previous = segment.text.end;
          }
          for (const message of transcript.messages) assert.ok(message.line >= 1 && message.column >= 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
