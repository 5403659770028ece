#!/usr/bin/env node
// Runs every *.test.ts under src/, test/, eval/ and bench/ with node:test through tsx (Node 20's --test has no globs).
// Arguments filter the files by substring: `npm test -- quotes` runs only files whose path contains "quotes".
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function findTests(directory, found = []) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'fixtures') findTests(path, found);
    } else if (entry.name.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

const filters = process.argv.slice(2).filter((argument) => !argument.startsWith('-'));
const flags = process.argv.slice(2).filter((argument) => argument.startsWith('-'));
const files = ['src', 'test', 'eval', 'bench']
  .filter((directory) => existsSync(directory))
  .flatMap((directory) => findTests(directory))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();
if (files.length === 0) {
  console.error(`no test files match ${filters.join(', ')}`);
  process.exit(2);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=dot', ...flags, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
