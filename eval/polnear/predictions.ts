/** The predictions a system makes for one article, in the shape the metrics and the error dump read. */
import type { QuotesView } from '../../src/index.js';
import type { PredictedEntity, PredictedSpeakerQuote, TextSpan } from './metrics.js';

export interface Prediction extends PredictedSpeakerQuote {
  text: string;
  speaker: TextSpan | null;
  cue: TextSpan | null;
  /** The rule that produced the attribution (or the quote when unattributed). */
  rule: string;
  confidence: number | null;
}

/** A system under evaluation: article text in, predictions out. */
export interface QuoteSystem {
  name: string;
  predict(article: { id: string; text: string }): Prediction[];
}

/** Reads predictions from the quotes view (the public contract): a speaker's entity with all its mentions. */
export function predictionsFromView(view: QuotesView): Prediction[] {
  const entities = new Map<string, PredictedEntity>(
    view.entities.map((entity) => [entity.id, { name: entity.name, mentions: entity.mentions }]),
  );
  return view.quotes.map((quote) => ({
    kind: quote.kind,
    start: quote.start,
    end: quote.end,
    text: quote.text,
    speaker: quote.speaker === null ? null : { start: quote.speaker.start, end: quote.speaker.end, text: quote.speaker.text },
    entity: quote.speaker?.entity == null ? null : (entities.get(quote.speaker.entity) ?? null),
    cue: quote.cue,
    rule: quote.rule,
    confidence: quote.confidence,
  }));
}
