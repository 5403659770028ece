/**
 * Sieve `speakers/sieves/previous-sentence`: "Harbor commissioner Lila Moss spoke first. “We will
 * rebuild …”": a quotation opening its sentence, right after a sentence of the same paragraph that names
 * exactly one person and reports nothing, belongs to that person.
 */
import type { AttributionContext, Decision } from './context.js';
import { decide } from './context.js';
import { firstEndingAfter } from '../../model/span.js';

export function previousSentenceSieve(context: AttributionContext, quoteIndex: number): Decision | undefined {
  const quote = context.quotes[quoteIndex]!;
  if (quote.kind !== 'direct' || quote.frame !== undefined) return undefined;
  const { view, text } = context;
  const opening = quote.outer?.start ?? quote.start;
  const paragraph = context.paragraphs[context.quoteParagraph[quoteIndex]!]!;
  // the quotation opens a sentence: only white space since the previous sentence's end
  let cursor = opening - 1;
  while (cursor >= paragraph.start && /\s/u.test(text[cursor]!)) cursor--;
  if (cursor < paragraph.start || !/[.!?]/u.test(text[cursor]!)) return undefined;
  const endToken = view.lastEndingBy(cursor + 1);
  if (endToken < 0) return undefined;
  const sentence = view.sentence(endToken);
  let first = endToken;
  while (first > 0 && view.sentence(first - 1) === sentence && endToken - first < 60) first--;
  const sentenceStart = Math.max(view.start(first), paragraph.start);
  let person: string | undefined;
  // mentions are sorted: start at the sentence, not at the document's first mention
  for (let index = firstEndingAfter(context.mentions, sentenceStart); index < context.mentions.length; index++) {
    const mention = context.mentions[index]!;
    if (mention.start > cursor) break;
    if (mention.kind !== 'name' || mention.type !== 'person') continue;
    if (person !== undefined) return undefined;
    person = mention.id;
  }
  if (person === undefined) return undefined;
  // a sentence that reports something (a cue) has its own content; this sieve is for bare introductions
  for (let index = first; index <= endToken; index++) if (context.cueTokens[index] === 1) return undefined;
  return decide(context, person, null, 'speakers/sieves/previous-sentence', 0.65, [person]);
}
