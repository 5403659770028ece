// Crash safety: `verbatim add` is killed with SIGKILL at random moments (once during start-up, then
// each time the corpus reaches a random number of documents), then run again until it finishes; the
// corpus must end exactly as one clean run leaves it: every document once, every quote once, the same
// provenance groups, group sizes that match their rows. On every test database.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { StoreArticleGenerator } from '../../../bench/corpus/store-articles.js';
import { createRandom } from '../../../bench/corpus/random.js';
import { CLI_ARGUMENTS, testDatabases } from '../../../test/helpers/store-databases.js';
import { countDocuments, readCorpusShape } from '../../../test/helpers/store-inspect.js';
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

/**
 * Runs `verbatim add`; kills it with SIGKILL after `kill.afterMs`, or once the corpus holds
 * `kill.atDocuments` documents, unless it is done first.
 */
function runAdd(location: string, kill: { afterMs?: number; atDocuments?: number } = {}): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...CLI_ARGUMENTS, 'add', '--jsonl', input, '--db', location, '--batch-size', '9', '--workers', '1'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    let isDone = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = kill.afterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), kill.afterMs);
    const watch = async () => {
      while (!isDone && kill.atDocuments !== undefined) {
        if ((await countDocuments(location)) >= kill.atDocuments) {
          child.kill('SIGKILL');
          return;
        }
        await new Promise((wake) => setTimeout(wake, 20));
      }
    };
    void watch();
    child.on('error', reject);
    child.on('close', (code, signal) => {
      isDone = true;
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

        // Kill points: one during start-up and schema creation, then at random depths into the input;
        // the seed keeps a failure reproducible.
        const random = createRandom(Number(process.env.VERBATIM_KILL_SEED ?? 4242));
        const startup = await runAdd(killed.location, { afterMs: random.integer(100, 900) });
        if (startup.signal !== 'SIGKILL') assert.equal(startup.code, 0, startup.stderr);
        let kills = 0;
        for (let attempt = 0; attempt < KILLS; attempt++) {
          const stored = await countDocuments(killed.location);
          if (stored >= DOCUMENTS - 20) break;
          const exit = await runAdd(killed.location, { atDocuments: random.integer(stored + 1, DOCUMENTS - 10) });
          if (exit.signal === 'SIGKILL') kills++;
          else assert.equal(exit.code, 0, exit.stderr);
        }
        assert.ok(kills >= 2, `runs were killed mid-ingest (${kills})`);
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
