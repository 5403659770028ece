/**
 * quotes/merge-split-quotes: "“A,” she said. “B.”" is one utterance split around its attribution.
 * A refiner over the sorted quotes: a direct quote whose frame's cue follows it, then an unattributed
 * direct quote in the same paragraph right after that cue's clause (no other quotation between), share
 * a group. The second piece keeps its own rule; speakers/sieves/split-quote gives it the first one's speaker.
 */
import type { Cue, Frame } from '../model/layers.js';
import type { IdLookup } from '../model/span.js';
import type { QuoteDraft } from './quote-draft.js';

const LONGEST_ATTRIBUTION = 160;

export function mergeSplitQuotes(text: string, quotes: QuoteDraft[], frames: IdLookup<Frame>, cues: IdLookup<Cue>): QuoteDraft[] {
  for (let index = 0; index + 1 < quotes.length; index++) {
    const first = quotes[index]!;
    const second = quotes[index + 1]!;
    if (first.kind !== 'direct' || second.kind !== 'direct' || first.frame === undefined || second.frame !== undefined) continue;
    if (second.rule !== 'quotes/unattributed') continue;
    const frame = frames.get(first.frame);
    const cue = frame === undefined ? undefined : cues.get(frame.cue);
    if (frame === undefined || cue === undefined || frame.side === 'right') continue;
    const firstEnd = first.outer?.end ?? first.end;
    const secondStart = second.outer?.start ?? second.start;
    if (!(firstEnd <= cue.start && cue.end <= secondStart)) continue;
    const between = text.slice(firstEnd, secondStart);
    if (between.length > LONGEST_ATTRIBUTION || between.includes('\n') || hasQuoteMark(between)) continue;
    const group = first.group ?? 'g' + first.frame.slice(1);
    first.group = group;
    second.group = group;
  }
  return quotes;
}

function hasQuoteMark(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x22 || code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb || code === 0x201e) return true;
  }
  return false;
}
