// Crash safety: `verbatim add` is killed with SIGKILL at random moments, then run again until it
// finishes; the corpus must end exactly as one clean run leaves it: every document once, every quote
// once, the same provenance groups, group sizes that match their rows. On every test database.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { StoreArticleGenerator } from '../../../bench/corpus/store-articles.js';
import { createRandom } from '../../../bench/corpus/random.js';
import { CLI_ARGUMENTS, testDatabases } from '../../../test/helpers/store-databases.js';
import { readCorpusShape } from '../../../test/helpers/store-inspect.js';
import { analyseForCorpus } from '../analyse.js';

const DOCUMENTS = 400;
const KILLS = 6;
const directory = mkdtempSync(join(tmpdir(), 'verbatim-kill-'));
after(() => rmSync(directory, { recursive: true, force: true }));

const articles = [...new StoreArticleGenerator(DOCUMENTS, { seed: 7 }).articles(DOCUMENTS)];
const input = join(directory, 'corpus.jsonl');
writeFileSync(input, articles.map((article) => JSON.stringify(article)).join('\n'));

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs `verbatim add`; kills it with SIGKILL after `killAfterMs` unless it is done by then. */
function runAdd(location: string, killAfterMs?: number): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...CLI_ARGUMENTS, 'add', '--jsonl', input, '--db', location, '--batch-size', '9', '--workers', '1'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer !== undefined) clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

for (const database of testDatabases()) {
  describe(`kill -9 during verbatim add, on ${database.name}`, () => {
    it('finishes on a re-run with nothing lost and nothing stored twice', async () => {
      const reference = await database.create();
      const killed = await database.create();
      try {
        const analysed = articles.map((article) => analyseForCorpus(article));
        for (let start = 0; start < analysed.length; start += 50) await reference.store.addDocuments(analysed.slice(start, start + 50));
        const expected = await readCorpusShape(reference.location);
        assert.equal(expected.documents.length, DOCUMENTS);
        assert.ok(expected.partition.length > 10, 'the corpus has provenance groups to get right');

        // Kill points spread from start-up to well into the ingest; the seed keeps failures reproducible.
        const random = createRandom(Number(process.env.VERBATIM_KILL_SEED ?? 4242));
        let kills = 0;
        for (let attempt = 0; attempt < KILLS; attempt++) {
          const exit = await runAdd(killed.location, random.integer(600, 3500));
          if (exit.signal === 'SIGKILL') kills++;
          else assert.equal(exit.code, 0, exit.stderr);
        }
        assert.ok(kills > 0, 'at least one run was killed');
        const last = await runAdd(killed.location);
        assert.equal(last.code, 0, last.stderr);
        const shape = await readCorpusShape(killed.location);
        assert.deepEqual(shape, expected);
        assert.equal(shape.duplicateDocuments + shape.duplicateQuotes + shape.inconsistentGroups, 0);
      } finally {
        await reference.cleanup();
        await killed.cleanup();
      }
    });
  });
}
