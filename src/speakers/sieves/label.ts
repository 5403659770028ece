/**
 * Sieve `speakers/sieves/label`: the label of a "NAME: text" paragraph names the speaker. For
 * "Q:"/"A:" interviews the answers belong to the person the article names most, the questions to
 * the interviewer (left null: the article rarely names them).
 */
import type { AttributionContext, Decision } from './context.js';
import { decide } from './context.js';

export function labelSieve(context: AttributionContext, quoteIndex: number): Decision | undefined {
  const quote = context.quotes[quoteIndex]!;
  if (quote.rule !== 'quotes/label') return undefined;
  const paragraph = context.paragraphs[context.quoteParagraph[quoteIndex]!]!;
  const labelEnd = context.text.lastIndexOf(':', quote.outer?.start ?? quote.start);
  if (labelEnd < paragraph.start) return undefined;
  const label = context.text.slice(paragraph.start, labelEnd).trim().replace(/\.$/u, '').toLowerCase();
  if (label === 'q' || label === 'question') return undefined;
  if (label === 'a' || label === 'answer') {
    const interviewee = mostMentionedPerson(context);
    return interviewee === undefined ? undefined : decide(context, interviewee, null, 'speakers/sieves/label-answer', 0.6, [interviewee]);
  }
  const mention = context.mentions.find(
    (candidate) => candidate.start >= paragraph.start && candidate.end <= labelEnd && candidate.kind === 'name',
  );
  if (mention === undefined) return undefined;
  return decide(context, mention.id, null, 'speakers/sieves/label', 0.9, [mention.id]);
}

function mostMentionedPerson(context: AttributionContext): string | undefined {
  let best: { mention: string; count: number } | undefined;
  for (const entity of context.entities) {
    if (entity.type !== 'person' || entity.isAnonymous) continue;
    const first = entity.mentions[0];
    if (first !== undefined && (best === undefined || entity.mentions.length > best.count))
      best = { mention: first, count: entity.mentions.length };
  }
  return best?.mention;
}
