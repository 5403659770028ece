/**
 * Sieve `speakers/sieves/split-quote`: "“A,” she said. “B.”": a quotation right after the sentence
 * that attributes the quotation before it, in the same paragraph, with no other cue between.
 */
import type { AttributionContext, Decision } from './context.js';
import { inherit } from './context.js';

export function splitQuoteSieve(context: AttributionContext, quoteIndex: number): Decision | undefined {
  if (quoteIndex === 0) return undefined;
  const quote = context.quotes[quoteIndex]!;
  const previous = context.quotes[quoteIndex - 1]!;
  const previousDecision = context.decided[quoteIndex - 1];
  if (quote.kind !== 'direct' || previous.kind !== 'direct' || previous.frame === undefined || previousDecision?.mention == null)
    return undefined;
  if (context.quoteParagraph[quoteIndex] !== context.quoteParagraph[quoteIndex - 1]) return undefined;
  const frame = context.frameById.get(previous.frame);
  const cue = frame === undefined ? undefined : context.cueById.get(frame.cue);
  if (frame === undefined || cue === undefined || frame.side === 'right') return undefined;
  const quoteStart = quote.outer?.start ?? quote.start;
  // the cue sits between the two quotations and the text after it is only the cue's clause
  if (!(cue.start > previous.end && cue.end <= quoteStart)) return undefined;
  const between = context.text.slice(cue.end, quoteStart);
  if (between.length > 120 || /[“”"]/u.test(between)) return undefined;
  return inherit(previousDecision, 'speakers/sieves/split-quote', 0.95);
}
