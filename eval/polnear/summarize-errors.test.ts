import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ErrorRecord } from './error-dump.js';
import { parseErrorLines, summarizeErrors } from './summarize-errors.js';

// Invented records.
function record(
  type: ErrorRecord['type'],
  group: ErrorRecord['group'],
  rule: string | null,
  cue: string | null,
  publisher = 'ledger',
): ErrorRecord {
  const span = { start: 0, end: 4, text: 'tide' };
  return {
    type,
    group,
    article: 'a',
    publisher,
    gold:
      type === 'spurious'
        ? null
        : { ...span, kind: 'direct', attribution: 'E1', speaker: null, cue: cue === null ? null : { ...span, text: cue } },
    predicted: rule === null ? null : { ...span, kind: 'direct', speaker: null, entity: null, cue: null, rule, confidence: null },
    pairedAcrossKinds: null,
    context: '⟦tide⟧',
  };
}

test('counts by type, predicted rule, gold cue and publisher within one group', () => {
  const records = [
    record('missed', 'direct+mixed', null, 'Said'),
    record('missed', 'direct+mixed', null, 'said'),
    record('spurious', 'direct+mixed', 'quotes/direct', null, 'gazette'),
    record('wrong-speaker', 'direct+mixed', 'speakers/nearest', 'told'),
    record('missed', 'indirect', null, 'said'),
  ];
  const lines =
    parseErrorLines(records.map((entry) => JSON.stringify(entry)).join('\n')).length === 5
      ? summarizeErrors(records, { group: 'direct+mixed', top: 10 })
      : [];
  const row = (label: string) => lines.find((line) => line.startsWith(`${label} `))?.split(/\s+/u);
  assert.equal(lines[0], '4 errors (group direct+mixed)');
  assert.deepEqual(row('missed'), ['missed', '2', '2', '0', '0', '0']);
  assert.deepEqual(row('said'), ['said', '2', '2', '0', '0', '0']);
  assert.deepEqual(row('quotes/direct'), ['quotes/direct', '1', '0', '1', '0', '0']);
  assert.deepEqual(row('gazette'), ['gazette', '1', '0', '1', '0', '0']);
  assert.equal(summarizeErrors(records, { group: 'any', top: 10 })[0], '5 errors (group any)');
});
