/**
 * verifyArticle: every quote of an article against interview transcripts. For each quote (or each
 * group of pieces of one utterance) it finds candidate passages through the corpus index, aligns the
 * words against each, keeps the best (a passage spoken by the named speaker wins among near-equal
 * ones), and gives a verdict with the tape, timecodes, tape speaker and a word diff.
 * Limits: a quote stitched from two distant passages without an ellipsis is reported against one of
 * them (altered or paraphrase); sound notes in transcripts are not speech.
 */
import type { Transcript } from '../ingest/transcripts/types.js';
import { formatClock } from '../ingest/transcripts/timestamps.js';
import type { VerbatimDocument } from '../model/document.js';
import { toQuotesView, type QuotesView, type QuoteView } from '../output/quotes-view.js';
import { alignWindow, type Alignment, type AlignStep } from './align.js';
import { buildArticleSequence, type ArticlePiece, type ArticleSequence } from './article-sequence.js';
import { findCandidates } from './candidates.js';
import { buildCorpus, type TranscriptCorpus } from './corpus.js';
import { buildDiff } from './diff.js';
import { FUNCTION_WORDS } from './lexicon.js';
import { compareNames, isOpaqueLabel, type SpeakerAgreement } from './speaker-match.js';
import type { DiffOp, TapeMatch, Verdict, VerifiedQuotesView, VerifiedQuoteView } from './types.js';
import { VERDICTS } from './types.js';
import { DEFAULT_THRESHOLDS, decideVerdict, type VerdictThresholds } from './verdict.js';

export interface VerifyOptions {
  thresholds?: Partial<VerdictThresholds>;
  /** Candidate passages aligned per quote. Default 6. */
  maxCandidates?: number;
}

/** Candidates whose score is within this share of the best compete on who speaks. */
const SPEAKER_PREFERENCE_MARGIN = 0.15;
/** Longest quote (or group of pieces) aligned, in words. */
export const MAX_ALIGNED_WORDS = 2000;
/** A one-speaker alignment within this share of the best score is preferred to one that mixes speakers. */
const ONE_SPEAKER_MARGIN = 0.1;

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'him', 'her', 'them', 'you', 'one', 'who', 'this', 'that']);

interface Claim {
  quotes: number[];
  pieces: ArticlePiece[];
  kind: 'direct' | 'mixed' | 'indirect';
}

interface QuoteResult {
  verdict: Verdict;
  match: TapeMatch | null;
  diff: DiffOp[] | null;
  reason: string;
}

function isDocument(input: QuotesView | VerbatimDocument): input is VerbatimDocument {
  return 'layers' in input && 'sourceMap' in input;
}

/** Pieces of one utterance become one claim: split quotes by group, mixed quotes by their quoted fragments. */
function buildClaims(quotes: readonly QuoteView[]): Claim[] {
  const claims: Claim[] = [];
  const groups = new Map<string, Claim>();
  for (const [index, quote] of quotes.entries()) {
    const isMixed = quote.kind === 'mixed' && quote.fragments !== undefined && quote.fragments.length > 0;
    const kind = quote.kind === 'mixed' && !isMixed ? 'indirect' : quote.kind;
    const pieces: ArticlePiece[] = isMixed
      ? quote.fragments!.map((fragment, position) => ({ quote: index, text: fragment.text, joinBefore: position === 0 ? 'none' : 'gap' }))
      : [{ quote: index, text: quote.text, joinBefore: 'none' }];
    const existing = quote.group === undefined ? undefined : groups.get(`${quote.kind}:${quote.group}`);
    if (existing !== undefined) {
      // Pieces split around "she said" may skip a few words on tape; the gap is not the article's edit.
      pieces[0]!.joinBefore = 'gap';
      existing.quotes.push(index);
      existing.pieces.push(...pieces);
      continue;
    }
    const claim: Claim = { quotes: [index], pieces, kind };
    claims.push(claim);
    if (quote.group !== undefined) groups.set(`${quote.kind}:${quote.group}`, claim);
  }
  return claims;
}

function articleSpeakerName(view: QuotesView, quote: QuoteView): string | undefined {
  const speaker = quote.speaker;
  if (speaker === null) return undefined;
  const entity = speaker.entity === null ? undefined : view.entities.find((candidate) => candidate.id === speaker.entity);
  if (entity !== undefined) return entity.name;
  return PRONOUNS.has(speaker.text.trim().toLowerCase()) ? undefined : speaker.text;
}

function speakerAgreement(transcript: Transcript, label: string | null, articleName: string | undefined): SpeakerAgreement {
  if (articleName === undefined || label === null) return 'unknown';
  const info = transcript.speakers.find((speaker) => speaker.label === label);
  const names = [info?.name, isOpaqueLabel(label) ? undefined : label].filter((name): name is string => name !== undefined);
  if (names.length > 0) {
    const results = names.map((name) => compareNames(articleName, name));
    if (results.includes('match')) return 'match';
    return results.every((result) => result === 'mismatch') ? 'mismatch' : 'unknown';
  }
  // An opaque label: a mismatch only when the named speaker has a label of their own on this tape.
  const isElsewhere = transcript.speakers.some(
    (other) =>
      other.label !== label &&
      [other.name, isOpaqueLabel(other.label) ? undefined : other.label].some(
        (name) => name !== undefined && compareNames(articleName, name) === 'match',
      ),
  );
  return isElsewhere ? 'mismatch' : 'unknown';
}

function tapeTokensOf(steps: readonly AlignStep[]): number[] {
  const tokens: number[] = [];
  for (const step of steps) {
    if (step.kind === 'match' || step.kind === 'substitute' || step.kind === 'join-article') tokens.push(step.tape);
    else if (step.kind === 'join-tape') tokens.push(step.tape, step.tapeEnd);
  }
  return tokens;
}

/**
 * Who speaks the placed words, and does the article agree. A direct quote belongs to the label over
 * most of its words. A paraphrase often folds a question into its answer ("he would not ask voters
 * for a levy this year" from Q: "Will you ask voters for a levy?" A: "Not this year."), so any label
 * with a fair share of the words may be the speaker.
 */
function judgeSpeaker(
  corpus: TranscriptCorpus,
  tape: number,
  tokens: readonly number[],
  articleName: string | undefined,
  isParaphrase: boolean,
): { label: string | null; agreement: SpeakerAgreement } {
  const primary = primaryLabel(corpus, tokens);
  const transcript = corpus.transcripts[tape]!;
  const agreement = speakerAgreement(transcript, primary, articleName);
  if (!isParaphrase || agreement === 'match' || articleName === undefined) return { label: primary, agreement };
  const counts = new Map<string, number>();
  for (const token of tokens) {
    const label = corpus.turnSpeakers[corpus.turns[token]!];
    if (label !== null && label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  for (const [label, count] of counts) {
    if (count >= Math.max(2, tokens.length / 4) && speakerAgreement(transcript, label, articleName) === 'match')
      return { label, agreement: 'match' };
  }
  return { label: primary, agreement };
}

/** The label spoken over most of the placed words. */
function primaryLabel(corpus: TranscriptCorpus, tokens: readonly number[]): string | null {
  const counts = new Map<string | null, number>();
  let best: string | null = null;
  let bestCount = 0;
  for (const token of tokens) {
    const label = corpus.turnSpeakers[corpus.turns[token]!] ?? null;
    const count = (counts.get(label) ?? 0) + 1;
    counts.set(label, count);
    if (count > bestCount) {
      best = label;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A direct quote is one person's words. When the best alignment borrows a word or two from another
 * speaker's turn (a reporter's "And the cost?" right after the quote), align again with that
 * speaker's words only skippable, and keep the one-speaker reading unless it is clearly worse.
 */
function alignToOneSpeaker(
  sequence: ArticleSequence,
  corpus: TranscriptCorpus,
  from: number,
  to: number,
  alignment: Alignment,
  label: string | null,
): Alignment | undefined {
  const speakerOf = (token: number) => corpus.turnSpeakers[corpus.turns[token]!] ?? null;
  if (!tapeTokensOf(alignment.steps).some((token) => speakerOf(token) !== label)) return undefined;
  const blocked = new Uint8Array(to - from);
  for (let token = from; token < to; token++) if (speakerOf(token) !== label) blocked[token - from] = 1;
  const single = alignWindow(sequence, corpus, from, to, blocked);
  return single.score >= alignment.score - ONE_SPEAKER_MARGIN * alignment.maxScore ? single : undefined;
}

/** Crude stem so "closing", "closed" and "closes" meet: content overlap for paraphrases only. */
function stem(word: string): string {
  let result = word;
  if (result.length > 5 && result.endsWith('ies')) result = result.slice(0, -3) + 'y';
  else if (result.length > 5 && result.endsWith('ing')) result = result.slice(0, -3);
  else if (result.length > 4 && result.endsWith('ed')) result = result.slice(0, -2);
  else if (result.length > 4 && result.endsWith('es')) result = result.slice(0, -2);
  else if (result.length > 3 && result.endsWith('s') && !result.endsWith('ss')) result = result.slice(0, -1);
  if (result.length > 3 && result.endsWith('e')) result = result.slice(0, -1);
  return result;
}

function isContentWord(norm: string): boolean {
  return !FUNCTION_WORDS.has(norm) && /[\p{L}\p{N}]/u.test(norm);
}

function cueAt(transcript: Transcript, offset: number) {
  const segments = transcript.document.sourceMap;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (segments[middle]!.text.start <= offset) low = middle;
    else high = middle - 1;
  }
  return segments[low]?.cue;
}

function tapeMatch(corpus: TranscriptCorpus, first: number, last: number, label: string | null): TapeMatch {
  const transcript = corpus.transcripts[corpus.tapes[first]!]!;
  const startCue = cueAt(transcript, corpus.starts[first]!);
  const endCue = cueAt(transcript, corpus.starts[last]!);
  const endMs = endCue?.endMs ?? endCue?.startMs;
  return {
    transcript: transcript.name,
    start: startCue?.startMs === undefined ? null : formatClock(startCue.startMs),
    end: endMs === undefined ? null : formatClock(endMs),
    speaker: label,
    text: transcript.document.text.slice(corpus.starts[first], corpus.ends[last]).replace(/\s+/g, ' '),
    line: startCue?.line ?? null,
  };
}

interface ScoredCandidate {
  alignment: Alignment;
  relative: number;
  agreement: SpeakerAgreement;
  label: string | null;
  tape: number;
  from: number;
}

const AGREEMENT_RANK: Record<SpeakerAgreement, number> = { match: 2, unknown: 1, mismatch: 0 };

function chooseCandidate(scored: ScoredCandidate[]): ScoredCandidate | undefined {
  if (scored.length === 0) return undefined;
  const best = Math.max(...scored.map((candidate) => candidate.relative));
  const eligible = scored.filter((candidate) => candidate.relative >= best - SPEAKER_PREFERENCE_MARGIN);
  eligible.sort((a, b) => AGREEMENT_RANK[b.agreement] - AGREEMENT_RANK[a.agreement] || b.relative - a.relative || a.from - b.from);
  return eligible[0];
}

function ownerOf(sequence: ArticleSequence, step: AlignStep): number {
  const article = 'article' in step ? step.article : Math.min(step.before, sequence.count - 1);
  return sequence.pieces[sequence.piece[article]!]!.quote;
}

function verifyClaim(
  view: QuotesView,
  claim: Claim,
  corpus: TranscriptCorpus,
  options: Required<Pick<VerifyOptions, 'maxCandidates'>> & { thresholds: VerdictThresholds },
): Map<number, QuoteResult> {
  const results = new Map<number, QuoteResult>();
  const sequence = buildArticleSequence(claim.pieces, corpus);
  if (sequence.count > MAX_ALIGNED_WORDS) {
    // Alignment memory grows with words x window: a runaway "quote" is reported, not aligned.
    for (const index of claim.quotes)
      results.set(index, { verdict: 'absent', match: null, diff: null, reason: `not checked: longer than ${MAX_ALIGNED_WORDS} words` });
    return results;
  }
  const articleName = claim.quotes.map((index) => articleSpeakerName(view, view.quotes[index]!)).find((name) => name !== undefined);
  const candidates = findCandidates(corpus, sequence, {
    maxCandidates: options.maxCandidates,
    isLoose: sequence.hasMarkers || claim.pieces.length > 1 || claim.kind === 'indirect',
  });
  const scored: ScoredCandidate[] = [];
  for (const candidate of candidates) {
    let alignment = alignWindow(sequence, corpus, candidate.from, candidate.to);
    let judged = judgeSpeaker(corpus, candidate.tape, tapeTokensOf(alignment.steps), articleName, claim.kind === 'indirect');
    const single =
      claim.kind === 'indirect' ? undefined : alignToOneSpeaker(sequence, corpus, candidate.from, candidate.to, alignment, judged.label);
    if (single !== undefined) {
      alignment = single;
      judged = judgeSpeaker(corpus, candidate.tape, tapeTokensOf(alignment.steps), articleName, false);
    }
    const { label, agreement } = judged;
    const relative = alignment.maxScore === 0 ? 0 : alignment.score / alignment.maxScore;
    scored.push({ alignment, relative, agreement, label, tape: candidate.tape, from: candidate.from });
    // Every word in place and the right speaker (or none named): no other passage can do better.
    if (relative === 1 && (agreement === 'match' || articleName === undefined)) break;
  }
  const chosen = chooseCandidate(scored);

  for (const quoteIndex of claim.quotes) {
    const quote = view.quotes[quoteIndex]!;
    const words = sequence.wordsPerQuote.get(quoteIndex) ?? 0;
    if (chosen === undefined || words === 0) {
      results.set(quoteIndex, {
        verdict: 'absent',
        match: null,
        diff: null,
        reason: words === 0 ? 'the quote has no words to look for' : 'no passage on the tapes shares its words',
      });
      continue;
    }
    const steps = chosen.alignment.steps.filter((step) => ownerOf(sequence, step) === quoteIndex);
    let matched = 0;
    let substituted = 0;
    let inserted = 0;
    let deleted = 0;
    let elided = 0;
    for (const step of steps) {
      if (step.kind === 'match' || step.kind === 'join-tape') matched++;
      else if (step.kind === 'join-article') matched += 2;
      else if (step.kind === 'substitute') substituted++;
      else if (step.kind === 'insert') inserted++;
      else if (step.kind === 'delete') deleted++;
      else if (step.kind === 'elide') elided++;
    }
    const placed = tapeTokensOf(steps);
    const kind = claim.kind === 'indirect' ? 'indirect' : quote.kind === 'indirect' ? 'indirect' : quote.kind;
    const { label, agreement } =
      placed.length === 0
        ? chosen
        : judgeSpeaker(corpus, chosen.tape, placed, articleSpeakerName(view, quote) ?? articleName, kind === 'indirect');

    // Content overlap: the quote's content words near the passage, in any order and form.
    const range = corpus.tapeRanges[chosen.tape]!;
    const first = placed.length === 0 ? chosen.from : Math.min(...placed);
    const last = placed.length === 0 ? chosen.from : Math.max(...placed);
    const nearby = new Set<string>();
    for (let token = Math.max(range.start, first - words - 5); token < Math.min(range.end, last + words + 6); token++) {
      nearby.add(stem(corpus.vocabulary.norms[corpus.ids[token]!]!));
    }
    let contentWords = 0;
    let contentFound = 0;
    const seen = new Set<string>();
    for (let article = 0; article < sequence.count; article++) {
      if (sequence.pieces[sequence.piece[article]!]!.quote !== quoteIndex || !isContentWord(sequence.norms[article]!)) continue;
      const stemmed = stem(sequence.norms[article]!);
      if (seen.has(stemmed)) continue;
      seen.add(stemmed);
      contentWords++;
      if (nearby.has(stemmed)) contentFound++;
    }

    const hasBrackets = sequence.brackets.some((bracket) => sequence.pieces[bracket.piece]!.quote === quoteIndex);
    const decision = decideVerdict(
      { kind, words, matched, substituted, inserted, deleted, elided, hasBrackets, contentWords, contentFound, speaker: agreement },
      options.thresholds,
    );
    if (decision.verdict === 'absent') {
      results.set(quoteIndex, { verdict: 'absent', match: null, diff: null, reason: decision.reason });
      continue;
    }
    const match = tapeMatch(corpus, first, last, label);
    const hasWordDiff = decision.textVerdict === 'altered' || decision.textVerdict === 'elided';
    let reason = decision.reason;
    if (decision.verdict === 'misattributed')
      reason = `${decision.reason.replace(/; but spoken by someone else on the tape$/, '')}; spoken by ${label ?? 'another speaker'} on the tape, the article names ${articleSpeakerName(view, quote) ?? articleName}`;
    results.set(quoteIndex, {
      verdict: decision.verdict,
      match,
      diff: hasWordDiff ? buildDiff(steps, sequence, corpus, quoteIndex) : null,
      reason,
    });
  }
  return results;
}

/**
 * Verifies every quote of an article (a quotes view, or an annotated document) against transcripts
 * (parsed with `parseTranscript`, or a corpus from `buildCorpus` to reuse across articles).
 * @example
 * const tape = parseTranscript(vttText, { name: 'tape1.vtt' });
 * const result = verifyArticle(extract(articleText), [tape]);
 * result.quotes[0].verdict; // 'exact'
 */
export function verifyArticle(
  input: QuotesView | VerbatimDocument,
  transcripts: readonly Transcript[] | TranscriptCorpus,
  options: VerifyOptions = {},
): VerifiedQuotesView {
  const view = isDocument(input) ? toQuotesView(input) : input;
  const corpus = Array.isArray(transcripts) ? buildCorpus(transcripts as readonly Transcript[]) : (transcripts as TranscriptCorpus);
  const settings = { maxCandidates: options.maxCandidates ?? 6, thresholds: { ...DEFAULT_THRESHOLDS, ...options.thresholds } };
  const results = new Map<number, QuoteResult>();
  for (const claim of buildClaims(view.quotes))
    for (const [index, result] of verifyClaim(view, claim, corpus, settings)) results.set(index, result);

  const quotes: VerifiedQuoteView[] = view.quotes.map((quote, index) => ({ ...quote, ...results.get(index)! }));
  const counts = Object.fromEntries(VERDICTS.map((verdict) => [verdict, 0])) as Record<Verdict, number>;
  for (const quote of quotes) counts[quote.verdict]++;
  const passed = quotes.every((quote) => quote.kind === 'indirect' || quote.verdict === 'exact' || quote.verdict === 'elided');
  return { ...view, quotes, verification: { transcripts: corpus.transcripts.map((transcript) => transcript.name), counts, passed } };
}
