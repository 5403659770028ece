/**
 * PolNeAR accuracy metrics: pure functions, no I/O (unit-tested in metrics.test.ts).
 *
 * - Engine input: the article `text` only (PolNeAR texts start with their headline as the first
 *   paragraph). Predictions: the quotes of the quotes view (`extract(...)`); each has kind
 *   direct|mixed|indirect, start/end (content span), speaker mention span or null, and an entity
 *   (resolved name + all its mention spans, via the `entities` list of the quotes view).
 * - Groups: "direct+mixed" (gold kind direct or mixed vs predicted kind direct or mixed), "indirect"
 *   (gold indirect vs predicted indirect), and "all" (any kind vs any kind). Each group is scored on its own.
 * - Span trimming: before comparing, trim both spans at both ends of white space, quotation marks
 *   (" “ ” ‘ ’ ' « » „ ‹ › `) and punctuation (.,;:!?—–-…).
 * - Match: a predicted and a gold span match when their overlap is at least 50% of the longer of the
 *   two trimmed spans. Pairing is one-to-one, greedy by overlap size (largest first, ties by position:
 *   earlier gold start, then earlier predicted start). A span that trims to nothing matches nothing.
 * - Extraction P/R/F1: P = matched / predicted, R = matched / gold.
 * - Speaker correct, for a matched pair: if the gold speaker is null, correct iff the predicted speaker
 *   is null. Otherwise the predicted speaker must be non-null and (a) the predicted speaker mention
 *   overlaps the gold speaker span, or (b) some mention of the predicted entity overlaps the gold
 *   speaker span, or (c) "names the same person": the gold speaker text, with leading
 *   titles/descriptions ignored, contains the predicted entity's name's last word (a capitalized word
 *   of ≥2 letters) as a whole word, and when the entity name has a first word that is also a
 *   capitalized word, the gold text does not contain a different capitalized first word immediately
 *   before that last word. The first rule that holds is counted as the one that decided.
 *   How (c) reads "leading titles/descriptions ignored" (see `namesSamePerson`; examples invented): the
 *   gold name is the run of capitalized words that ends the gold speaker text's first clause (before
 *   any comma, parenthesis, semicolon, colon or dash): "Ruiz campaign chairman Tom Vela" names Vela, not
 *   Ruiz; "Ana Ruiz, a harbor official" names Ruiz; "advisers to Mayor Ruiz" and "Moss and Ruiz" (run
 *   after a preposition or conjunction) name no one. The run's last word must equal the entity's last
 *   word ("Ruiz's" does not name Ruiz). Titles and descriptions (Mr., Sen., Mayor, President,
 *   Republican ...) and initials are never "a different first word"; a run holding the entity's first
 *   word anywhere ("Ana Maria Ruiz" for Ana Ruiz) is not rejected; a pronoun ("He", "She", "It") is
 *   never a name, so two capitalized "He" do not name the same person.
 * - Speaker accuracy = correct / matched. End-to-end: TP = matched with speaker correct;
 *   P = TP / predicted, R = TP / gold, F1.
 * - For information: extraction F1 with exact boundaries (trimmed spans equal, counted one-to-one),
 *   and "abstained": matched pairs whose predicted speaker is null while the gold has one.
 * - Ratios with a zero denominator are 0 (so empty input scores 0, not NaN). Counts are summed over
 *   articles before dividing (micro-averaged).
 */

export type QuoteKind = 'direct' | 'mixed' | 'indirect';

export interface TextRange {
  start: number;
  end: number;
}

export interface TextSpan extends TextRange {
  text: string;
}

/** What the metrics need of a gold quote. */
export interface GoldSpeakerQuote extends TextRange {
  kind: QuoteKind;
  speaker: TextSpan | null;
}

export interface PredictedEntity {
  name: string;
  mentions: TextRange[];
}

/** What the metrics need of a predicted quote. */
export interface PredictedSpeakerQuote extends TextRange {
  kind: QuoteKind;
  speaker: TextRange | null;
  entity: PredictedEntity | null;
}

export interface ScoreGroup {
  name: 'direct+mixed' | 'indirect' | 'all';
  kinds: readonly QuoteKind[];
}

export const GROUPS: readonly ScoreGroup[] = [
  { name: 'direct+mixed', kinds: ['direct', 'mixed'] },
  { name: 'indirect', kinds: ['indirect'] },
  { name: 'all', kinds: ['direct', 'mixed', 'indirect'] },
];

/** Which rule made a speaker correct: both null, (a) mention overlap, (b) entity mention overlap, (c) same name. */
export type SpeakerRule = 'null' | 'mention' | 'entity' | 'name';

export interface SpeakerVerdict {
  isCorrect: boolean;
  /** The rule that decided a correct speaker; null when wrong. */
  rule: SpeakerRule | null;
  /** The gold has a speaker and the prediction has none. */
  isAbstained: boolean;
}

const TRIMMED_MARKS = new Set([...'"“”‘’\'«»„‹›`', ...'.,;:!?—–-…']);

function isTrimmable(character: string): boolean {
  return TRIMMED_MARKS.has(character) || /\s/u.test(character);
}

/** Narrows a span past white space, quotation marks and punctuation at both ends (clamped to the text). */
export function trimSpan(text: string, span: TextRange): TextRange {
  let start = Math.max(0, Math.min(span.start, text.length));
  let end = Math.max(start, Math.min(span.end, text.length));
  while (start < end && isTrimmable(text[start]!)) start++;
  while (end > start && isTrimmable(text[end - 1]!)) end--;
  return { start, end };
}

export function overlapLength(a: TextRange, b: TextRange): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when the overlap is at least half the longer span (both already trimmed); empty spans never match. */
export function spansMatch(a: TextRange, b: TextRange): boolean {
  const overlap = overlapLength(a, b);
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return overlap > 0 && overlap * 2 >= longer;
}

export interface SpanPair {
  gold: number;
  predicted: number;
  overlap: number;
}

/** One-to-one pairing of matching spans, greedy by overlap (largest first, then by gold start, predicted start). */
export function pairSpans(gold: readonly TextRange[], predicted: readonly TextRange[]): SpanPair[] {
  const candidates: SpanPair[] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < predicted.length; p++) {
      if (spansMatch(gold[g]!, predicted[p]!)) candidates.push({ gold: g, predicted: p, overlap: overlapLength(gold[g]!, predicted[p]!) });
    }
  }
  candidates.sort(
    (x, y) =>
      y.overlap - x.overlap ||
      gold[x.gold]!.start - gold[y.gold]!.start ||
      predicted[x.predicted]!.start - predicted[y.predicted]!.start ||
      x.gold - y.gold ||
      x.predicted - y.predicted,
  );
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: SpanPair[] = [];
  for (const candidate of candidates) {
    if (usedGold.has(candidate.gold) || usedPredicted.has(candidate.predicted)) continue;
    usedGold.add(candidate.gold);
    usedPredicted.add(candidate.predicted);
    pairs.push(candidate);
  }
  return pairs.sort((x, y) => x.gold - y.gold);
}

/** Pairs with identical (trimmed) boundaries, one-to-one; empty spans never count. */
export function countExactMatches(gold: readonly TextRange[], predicted: readonly TextRange[]): number {
  const available = new Map<string, number>();
  for (const span of predicted) {
    if (span.end <= span.start) continue;
    const key = `${span.start}:${span.end}`;
    available.set(key, (available.get(key) ?? 0) + 1);
  }
  let exact = 0;
  for (const span of gold) {
    const key = `${span.start}:${span.end}`;
    const left = available.get(key) ?? 0;
    if (left > 0) {
      exact++;
      available.set(key, left - 1);
    }
  }
  return exact;
}

/** Titles and descriptions that may precede a name without being a first name ("Mayor Ruiz", "Independent Ruiz"). */
const TITLES = new Set(
  (
    'mr mrs ms miss mx dr prof professor sen senator rep representative gov governor president vice former ' +
    'secretary gen general lt col sgt capt adm judge justice mayor speaker leader majority minority chairman chairwoman ' +
    'chair chief attorney candidate nominee rev reverend sir dame lady lord pope king queen prince princess the ' +
    'republican republicans democrat democrats democratic gop independent libertarian u.s us state first house senate ' +
    'white press campaign spokesman spokeswoman adviser advisor director ambassador commissioner officer agent ' +
    'coach host anchor correspondent reporter editor sheriff councilman councilwoman congressman congresswoman ' +
    'assemblyman assemblywoman'
  ).split(' '),
);

/** Capitalized at a sentence start but never a name: "He" in two places is not evidence of one person. */
const PRONOUNS = new Set('i me my we us our you your he him his she her it its they them their this that these those who which'.split(' '));

/** A name run after one of these is not the speaker's head: "advisers to Mr. Ruiz", "Moss and Ruiz". */
const NOT_HEAD_BEFORE = new Set('to about of for with from by at in on into over against among between like than and or nor'.split(' '));

const EDGE_PUNCTUATION = new Set([...'"“”‘’\'«»„‹›`.,;:!?()[]{}']);

function stripEdges(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && EDGE_PUNCTUATION.has(token[start]!)) start++;
  while (end > start && EDGE_PUNCTUATION.has(token[end - 1]!)) end--;
  return token.slice(start, end);
}

function words(phrase: string): string[] {
  return phrase
    .split(/\s+/u)
    .map(stripEdges)
    .filter((word) => word.length > 0);
}

function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function letterCount(word: string): number {
  let count = 0;
  for (const character of word) if (/\p{L}/u.test(character)) count++;
  return count;
}

/** A capitalized word of at least two letters and not a pronoun: a possible first or last name, not an initial. */
function isNameWord(word: string): boolean {
  return isCapitalized(word) && letterCount(word) >= 2 && !PRONOUNS.has(word.toLowerCase());
}

function isTitle(word: string): boolean {
  return TITLES.has(word.toLowerCase().replace(/\.$/u, ''));
}

/**
 * The name a gold speaker text gives: the run of capitalized words that ends its first clause (before any
 * comma, parenthesis, semicolon, colon or dash), leading titles dropped; none when the run follows a
 * preposition or a conjunction (then the run is not who speaks).
 */
export function goldNameWords(speakerText: string): string[] {
  let cut = speakerText.length;
  for (let index = 0; index < speakerText.length; index++) {
    if (',(;:—–['.includes(speakerText[index]!)) {
      cut = index;
      break;
    }
  }
  const tokens = words(speakerText.slice(0, cut));
  let runStart = tokens.length;
  while (runStart > 0 && isCapitalized(tokens[runStart - 1]!)) runStart--;
  if (runStart > 0 && NOT_HEAD_BEFORE.has(tokens[runStart - 1]!)) return [];
  const run = tokens.slice(runStart);
  while (run.length > 0 && isTitle(run[0]!)) run.shift();
  return run;
}

/** Rule (c): whether the gold speaker text names the predicted entity (see the header for the exact reading). */
export function namesSamePerson(goldSpeakerText: string, entityName: string): boolean {
  const nameWords = words(entityName);
  while (nameWords.length > 1 && isTitle(nameWords[0]!)) nameWords.shift();
  const last = nameWords.at(-1);
  if (last === undefined || !isNameWord(last)) return false;
  const first = nameWords.length >= 2 && isNameWord(nameWords[0]!) ? nameWords[0]! : undefined;

  const gold = goldNameWords(goldSpeakerText);
  if (gold.at(-1) !== last) return false;
  if (first === undefined || gold.slice(0, -1).includes(first)) return true;
  let before = gold.length - 2;
  while (before >= 0 && !isNameWord(gold[before]!)) before--;
  const previous = before >= 0 ? gold[before]! : undefined;
  return previous === undefined || isTitle(previous) || previous === first;
}

/** Whether the predicted speaker of a matched pair is right, and which rule said so. */
export function judgeSpeaker(gold: GoldSpeakerQuote, predicted: PredictedSpeakerQuote): SpeakerVerdict {
  if (gold.speaker === null) {
    const isCorrect = predicted.speaker === null;
    return { isCorrect, rule: isCorrect ? 'null' : null, isAbstained: false };
  }
  if (predicted.speaker === null) return { isCorrect: false, rule: null, isAbstained: true };
  const goldSpeaker = gold.speaker;
  let rule: SpeakerRule | null = null;
  if (overlapLength(predicted.speaker, goldSpeaker) > 0) rule = 'mention';
  else if (predicted.entity?.mentions.some((mention) => overlapLength(mention, goldSpeaker) > 0)) rule = 'entity';
  else if (predicted.entity && namesSamePerson(goldSpeaker.text, predicted.entity.name)) rule = 'name';
  return { isCorrect: rule !== null, rule, isAbstained: false };
}

export interface GroupCounts {
  gold: number;
  predicted: number;
  matched: number;
  exact: number;
  speakerCorrect: number;
  abstained: number;
  byRule: Record<SpeakerRule, number>;
}

export function emptyCounts(): GroupCounts {
  return {
    gold: 0,
    predicted: 0,
    matched: 0,
    exact: 0,
    speakerCorrect: 0,
    abstained: 0,
    byRule: { null: 0, mention: 0, entity: 0, name: 0 },
  };
}

export function addCounts(total: GroupCounts, part: GroupCounts): GroupCounts {
  return {
    gold: total.gold + part.gold,
    predicted: total.predicted + part.predicted,
    matched: total.matched + part.matched,
    exact: total.exact + part.exact,
    speakerCorrect: total.speakerCorrect + part.speakerCorrect,
    abstained: total.abstained + part.abstained,
    byRule: {
      null: total.byRule.null + part.byRule.null,
      mention: total.byRule.mention + part.byRule.mention,
      entity: total.byRule.entity + part.byRule.entity,
      name: total.byRule.name + part.byRule.name,
    },
  };
}

export interface ScoredPair extends SpanPair {
  verdict: SpeakerVerdict;
}

/** One group of one article: counts plus the indices (into the filtered lists) behind every error. */
export interface GroupResult<G, P> {
  counts: GroupCounts;
  gold: G[];
  predicted: P[];
  pairs: ScoredPair[];
  unmatchedGold: number[];
  unmatchedPredicted: number[];
}

/** Scores one article for one group: filters by kind, trims, pairs, judges speakers. */
export function scoreGroup<G extends GoldSpeakerQuote, P extends PredictedSpeakerQuote>(
  text: string,
  group: ScoreGroup,
  allGold: readonly G[],
  allPredicted: readonly P[],
): GroupResult<G, P> {
  const gold = allGold.filter((quote) => group.kinds.includes(quote.kind));
  const predicted = allPredicted.filter((quote) => group.kinds.includes(quote.kind));
  const goldSpans = gold.map((quote) => trimSpan(text, quote));
  const predictedSpans = predicted.map((quote) => trimSpan(text, quote));
  const counts = emptyCounts();
  counts.gold = gold.length;
  counts.predicted = predicted.length;
  counts.exact = countExactMatches(goldSpans, predictedSpans);
  const pairs = pairSpans(goldSpans, predictedSpans).map((pair) => ({
    ...pair,
    verdict: judgeSpeaker(gold[pair.gold]!, predicted[pair.predicted]!),
  }));
  counts.matched = pairs.length;
  for (const { verdict } of pairs) {
    if (verdict.rule !== null) {
      counts.speakerCorrect++;
      counts.byRule[verdict.rule]++;
    }
    if (verdict.isAbstained) counts.abstained++;
  }
  const goldPaired = new Set(pairs.map((pair) => pair.gold));
  const predictedPaired = new Set(pairs.map((pair) => pair.predicted));
  return {
    counts,
    gold,
    predicted,
    pairs,
    unmatchedGold: gold.flatMap((_, index) => (goldPaired.has(index) ? [] : [index])),
    unmatchedPredicted: predicted.flatMap((_, index) => (predictedPaired.has(index) ? [] : [index])),
  };
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

export function precisionRecall(truePositives: number, predicted: number, gold: number): PrecisionRecall {
  const precision = ratio(truePositives, predicted);
  const recall = ratio(truePositives, gold);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

export interface GroupMetrics {
  extraction: PrecisionRecall;
  exact: PrecisionRecall;
  speakerAccuracy: number;
  endToEnd: PrecisionRecall;
  /** Share of matched pairs whose gold has a speaker and whose prediction has none. */
  abstainedRate: number;
}

export function computeMetrics(counts: GroupCounts): GroupMetrics {
  return {
    extraction: precisionRecall(counts.matched, counts.predicted, counts.gold),
    exact: precisionRecall(counts.exact, counts.predicted, counts.gold),
    speakerAccuracy: ratio(counts.speakerCorrect, counts.matched),
    endToEnd: precisionRecall(counts.speakerCorrect, counts.predicted, counts.gold),
    abstainedRate: ratio(counts.abstained, counts.matched),
  };
}
