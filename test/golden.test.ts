/**
 * Golden fixtures for the extraction engine: every case folder under test/fixtures/<stage>/<case-slug>/
 * (see test/fixtures/README.md). The pipeline runs up to and including <stage> with invariants checked
 * after every stage; the stage's layers plus messages (or, for `articles`, the quotes view) must equal
 * expected.json.
 *
 * - `UPDATE_FIXTURES=1` rewrites expected.json and marks the case skipped, so an update run never passes.
 *   Known-limit cases are never rewritten: their expected.json is written by hand.
 * - A case whose options.json says `"status": "known-limit"` is reported as todo while it fails, and
 *   fails as soon as it passes, so a fix is noticed and the mark removed.
 * - Debug lines are buffered and printed only for a failing case.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  knownFolders,
  listCases,
  listDifferences,
  withoutGuessedDetails,
  readExpected,
  readInput,
  runCase,
  writeExpected,
  type GoldenCase,
} from './helpers/golden-cases.js';

const isUpdating = process.env.UPDATE_FIXTURES === '1';
const MAX_DEBUG_LINES = 400;

function runWithBufferedDebug(goldenCase: GoldenCase): { actual: unknown; debugLines: string[] } {
  const debugLines: string[] = [];
  const debug = (stage: string, line: string): void => {
    if (debugLines.length < MAX_DEBUG_LINES) debugLines.push(`[${stage}] ${line}`);
  };
  return { actual: runCase(goldenCase, readInput(goldenCase), debug), debugLines };
}

function printDebug(goldenCase: GoldenCase, debugLines: string[]): void {
  if (debugLines.length === 0) return;
  console.error(`--- debug trace of ${goldenCase.name} ---\n${debugLines.join('\n')}\n--- end of trace ---`);
}

function checkCase(goldenCase: GoldenCase, context: { skip(message?: string): void; todo(message?: string): void }): void {
  const isKnownLimit = goldenCase.options.status === 'known-limit';
  if (isUpdating) {
    if (isKnownLimit) {
      context.skip('UPDATE_FIXTURES=1: known-limit case, expected.json is hand-written and left alone');
      return;
    }
    writeExpected(goldenCase.directory, runCase(goldenCase, readInput(goldenCase)));
    context.skip('UPDATE_FIXTURES=1: expected.json rewritten');
    return;
  }
  const expected = readExpected(goldenCase.directory);
  let result: { actual: unknown; debugLines: string[] };
  try {
    result = runWithBufferedDebug(goldenCase);
  } catch (error) {
    // A crash or an invariant violation is never a known limit.
    throw new Error(`${goldenCase.name}: the pipeline threw`, { cause: error });
  }
  const differences = listDifferences(result.actual, expected, 8);
  if (isKnownLimit) {
    if (differences.length === 0) {
      assert.fail(`${goldenCase.name} now passes: remove "status": "known-limit" and "note" from its options.json`);
    }
    const isOnlyGuesses = listDifferences(withoutGuessedDetails(result.actual), withoutGuessedDetails(expected), 1).length === 0;
    const hint = isOnlyGuesses
      ? '\n  only confidence values or entity ids differ: if the engine is right, remove the known-limit mark and run UPDATE_FIXTURES=1'
      : '';
    // Marked todo last, so a mistake in this runner above still fails the run.
    context.todo(goldenCase.options.note);
    const report = new Error(`known limit: ${goldenCase.options.note}${hint}\n  differences:\n    ${differences.join('\n    ')}`);
    report.stack = report.message; // the runner's stack says nothing about the case
    throw report;
  }
  try {
    assert.deepStrictEqual(result.actual, expected);
  } catch (error) {
    printDebug(goldenCase, result.debugLines);
    const where = differences.join('\n    ');
    throw new Error(
      `${goldenCase.name} differs from expected.json:\n    ${where}\n  if the new output is right, review it and run UPDATE_FIXTURES=1; if it is wrong and not fixed now, mark the case known-limit`,
      { cause: error },
    );
  }
}

const cases = listCases();
const folders = [...new Set(cases.map((goldenCase) => goldenCase.folder))];

// An update run reports nothing as passed, these checks included.
const whenChecking = { skip: isUpdating ? 'UPDATE_FIXTURES=1' : false };

describe('golden fixtures', () => {
  test('every fixture folder names a stage or articles', whenChecking, () => {
    const known = new Set(knownFolders());
    assert.deepStrictEqual(
      folders.filter((folder) => !known.has(folder)),
      [],
    );
  });

  test('there are whole-pipeline and stage cases', whenChecking, () => {
    assert.ok(cases.filter((goldenCase) => goldenCase.folder === 'articles').length >= 20, 'expected at least 20 articles cases');
    assert.ok(folders.length >= 3, `expected cases in at least 3 folders, found ${folders.join(', ')}`);
  });

  for (const folder of folders) {
    describe(folder, () => {
      for (const goldenCase of cases.filter((entry) => entry.folder === folder)) {
        test(goldenCase.slug, (context) => checkCase(goldenCase, context));
      }
    });
  }
});
