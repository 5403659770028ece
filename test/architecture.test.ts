/**
 * The folder boundaries of STYLE.md section 2, read from the import lines: the data model imports
 * nothing else from src/, stage folders never reach into store/cli/server/web, and everything that
 * must also run in a browser imports no Node built-in.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

function sourceFiles(directory: string, found: string[] = []): string[] {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'dist' && entry.name !== 'node_modules') sourceFiles(path, found);
    } else if (/\.tsx?$/u.test(entry.name) && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gmu;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) found.push(match[1] ?? match[2]!);
  return found;
}

/** The top folder under src/ a path belongs to ('index.ts' and 'errors.ts' count as 'api' and 'errors'). */
function areaOf(path: string): string {
  const inside = relative(src, path).split(/[\\/]/u);
  if (inside.length === 1) return /^index\.[jt]s$/u.test(inside[0]!) ? 'api' : inside[0]!.replace(/\.[jt]s$/u, '');
  return inside[0]!;
}

const BROWSER_SAFE = new Set(['model', 'pipeline', 'segment', 'quotes', 'cues', 'speakers', 'output', 'ingest', 'verify', 'errors', 'api']);
const OUTER = new Set(['store', 'cli', 'server', 'web']);

const files = sourceFiles(src);

test('the data model imports nothing else from src', () => {
  for (const file of files.filter((path) => areaOf(path) === 'model')) {
    for (const target of importsOf(file).filter((name) => name.startsWith('.'))) {
      assert.equal(areaOf(resolve(dirname(file), target)), 'model', `${relative(root, file)} imports ${target}`);
    }
  }
});

test('the pipeline imports only the model and the error catalog', () => {
  for (const file of files.filter((path) => areaOf(path) === 'pipeline')) {
    for (const target of importsOf(file).filter((name) => name.startsWith('.'))) {
      assert.ok(
        ['model', 'pipeline', 'errors', 'cues', 'quotes', 'segment', 'speakers'].includes(areaOf(resolve(dirname(file), target))),
        `${relative(root, file)} imports ${target}`,
      );
    }
  }
});

test('stage folders and the public API never import store, cli, server or web', () => {
  for (const file of files.filter((path) => BROWSER_SAFE.has(areaOf(path)))) {
    for (const target of importsOf(file).filter((name) => name.startsWith('.'))) {
      const area = areaOf(resolve(dirname(file), target));
      assert.ok(!OUTER.has(area), `${relative(root, file)} imports ${target} (${area})`);
    }
  }
});

test('code that runs in a browser imports no Node built-in', () => {
  const nodeModules = /^(?:node:|fs$|path$|os$|url$|crypto$|child_process$|worker_threads$|stream$|util$|zlib$|http$|https$|net$)/u;
  for (const file of files.filter((path) => BROWSER_SAFE.has(areaOf(path)))) {
    for (const target of importsOf(file)) assert.ok(!nodeModules.test(target), `${relative(root, file)} imports ${target}`);
  }
});

test('the checker itself sees imports (it can fail)', () => {
  assert.deepEqual(importsOf(join(src, 'pipeline', 'default-stages.ts')).includes('../segment/paragraphs.js'), true);
});
