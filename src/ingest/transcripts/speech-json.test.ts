import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTranscript } from './index.js';
import { parseJsonWithPositions } from './json-with-positions.js';

describe('speech-to-text JSON', () => {
  it('reads Whisper segments with speakers', () => {
    const transcript = parseTranscript(
      JSON.stringify({
        text: ' a b',
        segments: [
          { id: 0, start: 0.5, end: 2.25, text: ' We closed the mill.', speaker: 'SPEAKER_00' },
          { id: 1, start: 2.25, end: 4, text: ' Why?', speaker: 'SPEAKER_01' },
        ],
      }),
      { name: 'w.json' },
    );
    assert.equal(transcript.format, 'whisper-json');
    assert.equal(transcript.document.text, 'We closed the mill.\nWhy?');
    assert.deepEqual(
      transcript.turns.map((turn) => [turn.speaker, turn.startMs, turn.endMs]),
      [
        ['SPEAKER_00', 500, 2250],
        ['SPEAKER_01', 2250, 4000],
      ],
    );
  });

  it('gives every word of the word-level variant its own times', () => {
    const transcript = parseTranscript(
      JSON.stringify({
        segments: [
          {
            start: 0,
            end: 1.5,
            text: ' Hello there.',
            words: [
              { word: ' Hello', start: 0, end: 0.6 },
              { word: ' there.', start: 0.7, end: 1.5 },
            ],
          },
        ],
      }),
      { name: 'words.json' },
    );
    assert.equal(transcript.document.text, 'Hello there.');
    assert.deepEqual(
      transcript.document.sourceMap.map((segment) => [
        transcript.document.text.slice(segment.text.start, segment.text.end),
        segment.cue?.startMs,
        segment.cue?.endMs,
      ]),
      [
        ['Hello', 0, 600],
        ['there.', 700, 1500],
      ],
    );
  });

  it('reads generic segment lists, AssemblyAI-style utterances in ms and whisper.cpp offsets', () => {
    const generic = parseTranscript('[{"start": "00:00:01.500", "end": 3, "text": "Hi.", "speaker": 2}]', { name: 'g.json' });
    assert.equal(generic.format, 'asr-json');
    assert.deepEqual([generic.turns[0]?.speaker, generic.turns[0]?.startMs, generic.turns[0]?.endMs], ['Speaker 2', 1500, 3000]);
    const utterances = parseTranscript('{"utterances": [{"speaker": "A", "start": 250, "end": 1900, "text": "Yes."}]}', { name: 'u.json' });
    assert.deepEqual([utterances.turns[0]?.startMs, utterances.turns[0]?.endMs], [250, 1900]);
    const cpp = parseTranscript(
      '{"transcription": [{"timestamps": {"from": "00:00:00,000", "to": "00:00:02,000"}, "offsets": {"from": 0, "to": 2000}, "text": " Go on."}]}',
      { name: 'c.json' },
    );
    assert.deepEqual([cpp.document.text, cpp.turns[0]?.endMs], ['Go on.', 2000]);
  });

  it('reports bad times, empty segments, invalid JSON and unknown shapes by line', () => {
    const bad = parseTranscript(
      '{\n  "segments": [\n    {"start": "soon", "end": 2, "text": "One."},\n    {"start": 3, "end": 2, "text": "Two."},\n    {"start": 4, "end": 5, "text": " "}\n  ]\n}',
      { name: 'bad.json' },
    );
    assert.deepEqual(
      bad.messages.map((message) => [message.line, message.ruleId]),
      [
        [3, 'transcripts/malformed-timestamp'],
        [4, 'transcripts/end-before-start'],
        [5, 'transcripts/empty-cue'],
      ],
    );
    assert.equal(bad.document.text, 'One. Two.');
    const invalid = parseTranscript('{\n  "segments": [1,\n', { name: 'i.json' });
    assert.deepEqual(
      invalid.messages.map((message) => [message.line, message.ruleId]),
      [[3, 'transcripts/invalid-json']],
    );
    const unknown = parseTranscript('{"results": {"items": []}}', { name: 'aws.json' });
    assert.deepEqual(
      unknown.messages.map((message) => message.ruleId),
      ['transcripts/unknown-format'],
    );
  });
});

describe('parseJsonWithPositions', () => {
  it('parses like JSON.parse and remembers where objects start', () => {
    const text = '{"a": [1, -2.5e3, "x\\u00e9\\n", true, null], "b": {"c": {}}}';
    const result = parseJsonWithPositions(text);
    assert.deepEqual(result.value, JSON.parse(text));
    const value = result.value as { b: object };
    assert.equal(result.positions.get(value.b), text.indexOf('{"c"'));
  });

  it('keeps "__proto__" as data and refuses deep nesting without overflowing', () => {
    const proto = parseJsonWithPositions('{"__proto__": {"polluted": 1}}').value as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(proto), Object.prototype);
    assert.deepEqual(Object.keys(proto), ['__proto__']);
    const deep = parseJsonWithPositions('['.repeat(100_000));
    assert.match(deep.error?.reason ?? '', /nesting/);
  });

  it('names the unexpected character and what was expected', () => {
    assert.deepEqual(parseJsonWithPositions('{"a" 1}').error, { reason: 'Unexpected "1", expected ":"', offset: 5 });
    assert.equal(parseJsonWithPositions('[1,]').error?.reason, 'Unexpected "]", expected a JSON value');
  });
});
