/** Sieve `speakers/sieves/frame`: the source of the reporting frame whose content the quote is. */
import type { AttributionContext, Decision } from './context.js';
import { decide } from './context.js';

const BASE_CONFIDENCE: Record<string, number> = {
  'frames/source-cue-content': 0.92,
  'frames/cue-source-content': 0.9,
  'frames/content-source-cue': 0.93,
  'frames/content-cue-source': 0.93,
  'frames/split-quotation': 0.93,
  'frames/source-cue-clause': 0.85,
  'frames/according-to-first': 0.88,
  'frames/according-to-last': 0.88,
  'frames/quoted-as-saying': 0.88,
  'frames/was-quoted-as-saying': 0.88,
  'frames/naming': 0.8,
  'frames/participle': 0.8,
  'frames/dash-signature': 0.85,
  'frames/noun': 0.8,
  'frames/coordinated': 0.85,
};

export function frameSieve(context: AttributionContext, quoteIndex: number): Decision | undefined {
  const quote = context.quotes[quoteIndex]!;
  if (quote.frame === undefined) return undefined;
  const frame = context.frameById.get(quote.frame);
  if (frame === undefined || frame.source === null) return undefined;
  return decide(context, frame.source, frame.cue, 'speakers/sieves/frame', BASE_CONFIDENCE[frame.rule] ?? 0.8, [frame.cue, frame.source]);
}
