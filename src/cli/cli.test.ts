// End-to-end: spawns `node bin/verbatim.js` (which runs the TypeScript through tsx when dist/ is absent).
// Each spawn costs about half a second, so each test checks several things in one run.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/verbatim.js', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'verbatim-cli-'));

after(() => rmSync(directory, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function verbatim(args: string[], stdin?: string | Uint8Array): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: directory, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(stdout).toString(), stderr: Buffer.concat(stderr).toString() }));
    child.stdin.end(stdin ?? '');
  });
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

interface OutputLine {
  id: string | number | null;
  line?: number;
  quotes?: unknown[];
  entities?: unknown[];
  error?: { code: string; message: string };
}

describe('verbatim extract --jsonl', () => {
  it('keeps input order over 2 workers and answers each bad line with an error line (exit 1)', async () => {
    const input: string[] = [];
    // What each output line must be: an id and, for a bad line, its error code and line number.
    const expected: Array<{ id: string | number | null; code?: string; line?: number }> = [];
    for (let index = 0; index < 200; index++) {
      const lineNumber = input.length + 1;
      const id = `doc-${index}`;
      const kind = index % 40;
      if (kind === 7) {
        input.push(`{"id":"${id}","text": "unterminated`);
        expected.push({ id: null, code: 'VBT_INPUT_INVALID_JSON', line: lineNumber });
      } else if (kind === 13) {
        input.push(JSON.stringify({ id, title: 'No body' }));
        expected.push({ id, code: 'VBT_INPUT_MISSING_TEXT', line: lineNumber });
      } else if (kind === 21) {
        input.push(JSON.stringify({ id, text: 42 }));
        expected.push({ id, code: 'VBT_INPUT_MISSING_TEXT', line: lineNumber });
      } else if (kind === 33) {
        input.push(JSON.stringify({ id, text: 'long '.repeat(1000) }));
        expected.push({ id, code: 'VBT_INPUT_TOO_LARGE', line: lineNumber });
      } else if (index % 2 === 1) {
        input.push(
          JSON.stringify({ id, html: `<p>“The pier closes at ${index},” said Warden Ilse Brandt.</p>`, outlet: 'Lakeside Ledger' }),
        );
        expected.push({ id });
      } else {
        input.push(
          JSON.stringify({ id: index, text: `“We sail at ${index},” Captain Oren Falk said. He added that the fleet was ready.` }),
        );
        expected.push({ id: index });
      }
      if (index % 25 === 0) input.push('');
    }
    // CRLF line ends and a last line without a line break.
    const run = await verbatim(['extract', '--jsonl', '--workers', '2', '--max-bytes', '4KiB', file('batch.jsonl', input.join('\r\n'))]);
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as OutputLine);
    assert.equal(lines.length, expected.length);
    lines.forEach((line, index) => {
      const want = expected[index]!;
      assert.equal(line.id, want.id, `output line ${index + 1}`);
      if (want.code === undefined) {
        assert.ok(Array.isArray(line.quotes) && Array.isArray(line.entities), `output line ${index + 1} is a quotes view`);
      } else {
        assert.equal(line.error?.code, want.code, `output line ${index + 1}`);
        assert.equal(line.line, want.line, `output line ${index + 1}`);
      }
    });
  });

  it('reads stdin (-) and exits 0 when every line succeeds', async () => {
    const records = ['{"id":"a","text":"“Fine,” she said."}', '', '{"id":"b","text":"No quotes here."}'].join('\n');
    const run = await verbatim(['extract', '--jsonl', '--workers', '1', '-'], records);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(
      run.stdout
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as OutputLine).id),
      ['a', 'b'],
    );
    assert.equal(run.stderr, '', 'no progress line when stderr is not a terminal');
  });
});

describe('verbatim extract FILE', () => {
  it('reads text from stdin and prints the quotes view as JSON', async () => {
    const run = await verbatim(['extract', '--format', 'json', '-'], '“The ferry is late again,” said Tomas Lind, a commuter.\n');
    assert.equal(run.status, 0, run.stderr);
    const view = JSON.parse(run.stdout) as OutputLine;
    assert.equal(view.id, 'stdin');
    assert.ok(Array.isArray(view.quotes) && Array.isArray(view.entities));
  });

  it('reads HTML by extension and includes the extracted text in the JSON', async () => {
    const page = file(
      'page.html',
      '<!doctype html><html><head><title>Ferry</title></head><body><nav><a href="/">Home</a></nav>' +
        '<article><h1>Ferry late</h1><p>“The ferry is late again,” said Tomas Lind.</p></article></body></html>',
    );
    const run = await verbatim(['extract', '--format', 'json', page]);
    assert.equal(run.status, 0, run.stderr);
    const view = JSON.parse(run.stdout) as OutputLine & { text?: string };
    assert.equal(view.id, page);
    assert.equal(typeof view.text, 'string', 'HTML input carries its extracted text');
    assert.ok(!view.text!.includes('<p>'), 'the text has no markup');
  });

  it('prints a table per file, refuses a binary file by name and goes on (exit 1)', async () => {
    const story = file('story.txt', '“We will rebuild the pier,” Mayor Greta Holm said on Tuesday.\n');
    const binary = file('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
    const run = await verbatim(['extract', story, binary, story]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^verbatim: VBT_INPUT_BINARY .*image\.txt/m);
    assert.equal(run.stdout.split('\n').filter((line) => line.startsWith(`${story}: `)).length, 2);
  });

  it('exits 1 with a coded message for a binary file alone, and 2 for usage errors', async () => {
    const binary = file('only.bin.txt', Uint8Array.from([0x00, 0x01, 0x02, 0x03]));
    const alone = await verbatim(['extract', binary]);
    assert.equal(alone.status, 1);
    assert.match(alone.stderr, /^verbatim: VBT_INPUT_BINARY .*only\.bin\.txt/);
    const usage = await verbatim(['extract', '--workers', 'many', '--jsonl']);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /^verbatim: VBT_USAGE .*--workers/);
    assert.equal(usage.stdout, '');
  });
});
