/**
 * Sieve `speakers/sieves/colon-intro`: a quotation introduced by a colon ("Ruiz put it plainly:" or a
 * paragraph ending in a colon) belongs to the subject of the reporting verb right before the colon
 * ("…, and the harbor union responded:"), or else to the first person or organization named in the
 * clause before the colon.
 */
import type { AttributionContext, Decision } from './context.js';
import { decide } from './context.js';
import type { Mention } from '../../model/layers.js';
import { firstEndingAfter } from '../../model/span.js';

/** A person, organization or group; an indefinite descriptor only for a person ("a spokesperson", not "a statement"). */
function isSpeakerLike(mention: Mention): boolean {
  if (mention.type !== 'person' && mention.type !== 'organization' && mention.type !== 'group') return false;
  return !(mention.kind === 'descriptor' && mention.isDefinite !== true && mention.type !== 'person');
}

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
  // mentions are sorted: start at the clause (a scan from the first mention would make a document of many
  // colon-introduced quotations quadratic)
  const firstMention = firstEndingAfter(context.mentions, clauseStart);
  // "…, and the harbor union responded:": a reporting verb before the colon names its subject, the last
  // person or organization before it, whoever the sentence named first
  let cueFirst = -1;
  for (let index = colonToken - 1; index >= first && cueFirst < 0; index--) {
    if (context.cueTokens[index] !== 1) continue;
    cueFirst = index;
    while (cueFirst > first && context.cueTokens[cueFirst - 1] === 1) cueFirst--;
  }
  if (cueFirst >= 0) {
    const cueStart = view.start(cueFirst);
    let subject: string | undefined;
    for (let index = firstMention; index < context.mentions.length; index++) {
      const mention = context.mentions[index]!;
      if (mention.start < clauseStart) continue;
      if (mention.end > cueStart) break;
      if (isSpeakerLike(mention)) subject = mention.id;
    }
    if (subject !== undefined) return decide(context, subject, null, 'speakers/sieves/colon-intro', 0.8, [subject]);
  }
  let firstFound: string | undefined;
  for (let index = firstMention; index < context.mentions.length; index++) {
    const mention = context.mentions[index]!;
    if (mention.start < clauseStart) continue;
    if (mention.start >= cursor) break;
    if (isSpeakerLike(mention)) {
      // "HEADLINE - Jeffrey Jones:": a name right before the colon is the label of what follows
      if (mention.kind === 'name' && text.slice(mention.end, cursor).trim() === '')
        return decide(context, mention.id, null, 'speakers/sieves/colon-intro', 0.8, [mention.id]);
      firstFound ??= mention.id;
    }
  }
  return firstFound === undefined ? undefined : decide(context, firstFound, null, 'speakers/sieves/colon-intro', 0.78, [firstFound]);
}
