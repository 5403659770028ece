import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineSplitter, type SplitterEvent } from './line-splitter.js';

type Seen = { line: number; text: string } | { line: number; oversized: number; head: string };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function describeEvent(event: SplitterEvent): Seen {
  return event.kind === 'line'
    ? { line: event.lineNumber, text: decoder.decode(event.bytes) }
    : { line: event.lineNumber, oversized: event.byteLength, head: decoder.decode(event.head) };
}

function split(chunks: Uint8Array[], maxBytes = 1024): Seen[] {
  const splitter = new LineSplitter(maxBytes);
  const seen: Seen[] = [];
  for (const chunk of chunks) for (const event of splitter.push(chunk)) seen.push(describeEvent(event));
  for (const event of splitter.end()) seen.push(describeEvent(event));
  return seen;
}

function chunksOf(text: string, size: number): Uint8Array[] {
  const bytes = encoder.encode(text);
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; start += size) chunks.push(bytes.subarray(start, start + size));
  return chunks;
}

describe('LineSplitter', () => {
  const input = 'alpha\r\nbé\n\n  \r\n{"id":"x"}\r\nlast';
  const expected: Seen[] = [
    { line: 1, text: 'alpha' },
    { line: 2, text: 'bé' },
    { line: 5, text: '{"id":"x"}' },
    { line: 6, text: 'last' },
  ];

  it('gives the same lines whatever the chunk boundaries (every split position, every pair)', () => {
    const bytes = encoder.encode(input);
    assert.deepEqual(split([bytes]), expected);
    for (let first = 0; first <= bytes.length; first++) {
      assert.deepEqual(split([bytes.subarray(0, first), bytes.subarray(first)]), expected, `split at ${first}`);
      for (let second = first; second <= bytes.length; second++) {
        const chunks = [bytes.subarray(0, first), bytes.subarray(first, second), bytes.subarray(second)];
        assert.deepEqual(split(chunks), expected, `split at ${first} and ${second}`);
      }
    }
  });

  it('handles one byte at a time', () => {
    assert.deepEqual(split(chunksOf(input, 1)), expected);
  });

  it('strips CRLF and ends a final line without a line break', () => {
    assert.deepEqual(split([encoder.encode('a\r\nb\r\n')]), [
      { line: 1, text: 'a' },
      { line: 2, text: 'b' },
    ]);
    assert.deepEqual(split([encoder.encode('a\nb')]), [
      { line: 1, text: 'a' },
      { line: 2, text: 'b' },
    ]);
    assert.deepEqual(split([encoder.encode('only\r')]), [{ line: 1, text: 'only' }]);
    assert.deepEqual(split([]), []);
  });

  it('assembles a line much longer than the chunk size', () => {
    const long = 'x'.repeat(5000);
    assert.deepEqual(split(chunksOf(`a\n${long}\nb\n`, 7), 10_000), [
      { line: 1, text: 'a' },
      { line: 2, text: long },
      { line: 3, text: 'b' },
    ]);
  });

  it('copies each line into its own buffer (no view of the chunk)', () => {
    const chunk = encoder.encode('one\ntwo\n');
    const splitter = new LineSplitter(100);
    const events = [...splitter.push(chunk)];
    for (const event of events) {
      assert.equal(event.kind, 'line');
      if (event.kind === 'line') assert.equal(event.bytes.buffer.byteLength, event.bytes.length);
    }
  });

  it('discards an oversized line, reporting its line number, byte length and head', () => {
    const big = `{"id":"big","text":"${'y'.repeat(300)}"}`;
    for (const size of [1, 5, 64, 4096]) {
      const seen = split(chunksOf(`{"id":"a"}\n${big}\r\n{"id":"b"}`, size), 100);
      assert.deepEqual(seen[0], { line: 1, text: '{"id":"a"}' }, `chunk size ${size}`);
      const oversized = seen[1];
      assert.ok(oversized !== undefined && 'oversized' in oversized, `chunk size ${size}`);
      assert.equal(oversized.line, 2);
      assert.equal(oversized.oversized, big.length);
      assert.ok(big.startsWith(oversized.head) && oversized.head.startsWith('{"id":"big"'));
      assert.deepEqual(seen[2], { line: 3, text: '{"id":"b"}' }, `chunk size ${size}`);
    }
  });

  it('holds no more than the limit of an oversized line while it streams past', () => {
    const splitter = new LineSplitter(100);
    for (let index = 0; index < 1000; index++) assert.deepEqual([...splitter.push(encoder.encode('z'.repeat(1000)))], []);
    const held = (splitter as unknown as { parts: Uint8Array[] }).parts;
    assert.equal(
      held.reduce((total, part) => total + part.length, 0),
      0,
    );
    const events = [...splitter.push(encoder.encode('\nok\n'))].map(describeEvent);
    assert.equal(events.length, 2);
    assert.deepEqual(events[1], { line: 2, text: 'ok' });
    assert.ok(events[0] !== undefined && 'oversized' in events[0] && events[0].oversized === 1_000_000);
  });

  it('accepts a line of exactly the limit (with or without CR) and refuses one byte more', () => {
    for (const size of [1, 3, 100]) {
      const seen = split(chunksOf(`${'a'.repeat(10)}\r\n${'b'.repeat(10)}\n${'c'.repeat(11)}\r\n${'d'.repeat(11)}`, size), 10);
      assert.deepEqual(
        seen.map((event) => ('oversized' in event ? `${event.line}:over:${event.oversized}` : `${event.line}:${event.text.length}`)),
        ['1:10', '2:10', '3:over:11', '4:over:11'],
        `chunk size ${size}`,
      );
    }
  });
});
