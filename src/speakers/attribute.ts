/**
 * speakers/attribute: gives every quote its speaker (or, on weak evidence, none).
 * Reads: paragraphs, tokens, quotes, cues, mentions, frames, entities. Writes: attributions (`a0` ...).
 * Sieves, in order; each fills only the quotes the earlier ones left (see sieves/):
 * 1. `speakers/sieves/frame`: the source of the quote's reporting frame.
 * 2. `speakers/sieves/label`: the label of a "NAME: text" paragraph.
 * 3. `speakers/sieves/split-quote`: the second half of "“A,” she said. “B.”".
 * 4. `speakers/sieves/colon-intro`: a quote after "Ruiz put it this way:".
 * 5. `speakers/sieves/same-paragraph`: another attributed quote earlier in the paragraph, no other speaker named.
 * 6. `speakers/sieves/previous-sentence`: a quotation after a sentence that only introduces one person.
 * 7. `speakers/sieves/previous-paragraph`: a quote opening a paragraph that names no speaker, after a
 *    paragraph whose last quote has one (a run of quotes by one speaker).
 * Quotes no sieve settles keep a null speaker with low confidence: no speaker beats a wrong one.
 */
import { z } from 'zod';
import type { Attribution } from '../model/layers.js';
import { defineStage } from '../pipeline/stage.js';
import { tokenViewOf } from '../segment/token-view.js';
import { createAttributionContext, type AttributionContext, type Decision } from './sieves/context.js';
import { colonIntroSieve } from './sieves/colon-intro.js';
import { frameSieve } from './sieves/frame.js';
import { labelSieve } from './sieves/label.js';
import { previousParagraphSieve, sameParagraphSieve } from './sieves/neighbours.js';
import { previousSentenceSieve } from './sieves/previous-sentence.js';
import { splitQuoteSieve } from './sieves/split-quote.js';
import { LayerIds } from '../model/ids.js';

const ATTRIBUTION_IDS = new LayerIds('a');

export type Sieve = (context: AttributionContext, quoteIndex: number) => Decision | undefined;

/** The sieves in the order they run; the first decision for a quote wins. */
export const SIEVES: ReadonlyArray<{ name: string; sieve: Sieve }> = [
  { name: 'speakers/sieves/frame', sieve: frameSieve },
  { name: 'speakers/sieves/label', sieve: labelSieve },
  { name: 'speakers/sieves/split-quote', sieve: splitQuoteSieve },
  { name: 'speakers/sieves/colon-intro', sieve: colonIntroSieve },
  { name: 'speakers/sieves/same-paragraph', sieve: sameParagraphSieve },
  { name: 'speakers/sieves/previous-sentence', sieve: previousSentenceSieve },
  { name: 'speakers/sieves/previous-paragraph', sieve: previousParagraphSieve },
];

const UNATTRIBUTED_CONFIDENCE = 0.2;

export function attributeQuotes(context: AttributionContext): Attribution[] {
  const attributions: Attribution[] = [];
  const { quotes } = context;
  for (let quoteIndex = 0; quoteIndex < quotes.length; quoteIndex++) {
    let decision: Decision | undefined;
    for (const { sieve } of SIEVES) {
      decision = sieve(context, quoteIndex);
      if (decision !== undefined) break;
    }
    const quote = quotes[quoteIndex]!;
    const attribution: Attribution =
      decision === undefined
        ? {
            id: ATTRIBUTION_IDS.at(quoteIndex),
            quote: quote.id,
            mention: null,
            entity: null,
            cue: null,
            rule: 'speakers/unattributed',
            confidence: UNATTRIBUTED_CONFIDENCE,
            evidence: [],
          }
        : {
            id: ATTRIBUTION_IDS.at(quoteIndex),
            quote: quote.id,
            mention: decision.mention,
            entity: decision.entity,
            cue: decision.cue,
            rule: decision.rule,
            confidence: decision.confidence,
            evidence: decision.evidence,
          };
    context.decided[quoteIndex] = attribution;
    attributions.push(attribution);
  }
  return attributions;
}

export const attributeStage = defineStage({
  name: 'speakers/attribute',
  requires: ['paragraphs', 'tokens', 'quotes', 'cues', 'mentions', 'frames', 'entities'],
  provides: ['attributions'],
  options: z.object({}),
  run(doc) {
    const view = tokenViewOf(doc.text, doc.layers.tokens!);
    return { layers: { attributions: attributeQuotes(createAttributionContext(doc, view)) } };
  },
});
