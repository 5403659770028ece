/**
 * Sieve `speakers/sieves/colon-intro`: a quotation introduced by a colon ("Ruiz put it plainly:" or a
 * paragraph ending in a colon) belongs to the first person or organization named in the clause
 * before the colon.
 */
import type { AttributionContext, Decision } from './context.js';
import { decide } from './context.js';

export function colonIntroSieve(context: AttributionContext, quoteIndex: number): Decision | undefined {
  const quote = context.quotes[quoteIndex]!;
  if (quote.kind !== 'direct' || quote.frame !== undefined) return undefined;
  const { text, view } = context;
  const opening = quote.outer?.start ?? quote.start;
  let cursor = opening - 1;
  while (cursor >= 0 && /\s/u.test(text[cursor]!)) cursor--;
  if (cursor < 0 || text[cursor] !== ':') return undefined;
  const colonToken = view.lastEndingBy(cursor + 1);
  if (colonToken < 0) return undefined;
  const sentence = view.sentence(colonToken);
  let first = colonToken;
  while (first > 0 && view.sentence(first - 1) === sentence && colonToken - first < 40) first--;
  const clauseStart = view.start(first);
  let firstFound: string | undefined;
  for (const mention of context.mentions) {
    if (mention.start < clauseStart) continue;
    if (mention.start >= cursor) break;
    if (mention.type === 'person' || mention.type === 'organization' || mention.type === 'group') {
      if (mention.kind === 'descriptor' && mention.isDefinite !== true && mention.type !== 'person') continue;
      // "HEADLINE - Jeffrey Jones:": a name right before the colon is the label of what follows
      if (mention.kind === 'name' && text.slice(mention.end, cursor).trim() === '')
        return decide(context, mention.id, null, 'speakers/sieves/colon-intro', 0.8, [mention.id]);
      firstFound ??= mention.id;
    }
  }
  return firstFound === undefined ? undefined : decide(context, firstFound, null, 'speakers/sieves/colon-intro', 0.78, [firstFound]);
}
