/**
 * The built package, as `npm ci` leaves it (the prepare script builds dist/): the compiled CLI must
 * find every file it reads at run time, not only the compiled JavaScript. Skips when dist/ is absent.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = existsSync(join(root, 'dist/cli/main.js'));
const skip = built ? false : 'dist/ is absent: run `npm run build`';

test('the build copies the store migrations into dist', { skip }, () => {
  for (const dialect of ['sqlite', 'postgres']) {
    const source = join(root, 'src/store/migrations', dialect);
    for (const file of readdirSync(source)) {
      const copy = join(root, 'dist/store/migrations', dialect, file);
      assert.ok(existsSync(copy), `${copy} is missing`);
      assert.equal(readFileSync(copy, 'utf8'), readFileSync(join(source, file), 'utf8'));
    }
  }
});

test('the compiled CLI adds an example article to a new corpus', { skip }, () => {
  const directory = mkdtempSync(join(tmpdir(), 'verbatim-package-'));
  try {
    const db = join(directory, 'corpus.db');
    execFileSync(process.execPath, [join(root, 'bin/verbatim.js'), 'add', join(root, 'examples/harbor-strike.txt'), '--db', db], {
      stdio: 'pipe',
    });
    const stats = JSON.parse(
      execFileSync(process.execPath, [join(root, 'bin/verbatim.js'), 'stats', '--db', db, '--format', 'json'], { encoding: 'utf8' }),
    ) as { documents: number; quotes: number };
    assert.equal(stats.documents, 1);
    assert.ok(stats.quotes > 0);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
