/**
 * The ReDoS gate: every regular expression in src/ must match in linear time. Each regex literal and
 * each RegExp call is found with the TypeScript compiler API and checked by recheck for exponential
 * and polynomial backtracking. A RegExp call whose pattern cannot be resolved statically fails until
 * it gets an entry (with a reason) in test/redos-allowlist.json. `npm run bench` times the same
 * patterns on hostile inputs (bench/suites/redos-pump.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkRegex, type RedosVerdict } from './helpers/redos-check.js';
import { collectRegexes, collectRegexesFromSource, listSourceFiles, type UnresolvedRegex } from './helpers/regex-inventory.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

interface AllowlistEntry {
  file: string;
  expression: string;
  reason: string;
}

function readAllowlist(): AllowlistEntry[] {
  const parsed = JSON.parse(readFileSync(join(root, 'test/redos-allowlist.json'), 'utf8')) as { entries?: unknown };
  assert.ok(Array.isArray(parsed.entries), 'test/redos-allowlist.json: expected an "entries" array');
  return parsed.entries.map((entry: unknown, index: number) => {
    const { file, expression, reason } = (entry ?? {}) as Partial<AllowlistEntry>;
    assert.ok(
      typeof file === 'string' && typeof expression === 'string' && typeof reason === 'string' && reason.trim().length > 0,
      `test/redos-allowlist.json entry ${index}: expected { file, expression, reason } with a non-empty reason`,
    );
    return { file, expression, reason };
  });
}

const normalize = (expression: string): string => expression.replace(/\s+/g, ' ').trim();

function isAllowed(found: UnresolvedRegex, entries: AllowlistEntry[]): boolean {
  return entries.some((entry) => entry.file === found.file && normalize(entry.expression) === normalize(found.expression));
}

function describeFailure(place: string, verdict: RedosVerdict): string {
  const attack = verdict.attack === undefined ? '' : `; attack ${verdict.attack}`;
  const error = verdict.error === undefined ? '' : `; ${verdict.error}`;
  return `${place} /${verdict.source}/${verdict.flags}: ${verdict.status}, ${verdict.complexity}${attack}${error}`;
}

describe('the ReDoS checker', () => {
  test('flags exponential backtracking in nested quantifiers', () => {
    const verdict = checkRegex('^(a+)+$', '');
    assert.equal(verdict.status, 'vulnerable');
    assert.match(verdict.complexity, /exponential/);
    assert.ok(verdict.attack !== undefined && verdict.attack.includes('a'));
  });

  test('flags polynomial backtracking in adjacent overlapping scans', () => {
    const verdict = checkRegex('\\s*#?\\s*$', '');
    assert.equal(verdict.status, 'vulnerable');
    assert.match(verdict.complexity, /polynomial/);
  });

  test('flags a quote-then-said scan whose white space runs overlap', () => {
    const verdict = checkRegex('"[^"]*"\\s*,?\\s*\\w+\\s*said', 'g');
    assert.equal(verdict.status, 'vulnerable');
    assert.match(verdict.complexity, /polynomial/);
  });

  test('passes linear patterns', () => {
    for (const [source, flags] of [
      ['[“”"«»]', 'gu'],
      ['\\b(?:Sen|Rep|Gov)\\.', ''],
      ['\\p{Lu}\\p{Ll}+', 'u'],
    ] as const) {
      assert.equal(checkRegex(source, flags).status, 'safe', `/${source}/${flags}`);
    }
  });

  test('reports a pattern it cannot analyse as unknown, not safe', () => {
    assert.equal(checkRegex('(a', '').status, 'unknown');
  });
});

describe('the regex collector', () => {
  const code = [
    "const QUOTE = '[“”]';",
    'const word = /\\p{L}+/gu;',
    'const a = new RegExp(QUOTE + "\\\\s*", "g");',
    'const b = RegExp(`said|told`);',
    'const c = new RegExp(word.source, "y");',
    'const d = new RegExp(word);',
    'const e = new RegExp(names.join("|"), "g");',
    'const f = new RegExp(`${QUOTE}${prefix}`);',
    "// a comment with /not a regex+/ inside, and a string: '/nor this/'",
    'const g = "a/b/c".split(/\\//);',
    'const h = new RegExp(String.raw`\\d+\\.`, "u");',
  ].join('\n');
  const { regexes, unresolved } = collectRegexesFromSource('sample.ts', code);

  test('finds literals and resolves static RegExp calls', () => {
    assert.deepEqual(
      regexes.map(({ line, source, flags, form }) => ({ line, source, flags, form })),
      [
        { line: 2, source: '\\p{L}+', flags: 'gu', form: 'literal' },
        { line: 3, source: '[“”]\\s*', flags: 'g', form: 'constructor' },
        { line: 4, source: 'said|told', flags: '', form: 'constructor' },
        { line: 5, source: '\\p{L}+', flags: 'y', form: 'constructor' },
        { line: 6, source: '\\p{L}+', flags: 'gu', form: 'constructor' },
        { line: 10, source: '\\/', flags: '', form: 'literal' },
        { line: 11, source: '\\d+\\.', flags: 'u', form: 'constructor' },
      ],
    );
  });

  test('reports dynamic patterns with their place', () => {
    assert.deepEqual(
      unresolved.map(({ file, line, expression }) => ({ file, line, expression })),
      [
        { file: 'sample.ts', line: 7, expression: 'names.join("|"), "g"' },
        { file: 'sample.ts', line: 8, expression: '`${QUOTE}${prefix}`' },
      ],
    );
  });
});

describe('every regex in src/', () => {
  const files = listSourceFiles(join(root, 'src'));
  const inventory = collectRegexes(root, 'src');

  test('is static, or allowlisted with a reason', () => {
    assert.ok(files.length > 0, 'no .ts files found under src/');
    const entries = readAllowlist();
    const problems = inventory.unresolved
      .filter((found) => !isAllowed(found, entries))
      .map(
        (found) =>
          `${found.file}:${found.line}:${found.column} RegExp(${found.expression}): ${found.why}; ` +
          'make it a literal, or add { file, expression, reason } to test/redos-allowlist.json',
      );
    for (const entry of entries) {
      const isUsed = inventory.unresolved.some((found) => isAllowed(found, [entry]));
      if (!isUsed)
        problems.push(`test/redos-allowlist.json: stale entry ${entry.file} RegExp(${entry.expression}) matches no call; remove it`);
    }
    assert.deepEqual(problems, []);
  });

  test('matches in linear time (recheck: no exponential or polynomial backtracking)', () => {
    const verdicts = new Map<string, RedosVerdict>();
    const failures: string[] = [];
    for (const regex of inventory.regexes) {
      const key = `${regex.flags}/${regex.source}`;
      let verdict = verdicts.get(key);
      if (verdict === undefined) {
        verdict = checkRegex(regex.source, regex.flags);
        verdicts.set(key, verdict);
      }
      if (verdict.status !== 'safe') failures.push(describeFailure(`${regex.file}:${regex.line}:${regex.column}`, verdict));
    }
    assert.deepEqual(failures, []);
  });
});
