// Property tests: any quote against any transcript gets a verdict; matches point at real tape words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseTranscript } from '../ingest/transcripts/index.js';
import { buildHandView } from './hand-built-view.js';
import { VERDICTS } from './types.js';
import { verifyArticle } from './verify-article.js';

const words = [
  'the',
  'mill',
  'is',
  'not',
  'finished',
  'twenty-five',
  '25%',
  "don't",
  'um',
  '\u2026',
  '[the council]',
  'we',
  'need',
  'strength',
  ',',
  '.',
  'Harlow',
  '1,000',
  '\u201c',
  "'",
  '(laughs)',
  '-',
  'I-',
];
const sentence = fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 25 }).map((parts) => parts.join(' '));

describe('verifyArticle on arbitrary quotes and tapes', () => {
  it('gives every quote a known verdict and a match inside the tape text', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 6 }),
        fc.array(sentence, { maxLength: 4 }),
        fc.constantFrom('direct', 'indirect', 'mixed'),
        (tapeLines, quoteTexts, kind) => {
          const tape = parseTranscript(tapeLines.map((line, index) => `${index % 2 === 0 ? 'JOE B.' : 'DANA W.'}: ${line}`).join('\n'), {
            name: 't.txt',
          });
          const view = buildHandView(
            quoteTexts.map((text) => ({
              text,
              speaker: 'Joe Berlinger',
              kind: kind as 'direct' | 'indirect' | 'mixed',
              ...(kind === 'mixed' ? { fragments: [text] } : {}),
            })),
          );
          const result = verifyArticle(view, [tape]);
          assert.equal(result.quotes.length, quoteTexts.length);
          for (const quote of result.quotes) {
            assert.ok(VERDICTS.includes(quote.verdict));
            if (quote.verdict === 'absent') assert.equal(quote.match, null);
            else assert.ok(quote.match !== null && tape.document.text.replace(/\s+/g, ' ').includes(quote.match.text));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
