// End to end: spawns `node bin/verbatim.js verify|transcript` on the verify fixtures and temporary files.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../../bin/verbatim.js', import.meta.url));
const fixtures = fileURLToPath(new URL('../../../test/fixtures/verify/', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'verbatim-verify-'));
after(() => rmSync(directory, { recursive: true, force: true }));

function verbatim(args: string[], cwd = directory): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(stdout).toString(), stderr: Buffer.concat(stderr).toString() }));
  });
}

describe('verbatim verify', () => {
  it('prints verdicts, reports bad tapes by file and line, and exits 1 when a quote fails', async () => {
    const run = await verbatim(
      ['verify', 'article.txt', '--against', 'tape.json', 'broken.vtt', 'notes.pdf', 'empty.srt', 'missing.vtt'],
      join(fixtures, 'harbor-dredging-asr-json-bad-tapes'),
    );
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^broken\.vtt:3:\d+ error transcripts\/malformed-timestamp /m);
    assert.match(run.stderr, /^broken\.vtt:6:1 warning transcripts\/empty-cue /m);
    assert.match(run.stderr, /^notes\.pdf:1:1 error transcripts\/unknown-format /m);
    assert.match(run.stderr, /^empty\.srt:1:1 error transcripts\/empty-transcript /m);
    assert.match(run.stderr, /VBT_INPUT_UNREADABLE Cannot read missing\.vtt: no such file/);
    assert.match(run.stdout, /^article\.txt: \d+ quotes against 4 transcripts: .*\(FAIL\)$/m);
    assert.match(run.stdout, /altered +\u201cSo twice a day the fleet is stuck at the dock, waiting for the tide,\u201d/);
    assert.match(run.stdout, /\[-water-\]\{\+the tide\+\}/);
    assert.match(run.stdout, /tape\.json 00:00:10\.200-00:00:15\.000 ANDRÉ DUCLOS/);
  });

  it('--format json adds verdict, match and diff to the quotes view; exit 0 when every direct quote holds', async () => {
    writeFileSync(join(directory, 'story.txt'), 'HARLOW \u2014 "The mill is not finished," said Joe Berlinger, the owner.\n');
    writeFileSync(join(directory, 'tape.vtt'), 'WEBVTT\n\n00:00:05.000 --> 00:00:09.000\n<v JOE B.>Well, um, the mill is not finished.\n');
    const run = await verbatim(['verify', '--format', 'json', 'story.txt', '--against', 'tape.vtt']);
    assert.equal(run.status, 0, run.stderr);
    const view = JSON.parse(run.stdout) as { quotes: Array<Record<string, unknown>>; verification: { passed: boolean } };
    assert.equal(view.verification.passed, true);
    const quote = view.quotes[0]!;
    assert.deepEqual(Object.keys(quote).slice(0, 5), ['id', 'kind', 'start', 'end', 'text']);
    assert.equal(quote['verdict'], 'exact');
    assert.deepEqual(quote['match'], {
      transcript: 'tape.vtt',
      start: '00:00:05.000',
      end: '00:00:09.000',
      speaker: 'JOE B.',
      text: 'the mill is not finished',
      line: 3,
    });
    assert.equal(quote['diff'], null);
  });

  it('needs --against (exit 2)', async () => {
    const run = await verbatim(['verify', 'story.txt']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--against/);
  });
});

describe('verbatim transcript', () => {
  it('prints speaker turns with times, and JSON with offsets and cues', async () => {
    const file = join(fixtures, 'school-budget-qa-text', 'transcript.txt');
    const text = await verbatim(['transcript', file]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(
      text.stdout,
      /text, 12 turns; Q \(Priya Castellanos, interviewer\), A \(Harold Vint-Okafor, interviewee\), MARGARET ODUYA/,
    );
    assert.match(
      text.stdout,
      /^\[00:01:33\.000 - 00:01:40\.000\] MARGARET ODUYA: If I can add something, the board hasn't voted on any merger yet\.$/m,
    );
    const json = await verbatim(['transcript', '--format', 'json', file]);
    const parsed = JSON.parse(json.stdout) as {
      text: string;
      turns: Array<{ start: number; end: number; text: string; startTime: string | null }>;
      segments: Array<{ start: number; end: number; cue: { startMs?: number } }>;
    };
    for (const turn of parsed.turns) assert.equal(parsed.text.slice(turn.start, turn.end), turn.text);
    assert.equal(parsed.turns[0]?.startTime, '00:00:04.000');
    assert.ok(parsed.segments.every((segment) => segment.end > segment.start));
  });

  it('exits 1 and names file and line for a malformed file', async () => {
    writeFileSync(join(directory, 'bad.srt'), '1\n00:00:01,000 --> 00:00:0x,000\nHello.\n');
    const run = await verbatim(['transcript', 'bad.srt']);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^bad\.srt:2:\d+ error transcripts\/malformed-timestamp Unexpected "x"/m);
    assert.match(run.stdout, /\(unnamed\): Hello\./);
  });
});
