import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { QuotesView } from '../../src/index.js';
import { predictionsFromView } from './predictions.js';

// Invented text only: “Tide is high,” Moss said. She left.
test('reads kind, content, speaker mention and the resolved entity with all its mentions from the quotes view', () => {
  const view: QuotesView = {
    id: 'd',
    quotes: [
      {
        id: 'q0',
        kind: 'direct',
        start: 1,
        end: 14,
        text: 'Tide is high,',
        speaker: { start: 16, end: 20, text: 'Moss', entity: 'e0' },
        cue: { start: 21, end: 25, text: 'said' },
        via: [],
        confidence: 0.9,
        rule: 'speakers/sieves/cue-adjacent-name',
      },
      {
        id: 'q1',
        kind: 'indirect',
        start: 27,
        end: 35,
        text: 'She left',
        speaker: null,
        cue: null,
        via: [],
        confidence: 0,
        rule: 'quotes/indirect',
      },
    ],
    entities: [
      {
        id: 'e0',
        name: 'Lena Moss',
        type: 'person',
        mentions: [
          { start: 16, end: 20, text: 'Moss' },
          { start: 27, end: 30, text: 'She' },
        ],
      },
    ],
  };
  const [first, second] = predictionsFromView(view);
  assert.deepEqual(first, {
    kind: 'direct',
    start: 1,
    end: 14,
    text: 'Tide is high,',
    speaker: { start: 16, end: 20, text: 'Moss' },
    entity: { name: 'Lena Moss', mentions: view.entities[0]!.mentions },
    cue: { start: 21, end: 25, text: 'said' },
    rule: 'speakers/sieves/cue-adjacent-name',
    confidence: 0.9,
  });
  assert.equal(second!.speaker, null);
  assert.equal(second!.entity, null);
});
