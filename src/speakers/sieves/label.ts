/**
 * Sieve `speakers/sieves/label`: the label of a "NAME: text" paragraph names the speaker. For
 * "Q:"/"A:" interviews the answers belong to the person the article names most, the questions to
 * the interviewer (left null: the article rarely names them).
 */
import type { AttributionContext, Decision } from './context.js';
import { isNewsOutlet } from '../lexicon/outlets.js';
import { decide } from './context.js';
import { firstEndingAfter } from '../../model/span.js';

export function labelSieve(context: AttributionContext, quoteIndex: number): Decision | undefined {
  const quote = context.quotes[quoteIndex]!;
  if (quote.rule !== 'quotes/label') return undefined;
  const paragraph = context.paragraphs[context.quoteParagraph[quoteIndex]!]!;
  const labelEnd = context.text.lastIndexOf(':', quote.outer?.start ?? quote.start);
  if (labelEnd < paragraph.start) return undefined;
  const label = context.text.slice(paragraph.start, labelEnd).trim().replace(/\.$/u, '').toLowerCase();
  if (label === 'q' || label === 'question') {
    // the questions belong to the outlet the introduction names ("She spoke with the Northfork Weekly")
    const outlet = onceForDocument(context, 'label-outlet', introducedOutlet);
    return outlet === undefined ? undefined : decide(context, outlet, null, 'speakers/sieves/label-question', 0.6, [outlet]);
  }
  if (label === 'a' || label === 'answer') {
    const interviewee = onceForDocument(context, 'label-interviewee', mostMentionedPerson);
    return interviewee === undefined ? undefined : decide(context, interviewee, null, 'speakers/sieves/label-answer', 0.6, [interviewee]);
  }
  // mentions are sorted: start at the paragraph (a search from the first mention would make a long
  // transcript of "NAME: text" lines quadratic)
  for (let index = firstEndingAfter(context.mentions, paragraph.start); index < context.mentions.length; index++) {
    const mention = context.mentions[index]!;
    if (mention.end > labelEnd) break;
    // a name ("RUIZ:") or a role ("REPORTER:", "MODERATOR:")
    if (mention.start >= paragraph.start && mention.kind !== 'pronoun')
      return decide(context, mention.id, null, 'speakers/sieves/label', 0.9, [mention.id]);
  }
  return undefined;
}

/** `find(context)`, worked out on the first call for a document and remembered (context.documentFacts). */
function onceForDocument(
  context: AttributionContext,
  fact: string,
  find: (context: AttributionContext) => string | undefined,
): string | undefined {
  let known = context.documentFacts.get(fact);
  if (known === undefined) {
    known = find(context) ?? null;
    context.documentFacts.set(fact, known);
  }
  return known ?? undefined;
}

function introducedOutlet(context: AttributionContext): string | undefined {
  const firstLabel = context.quotes.find((quote) => quote.rule === 'quotes/label');
  const limit = firstLabel?.start ?? context.text.length;
  for (const mention of context.mentions) {
    if (mention.start >= limit) break;
    if (mention.kind === 'name' && mention.type === 'organization' && isNewsOutlet(mention.name ?? '')) return mention.id;
  }
  return undefined;
}

/** The interviewee: the person the introduction (before the first labelled line) names most often. */
function mostMentionedPerson(context: AttributionContext): string | undefined {
  const firstLabel = context.quotes.find((quote) => quote.rule === 'quotes/label');
  const limit = firstLabel?.start ?? context.text.length;
  const counts = new Map<string, { mention: string; count: number }>();
  for (const mention of context.mentions) {
    if (mention.start >= limit) break;
    if (mention.kind !== 'name' || mention.type !== 'person') continue;
    const entity = context.entityOfMention.get(mention.id)?.entity ?? mention.id;
    const entry = counts.get(entity);
    if (entry === undefined) counts.set(entity, { mention: mention.id, count: 1 });
    else entry.count++;
  }
  let best: { mention: string; count: number } | undefined;
  for (const entry of counts.values()) if (best === undefined || entry.count > best.count) best = entry;
  return best?.mention;
}
