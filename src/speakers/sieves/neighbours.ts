/**
 * Sieves that borrow the speaker of a neighbouring quote:
 * - `speakers/sieves/same-paragraph`: an unattributed quotation in a paragraph where exactly one
 *   speaker was attributed earlier and no cue names anyone else.
 * - `speakers/sieves/previous-paragraph`: a quotation opening a paragraph without any cue, after a
 *   paragraph whose last quote has a speaker (a run of quotes by one speaker); confidence decays
 *   along the run.
 */
import type { Attribution } from '../../model/layers.js';
import type { AttributionContext, Decision } from './context.js';
import { inherit } from './context.js';

export function sameParagraphSieve(context: AttributionContext, quoteIndex: number): Decision | undefined {
  const quote = context.quotes[quoteIndex]!;
  if (quote.kind !== 'direct' || quote.frame !== undefined) return undefined;
  const paragraph = context.quoteParagraph[quoteIndex]!;
  // every speaker attributed earlier in the paragraph must be the same one
  let found: Attribution | undefined;
  for (let index = quoteIndex - 1; index >= 0 && context.quoteParagraph[index] === paragraph; index--) {
    const decision = context.decided[index];
    if (decision?.mention == null) continue;
    if (found === undefined) found = decision;
    else if (found.entity === null || decision.entity !== found.entity) return undefined;
  }
  if (found === undefined) return undefined;
  // and no cue after that quote names another speaker before this one
  if (context.framesInParagraph[paragraph]! > 3) return undefined;
  return inherit(found, 'speakers/sieves/same-paragraph', 0.8);
}

export function previousParagraphSieve(context: AttributionContext, quoteIndex: number): Decision | undefined {
  const quote = context.quotes[quoteIndex]!;
  if (quote.kind !== 'direct' || quote.frame !== undefined) return undefined;
  const paragraphIndex = context.quoteParagraph[quoteIndex]!;
  const paragraph = context.paragraphs[paragraphIndex]!;
  const opening = quote.outer?.start ?? quote.start;
  if (context.text.slice(paragraph.start, opening).trim() !== '' || context.framesInParagraph[paragraphIndex]! > 0) return undefined;
  const previous = quoteIndex - 1;
  if (previous < 0 || context.quoteParagraph[previous] !== paragraphIndex - 1) return undefined;
  const decision = context.decided[previous];
  if (decision?.mention == null) return undefined;
  return inherit(decision, 'speakers/sieves/previous-paragraph', 0.85);
}
