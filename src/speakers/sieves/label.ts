/**
 * Sieve `speakers/sieves/label`: the label of a "NAME: text" paragraph names the speaker. For
 * "Q:"/"A:" interviews, and interviews printed without labels (quotes/interview-quotes.ts), the answers
 * belong to the person the introduction names most, the questions to the outlet it names (left null
 * when it names none).
 */
import type { AttributionContext, Decision } from './context.js';
import { isNewsOutlet } from '../lexicon/outlets.js';
import { decide } from './context.js';
import { firstEndingAfter } from '../../model/span.js';
import { INTERVIEW_ANSWER, INTERVIEW_QUESTION } from '../../quotes/interview-quotes.js';

export function labelSieve(context: AttributionContext, quoteIndex: number): Decision | undefined {
  const quote = context.quotes[quoteIndex]!;
  // an interview printed without labels (quotes/interview-quotes.ts): the same two speakers
  if (quote.rule === INTERVIEW_QUESTION) return questionDecision(context);
  if (quote.rule === INTERVIEW_ANSWER) return answerDecision(context);
  if (quote.rule !== 'quotes/label') return undefined;
  const paragraph = context.paragraphs[context.quoteParagraph[quoteIndex]!]!;
  const labelEnd = context.text.lastIndexOf(':', quote.outer?.start ?? quote.start);
  if (labelEnd < paragraph.start) return undefined;
  const label = context.text.slice(paragraph.start, labelEnd).trim().replace(/\.$/u, '').toLowerCase();
  if (label === 'q' || label === 'question') return questionDecision(context);
  if (label === 'a' || label === 'answer') return answerDecision(context);
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

/**
 * The questions belong to the outlet the introduction names ("She spoke with the Northfork Weekly"); when it names
 * none they are still the interviewer's, so no later sieve may give them to the interviewee quoted just before.
 */
function questionDecision(context: AttributionContext): Decision {
  const outlet = onceForDocument(context, 'label-outlet', introducedOutlet);
  if (outlet !== undefined) return decide(context, outlet, null, 'speakers/sieves/label-question', 0.6, [outlet]);
  return { mention: null, entity: null, cue: null, rule: 'speakers/sieves/label-question', confidence: 0.5, evidence: [] };
}

/** The answers belong to the interviewee, the person the introduction names most. */
function answerDecision(context: AttributionContext): Decision | undefined {
  const interviewee = onceForDocument(context, 'label-interviewee', mostMentionedPerson);
  return interviewee === undefined ? undefined : decide(context, interviewee, null, 'speakers/sieves/label-answer', 0.6, [interviewee]);
}

/** Quotes of an interview's lines, labelled or not. */
function isInterviewLine(rule: string): boolean {
  return rule === 'quotes/label' || rule === INTERVIEW_QUESTION || rule === INTERVIEW_ANSWER;
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
  const firstLabel = context.quotes.find((quote) => isInterviewLine(quote.rule));
  const limit = firstLabel?.start ?? context.text.length;
  for (const mention of context.mentions) {
    if (mention.start >= limit) break;
    if (mention.kind === 'name' && mention.type === 'organization' && isNewsOutlet(mention.name ?? '')) return mention.id;
  }
  return undefined;
}

/**
 * The interviewee: the named person the introduction (before the first interview line) mentions most often,
 * by name, pronoun or role ("Marguerite Lavoie kept the light … She now runs …" outweighs a role in the
 * headline read as a name); the first of them on a tie.
 */
function mostMentionedPerson(context: AttributionContext): string | undefined {
  const firstLabel = context.quotes.find((quote) => isInterviewLine(quote.rule));
  const limit = firstLabel?.start ?? context.text.length;
  const counts = new Map<string, { mention: string | undefined; count: number }>();
  for (const mention of context.mentions) {
    if (mention.start >= limit) break;
    if (mention.type !== 'person') continue;
    const isName = mention.kind === 'name';
    const entity = context.entityOfMention.get(mention.id)?.entity ?? (isName ? mention.id : undefined);
    if (entity === undefined) continue;
    const entry = counts.get(entity);
    if (entry === undefined) counts.set(entity, { mention: isName ? mention.id : undefined, count: 1 });
    else {
      entry.count++;
      entry.mention ??= isName ? mention.id : undefined;
    }
  }
  let best: { mention: string | undefined; count: number } | undefined;
  for (const entry of counts.values()) if (entry.mention !== undefined && (best === undefined || entry.count > best.count)) best = entry;
  return best?.mention;
}
