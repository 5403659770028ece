import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processLine, sniffId } from './process-line.js';

const encoder = new TextEncoder();
const options = { view: 'quotes' as const, maxLength: 1 << 20 };

function run(line: string): { isError: boolean; value: Record<string, unknown> } {
  const result = processLine(encoder.encode(line), 9, options);
  return { isError: result.isError, value: JSON.parse(result.output) as Record<string, unknown> };
}

describe('processLine', () => {
  it('returns the quotes view under the id exactly as given', () => {
    for (const [line, id] of [
      ['{"id":"a-1","text":"Nothing quoted."}', 'a-1'],
      ['{"id":17,"text":"Nothing quoted."}', 17],
      ['{"text":"Nothing quoted."}', null],
    ] as const) {
      const { isError, value } = run(line);
      assert.equal(isError, false, line);
      assert.equal(value.id, id, line);
      assert.ok(Array.isArray(value.quotes) && Array.isArray(value.entities), line);
    }
  });

  it('gives an error line with the code, the line number and the id when known', () => {
    const cases: Array<[string, string, unknown]> = [
      ['{"id":"x","text":', 'VBT_INPUT_INVALID_JSON', null],
      ['[1,2]', 'VBT_INPUT_MISSING_TEXT', null],
      ['"just a string"', 'VBT_INPUT_MISSING_TEXT', null],
      ['{"id":"x","title":"t"}', 'VBT_INPUT_MISSING_TEXT', 'x'],
      ['{"id":"x","text":null,"html":5}', 'VBT_INPUT_MISSING_TEXT', 'x'],
      ['{"id":{"nested":true},"text":"t"}', 'VBT_INPUT_BAD_ID', null],
    ];
    for (const [line, code, id] of cases) {
      const { isError, value } = run(line);
      assert.equal(isError, true, line);
      assert.equal(value.id, id, line);
      assert.equal(value.line, 9, line);
      assert.equal((value.error as { code: string }).code, code, line);
    }
  });

  it('uses html when text is not a string', () => {
    const { isError, value } = run('{"id":"h","text":7,"html":"<p>Nothing quoted here at all, just a sentence.</p>"}');
    assert.equal(isError, false);
    assert.equal(value.id, 'h');
  });
});

describe('sniffId', () => {
  it('reads a leading id from the first bytes of a line', () => {
    assert.equal(sniffId(encoder.encode('{"id":"big-1","text":"xxxxx')), 'big-1');
    assert.equal(sniffId(encoder.encode(' { "id" : 42 , "text":"xx')), 42);
    assert.equal(sniffId(encoder.encode('{"id":"with \\"escaped\\" marks","text"')), 'with "escaped" marks');
    assert.equal(sniffId(encoder.encode('{"text":"xx","id":"late"}')), null);
    assert.equal(sniffId(encoder.encode('{"id":"cut off')), null);
    assert.equal(sniffId(encoder.encode('not json')), null);
  });
});
