// Concurrent writers: four `verbatim add` processes over overlapping inputs, at the same time, on one
// corpus (PostgreSQL as teams share it; SQLite too, where writers take turns). The corpus must end as
// one sequential run leaves it: every document exactly once and the same provenance groups.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createRandom } from '../../../bench/corpus/random.js';
import { StoreArticleGenerator, type StoreArticle } from '../../../bench/corpus/store-articles.js';
import { CLI_ARGUMENTS, testDatabases } from '../../../test/helpers/store-databases.js';
import { readCorpusShape } from '../../../test/helpers/store-inspect.js';
import { analyseForCorpus } from '../analyse.js';

const DOCUMENTS = 300;
const WRITERS = 4;
const directory = mkdtempSync(join(tmpdir(), 'verbatim-concurrent-'));
after(() => rmSync(directory, { recursive: true, force: true }));

const articles = [...new StoreArticleGenerator(DOCUMENTS, { seed: 11 }).articles(DOCUMENTS)];

/** Each writer gets every article it owns plus a random half of the others, shuffled: heavy overlap, full coverage. */
function inputsFor(random: ReturnType<typeof createRandom>): string[] {
  const shares: StoreArticle[][] = Array.from({ length: WRITERS }, () => []);
  for (const [index, article] of articles.entries()) {
    for (let writer = 0; writer < WRITERS; writer++) if (writer === index % WRITERS || random.chance(0.5)) shares[writer]!.push(article);
  }
  return shares.map((share, writer) => {
    for (let index = share.length - 1; index > 0; index--) {
      const other = random.integer(0, index);
      [share[index], share[other]] = [share[other]!, share[index]!];
    }
    const path = join(directory, `writer-${writer}.jsonl`);
    writeFileSync(path, share.map((article) => JSON.stringify(article)).join('\n'));
    return path;
  });
}

function runAdd(input: string, location: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...CLI_ARGUMENTS, 'add', '--jsonl', input, '--db', location, '--batch-size', '11', '--workers', '0'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

for (const database of testDatabases()) {
  describe(`${WRITERS} concurrent verbatim add processes, on ${database.name}`, () => {
    it('store every document exactly once and the same groups as one sequential run', async () => {
      const reference = await database.create();
      const shared = await database.create();
      try {
        const analysed = articles.map((article) => analyseForCorpus(article));
        for (let start = 0; start < analysed.length; start += 40) await reference.store.addDocuments(analysed.slice(start, start + 40));
        const expected = await readCorpusShape(reference.location);
        assert.ok(expected.partition.length > 10, 'the corpus has provenance groups to get right');

        const inputs = inputsFor(createRandom(99));
        const exits = await Promise.all(inputs.map((input) => runAdd(input, shared.location)));
        for (const exit of exits) assert.equal(exit.code, 0, exit.stderr);
        const shape = await readCorpusShape(shared.location);
        assert.deepEqual(shape, expected);
        assert.equal(shape.duplicateDocuments + shape.duplicateQuotes + shape.inconsistentGroups, 0);
      } finally {
        await reference.cleanup();
        await shared.cleanup();
      }
    });
  });
}
