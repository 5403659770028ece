import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTranscript } from './index.js';

describe('plain-text transcripts', () => {
  const transcript = parseTranscript(
    [
      'INTERVIEW WITH JOE BERLINGER',
      'Interviewer: Dana Whitfield',
      'Interviewee: Joe Berlinger',
      'Date: 3 March',
      '',
      '[00:00:01] Q: So what happened when the mill closed?',
      'A: Look: we tried. [00:00:09] We really tried.',
      'It was hard.',
      '',
      'Q. And then?',
      '00:00:22 A: Then nothing. [00:61:00] Nothing at all.',
      'MARGARET ODUYA (00:00:30): May I add something?',
    ].join('\n'),
    { name: 'notes.txt' },
  );

  it('reads Q/A turns, continuation lines and inline clocks', () => {
    assert.equal(transcript.format, 'text');
    assert.deepEqual(
      transcript.turns.map((turn) => [turn.speaker, turn.startMs, turn.endMs, transcript.document.text.slice(turn.start, turn.end)]),
      [
        ['Q', 1000, 9000, 'So what happened when the mill closed?'],
        ['A', 9000, 22000, 'Look: we tried. We really tried. It was hard.'],
        ['Q', undefined, undefined, 'And then?'],
        ['A', 22000, 30000, 'Then nothing. Nothing at all.'],
        ['MARGARET ODUYA', 30000, 30000, 'May I add something?'],
      ],
    );
  });

  it('names Q and A from the header and keeps other header fields', () => {
    assert.deepEqual(
      transcript.speakers.map((speaker) => [speaker.label, speaker.name, speaker.role]),
      [
        ['Q', 'Dana Whitfield', 'interviewer'],
        ['A', 'Joe Berlinger', 'interviewee'],
        ['MARGARET ODUYA', undefined, undefined],
      ],
    );
    assert.deepEqual(transcript.header, { date: '3 March' });
  });

  it('reports a malformed inline clock with its line and column and drops only the clock', () => {
    assert.deepEqual(
      transcript.messages.map((message) => [message.line, message.column, message.ruleId]),
      [[11, 27, 'transcripts/malformed-timestamp']],
    );
  });

  it('trusts a capitalized label used on several lines but not a one-off "Word:"', () => {
    const notes = parseTranscript(
      'Dana Whitfield: Hello.\nJoe Berlinger: Hi.\nDana Whitfield: Ready?\nJoe Berlinger: Here is the thing: we tried.\n',
      { name: 'n.txt' },
    );
    assert.deepEqual(
      notes.turns.map((turn) => turn.speaker),
      ['Dana Whitfield', 'Joe Berlinger', 'Dana Whitfield', 'Joe Berlinger'],
    );
    assert.match(notes.document.text, /Here is the thing: we tried\./);
  });

  it('reads a file without labels as one unnamed speaker, with an info message', () => {
    const plain = parseTranscript('We closed the mill.\nIt was hard.\n', { name: 'p.txt' });
    assert.deepEqual(
      plain.turns.map((turn) => turn.speaker),
      [null],
    );
    assert.deepEqual(
      plain.messages.map((message) => message.ruleId),
      ['transcripts/no-speaker-labels'],
    );
  });
});
