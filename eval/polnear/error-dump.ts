/**
 * Error analysis records (one JSON line each) for the groups "direct+mixed" and "indirect" ("all" would
 * repeat them). The records quote publisher text: write them only where the user asks, by default under
 * the gitignored eval/out/.
 */
import type { ArticleResult, GroupName } from './evaluate.js';
import type { GoldQuote } from './load.js';
import type { TextRange, TextSpan } from './metrics.js';
import type { Prediction } from './predictions.js';

export type ErrorType = 'missed' | 'spurious' | 'wrong-speaker' | 'abstained';

export interface GoldRecord extends TextSpan {
  kind: GoldQuote['kind'];
  attribution: string;
  speaker: TextSpan | null;
  cue: TextSpan | null;
}

export interface PredictedRecord extends TextSpan {
  kind: Prediction['kind'];
  speaker: TextSpan | null;
  entity: string | null;
  cue: TextSpan | null;
  rule: string;
  confidence: number | null;
}

export interface ErrorRecord {
  type: ErrorType;
  group: GroupName;
  article: string;
  publisher: string;
  gold: GoldRecord | null;
  predicted: PredictedRecord | null;
  /** For a missed or spurious span: the quote of the other side it pairs with when kinds are ignored (a kind confusion). */
  pairedAcrossKinds: (TextRange & { kind: string }) | null;
  /** ~100 characters either side of the span (gold when there is one), the span marked ⟦ ⟧. */
  context: string;
}

const CONTEXT = 100;
const LONGEST_SHOWN_SPAN = 400;

/** The span marked with ⟦ ⟧ inside ~CONTEXT characters either side; a very long span is shortened in its middle. */
export function markInContext(text: string, span: TextRange, context = CONTEXT): string {
  const before = text.slice(Math.max(0, span.start - context), span.start);
  const after = text.slice(span.end, span.end + context);
  let inside = text.slice(span.start, span.end);
  if (inside.length > LONGEST_SHOWN_SPAN) inside = `${inside.slice(0, LONGEST_SHOWN_SPAN / 2)} … ${inside.slice(-LONGEST_SHOWN_SPAN / 2)}`;
  return `${span.start > context ? '…' : ''}${before}⟦${inside}⟧${after}${span.end + context < text.length ? '…' : ''}`;
}

function goldRecord(quote: GoldQuote): GoldRecord {
  return {
    start: quote.start,
    end: quote.end,
    text: quote.text,
    kind: quote.kind,
    attribution: quote.attribution,
    speaker: quote.speaker,
    cue: quote.cue,
  };
}

function predictedRecord(prediction: Prediction): PredictedRecord {
  return {
    start: prediction.start,
    end: prediction.end,
    text: prediction.text,
    kind: prediction.kind,
    speaker: prediction.speaker,
    entity: prediction.entity?.name ?? null,
    cue: prediction.cue,
    rule: prediction.rule,
    confidence: prediction.confidence,
  };
}

const DUMPED_GROUPS: readonly GroupName[] = ['direct+mixed', 'indirect'];

/** Every error of one scored article, in text order within each group. */
export function errorRecords(result: ArticleResult): ErrorRecord[] {
  const { article } = result;
  const all = result.groups.all;
  const acrossKinds = new Map<GoldQuote | Prediction, GoldQuote | Prediction>();
  for (const pair of all.pairs) {
    acrossKinds.set(all.gold[pair.gold]!, all.predicted[pair.predicted]!);
    acrossKinds.set(all.predicted[pair.predicted]!, all.gold[pair.gold]!);
  }
  const crossKind = (quote: GoldQuote | Prediction) => {
    const other = acrossKinds.get(quote);
    return other === undefined || other.kind === quote.kind ? null : { start: other.start, end: other.end, kind: other.kind };
  };
  const base = { article: article.id, publisher: article.publisher };
  const records: ErrorRecord[] = [];
  for (const group of DUMPED_GROUPS) {
    const scored = result.groups[group];
    const found: ErrorRecord[] = [];
    for (const index of scored.unmatchedGold) {
      const gold = scored.gold[index]!;
      found.push({
        type: 'missed',
        group,
        ...base,
        gold: goldRecord(gold),
        predicted: null,
        pairedAcrossKinds: crossKind(gold),
        context: markInContext(article.text, gold),
      });
    }
    for (const index of scored.unmatchedPredicted) {
      const predicted = scored.predicted[index]!;
      found.push({
        type: 'spurious',
        group,
        ...base,
        gold: null,
        predicted: predictedRecord(predicted),
        pairedAcrossKinds: crossKind(predicted),
        context: markInContext(article.text, predicted),
      });
    }
    for (const pair of scored.pairs) {
      if (pair.verdict.isCorrect) continue;
      const gold = scored.gold[pair.gold]!;
      found.push({
        type: pair.verdict.isAbstained ? 'abstained' : 'wrong-speaker',
        group,
        ...base,
        gold: goldRecord(gold),
        predicted: predictedRecord(scored.predicted[pair.predicted]!),
        pairedAcrossKinds: null,
        context: markInContext(article.text, gold),
      });
    }
    records.push(...found.sort((x, y) => (x.gold ?? x.predicted)!.start - (y.gold ?? y.predicted)!.start));
  }
  return records;
}
