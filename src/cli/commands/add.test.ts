// End-to-end: the corpus commands (add, stats, search, speaker, trace) run as a user runs them, from source.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { STORE_ARTICLES } from '../../../test/helpers/store-articles.js';
import { CLI_ARGUMENTS } from '../../../test/helpers/store-databases.js';

const directory = mkdtempSync(join(tmpdir(), 'verbatim-corpus-cli-'));
const db = join(directory, 'news.db');
after(() => rmSync(directory, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function verbatim(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI_ARGUMENTS, ...args], {
      cwd: directory,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, VERBATIM_DB: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('corpus commands', () => {
  before(() => {
    // Two articles as files (one an HTML page with its date and outlet in meta tags) in nested folders,
    // the rest as JSON Lines with one bad line.
    const files = new Set(['gazette-elided', 'orchard-market']);
    const gazette = STORE_ARTICLES.find((article) => article.id === 'gazette-elided')!;
    const orchard = STORE_ARTICLES.find((article) => article.id === 'orchard-market')!;
    const rest = STORE_ARTICLES.filter((article) => !files.has(article.id));
    mkdirSync(join(directory, 'articles', 'more'), { recursive: true });
    writeFileSync(join(directory, 'articles', 'orchard.txt'), orchard.text!);
    writeFileSync(
      join(directory, 'articles', 'more', 'gazette.html'),
      `<html><head><title>${gazette.title}</title><meta property="article:published_time" content="${gazette.published}">` +
        `<meta property="og:site_name" content="${gazette.outlet}"></head><body><article><p>${gazette.text}</p></article></body></html>`,
    );
    writeFileSync(join(directory, 'articles', 'notes.md'), 'not an article');
    writeFileSync(
      join(directory, 'rest.jsonl'),
      [...rest.map((article) => JSON.stringify(article)), '{"id": "broken", "text": '].join('\n'),
    );
  });

  it('adds folders and JSON Lines, reports a bad line, and adds nothing twice', async () => {
    const run = await verbatim(['add', '--db', db, 'articles', 'rest.jsonl', '--format', 'json', '--workers', '1']);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), {
      documents: STORE_ARTICLES.length + 1,
      added: STORE_ARTICLES.length,
      skipped: 0,
      quotes: 10,
      errors: 1,
    });
    assert.match(run.stderr, /VBT_INPUT_INVALID_JSON rest\.jsonl:6: /);
    const again = await verbatim(['add', '--db', db, 'rest.jsonl', 'articles/orchard.txt', '--workers', '0']);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /added 0 documents \(0 quotes\), 6 already stored, 1 error/);
    const stats = await verbatim(['stats', '--db', db, '--format', 'json']);
    assert.deepEqual(JSON.parse(stats.stdout), { documents: 7, quotes: 10, speakers: 4, groups: 2 });
  });

  it('searches, lists a speaker and traces, as JSON and as text', async () => {
    const search = await verbatim(['search', '--db', db, 'never hand the old pier', '--outlet', 'Coast Times', '--format', 'json']);
    assert.equal(search.status, 0, search.stderr);
    const { results } = JSON.parse(search.stdout) as {
      results: Array<{ id: string; quote: { kind: string; text: string }; document: Record<string, unknown> }>;
    };
    assert.equal(results.length, 1);
    assert.deepEqual(Object.keys(results[0]!.document).slice(0, 4), ['id', 'title', 'published', 'outlet']);
    assert.deepEqual([results[0]!.quote.kind, results[0]!.document.published], ['direct', '2024-03-02']);

    const speaker = await verbatim(['speaker', '--db', db, 'Ines', 'Vereker', '--format', 'json']);
    const page = JSON.parse(speaker.stdout) as { people: Array<{ name: string }>; results: unknown[] };
    assert.deepEqual([page.people.map((person) => person.name), page.results.length], [['Ines Vereker'], 2]);

    const trace = await verbatim(['trace', '--db', db, results[0]!.id, '--format', 'json']);
    const { groups } = JSON.parse(trace.stdout) as {
      groups: Array<{ count: number; earliest: unknown; appearances: unknown[]; variants: unknown[]; conflicts: unknown[] }>;
    };
    assert.deepEqual(
      groups.map((group) => [group.count, group.appearances.length, group.variants.length, group.conflicts.length]),
      [[4, 4, 2, 2]],
    );

    const text = await verbatim(['trace', '--db', db, 'we will never hand the old pier to the developers']);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^4 appearances; earliest 2024-03-01 Saltmarsh Ledger \(Tom Vereker\):/);
    assert.match(
      text.stdout,
      /Variants \(against the earliest\):\n {2}1x, first 2024-03-04 Valley Courier: We will never hand the old pier to \[-the-\] developers,/,
    );
    assert.match(
      text.stdout,
      /Conflicting attributions:\n {2}Thomas Vereker \(as .*\): 3x, first 2024-03-01 Saltmarsh Ledger\n {2}Ines Vereker: 1x/,
    );
  });

  it('refuses a corpus that does not exist and a command line without input', async () => {
    const missing = await verbatim(['search', '--db', join(directory, 'none.db'), 'pier']);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /^verbatim: VBT_STORE_NOT_FOUND No corpus at /);
    const usage = await verbatim(['add', '--db', db]);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /VBT_USAGE Expected articles/);
  });
});
