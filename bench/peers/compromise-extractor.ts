/**
 * A peer extractor on the compromise NLP library, as someone would write it in an afternoon:
 * `nlp(text).quotations()` for quotes, `.people()` for people, and each quote goes to the nearest
 * person mention in the same or the previous sentence. The bench compares speed against it.
 */
import nlp from 'compromise';

export interface PeerQuote {
  start: number;
  end: number;
  text: string;
  speaker: { start: number; end: number; text: string } | null;
}

/** compromise's term, with the fields `compute('offset')` fills in. */
interface Term {
  text: string;
  /** [sentence, term] */
  index: [number, number];
  offset: { start: number; length: number };
}

interface Phrase {
  start: number;
  end: number;
  sentence: number;
}

/** Start of the first word to end of the last word (compromise keeps the marks in `pre`/`post`). */
function toPhrase(terms: readonly Term[]): Phrase | undefined {
  const first = terms[0];
  const last = terms[terms.length - 1];
  if (first === undefined || last === undefined) return undefined;
  return { start: first.offset.start, end: last.offset.start + last.offset.length, sentence: first.index[0] };
}

export function extractWithCompromise(text: string): PeerQuote[] {
  const doc = nlp(text);
  // Term offsets, not .json({ offset: true }): the json path re-runs most of the analysis (4x slower).
  doc.compute('offset');
  const people = (doc.people().docs as unknown as Term[][]).flatMap((terms) => toPhrase(terms) ?? []);
  return (doc.quotations().docs as unknown as Term[][]).flatMap((terms) => {
    const quote = toPhrase(terms);
    if (quote === undefined) return [];
    let speaker: PeerQuote['speaker'] = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const person of people) {
      if (person.sentence !== quote.sentence && person.sentence !== quote.sentence - 1) continue;
      const distance = person.end <= quote.start ? quote.start - person.end : person.start >= quote.end ? person.start - quote.end : 0;
      if (distance < bestDistance) {
        bestDistance = distance;
        speaker = { start: person.start, end: person.end, text: text.slice(person.start, person.end) };
      }
    }
    return [{ start: quote.start, end: quote.end, text: text.slice(quote.start, quote.end), speaker }];
  });
}
