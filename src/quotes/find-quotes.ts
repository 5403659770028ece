/**
 * quotes/find-quotes: decides what is a quotation and of which kind.
 * Reads: paragraphs, tokens, quoteMarks, cues, mentions, frames. Writes: quotes (ids `q0` ...), quotedTerms (`w0` ...).
 * Finders, in order (each claims what the earlier ones left):
 * 1. `quotes/label`: "NAME: text" and "Q:"/"A:" paragraphs (interviews, transcripts): the whole paragraph;
 *    without labels, `quotes/interview-question` and `quotes/interview-answer` (quotes/interview-quotes.ts).
 * 2. `quotes/reported-content`: the content of every reporting frame. Content that is one quotation
 *    (give or take "that", a colon, punctuation) is direct and its span is inside the marks; content
 *    holding quotations among other words is mixed, with the quotations as fragments; content with
 *    no quotation is indirect. A frame whose content holds another frame whole is an outer report
 *    ("…, the Gazette reported"; "the Gazette reported that a guard quoted Ruiz as saying “…”"): it
 *    yields no quote of its own (speakers/chains uses it). See findOuterFrames.
 * 3. `quotes/unattributed`: every other quotation that reads as speech; speakers/attribute looks for
 *    its speaker.
 * Refiners: `quotes/merge-split-quotes` groups "“A,” she said. “B.”"; `quotes/not-speech` turns quoted words that are not speech into quotedTerms: nicknames
 * between two names, titles after a work noun or in title case, words after "called", "dubbed",
 * "so-called", "the word"; short unattributed fragments inside a sentence are scare quotes.
 * Limits: a full quoted sentence with no speaker anywhere is still a quote (speaker null).
 */
import { contains, extentsOf, lookupById, spanAt, type IdLookup } from '../model/span.js';
import { z } from 'zod';
import type { Cue, Frame, Mention, Paragraph, Quote, QuotedTerm } from '../model/layers.js';
import type { Range } from '../model/span.js';
import { defineStage } from '../pipeline/stage.js';
import { isSpace } from '../segment/chars.js';
import { tokenViewOf, type TokenView } from '../segment/token-view.js';
import { findInterviewQuotes } from './interview-quotes.js';
import { findLabelQuotes } from './label-quotes.js';
import { mergeSplitQuotes } from './merge-split-quotes.js';
import { classifyQuotedWords } from './not-speech.js';
import { quoteRegionsOf, regionAt, regionsWithin, type QuoteRegion } from './regions.js';
import { LayerIds } from '../model/ids.js';
import { newQuote, type QuoteDraft } from './quote-draft.js';
import { isConnective } from './connective.js';
import { isRightHandRelay } from './right-hand-reports.js';

const QUOTED_TERM_IDS = new LayerIds('w');
const QUOTE_IDS = new LayerIds('q');

function trimPunctuation(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && (isSpace(text.charCodeAt(start)) || text.charCodeAt(start) === 0x2c || text.charCodeAt(start) === 0x3a)) start++;
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || isTrailingPunctuation(text.charCodeAt(end - 1)))) end--;
  return { start, end };
}

function isTrailingPunctuation(code: number): boolean {
  return code === 0x2c || code === 0x2e || code === 0x3b || code === 0x3a;
}

export interface FoundQuotes {
  quotes: Quote[];
  quotedTerms: QuotedTerm[];
}

export function findQuotes(
  text: string,
  view: TokenView,
  paragraphs: readonly Paragraph[],
  regions: QuoteRegion[],
  frames: readonly Frame[],
  cues: readonly Cue[],
  mentions: readonly Mention[] = [],
): FoundQuotes {
  const cueById = lookupById(cues);
  const frameById = lookupById(frames);
  const drafts: QuoteDraft[] = [];
  const claimed = new Uint8Array(regions.length);
  const outerFrames = findOuterFrames(text, regions, frames, cueById, lookupById(mentions));

  // 1. transcript paragraphs ("NAME: text", "Q:"/"A:"): the whole answer is the speaker's, whatever cues it holds
  const labelled = findLabelQuotes(text, view, paragraphs, regions);
  // an interview printed without labels, when no line is labelled
  if (!labelled.some((line) => line.isTranscript)) labelled.push(...findInterviewQuotes(text, paragraphs, regions));
  const claimLabelled = (transcript: boolean): void => {
    for (const { quote: draft, isTranscript } of labelled) {
      if (isTranscript !== transcript) continue;
      for (const index of regionsWithin(regions, draft)) claimed[index] = 1;
      drafts.push(draft);
    }
  };
  claimLabelled(true);

  // 2. reported content
  for (const frame of frames) {
    if (outerFrames.has(frame.id)) continue;
    const group = frame.content.length > 1 ? 'g' + frame.id.slice(1) : undefined;
    const isNaming = cueById.get(frame.cue)?.class === 'naming';
    for (const piece of frame.content) {
      // "She hosts the show “Back Roads.”": a naming verb before a title or nickname reports no words
      if (isNaming && quotesOnlyNames(text, view, regions, paragraphs, piece)) continue;
      const draft = contentToQuote(text, regions, piece, frame);
      if (draft === undefined) continue;
      for (const index of regionsWithin(regions, piece)) claimed[index] = 1;
      const single = regionAt(regions, piece.start);
      if (single >= 0) claimed[single] = 1;
      if (group !== undefined) draft.group = group;
      drafts.push(draft);
    }
  }

  // lone labelled lines (a headline "Reid: ‘…’") yield to reporting frames
  claimLabelled(false);

  // 3. every other quotation, unless it is not speech
  const quotedTerms: Array<Omit<QuotedTerm, 'id'>> = [];
  regions.forEach((region, index) => {
    if (claimed[index] === 1 || region.content.end <= region.content.start) return;
    const verdict = classifyQuotedWords(text, view, region, paragraphs[region.paragraph]!);
    if (verdict !== undefined) {
      quotedTerms.push({ start: region.content.start, end: region.content.end, reason: verdict.reason, rule: verdict.rule });
      return;
    }
    drafts.push(
      newQuote(region.content.start, region.content.end, 'direct', 'quotes/unattributed', [region.open.id], { outer: region.outer }),
    );
  });

  const kept = mergeSplitQuotes(text, dropOverlaps(drafts), frameById, cueById);
  quotedTerms.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    quotes: nameQuotes(kept),
    quotedTerms: quotedTerms.map((term, index) => ({ id: QUOTED_TERM_IDS.at(index), ...term })),
  };
}

function contentToQuote(text: string, regions: readonly QuoteRegion[], piece: Range, frame: Frame): QuoteDraft | undefined {
  const inside = regionsWithin(regions, piece);
  const evidence = frame.source === null ? [frame.cue] : [frame.cue, frame.source];
  if (inside.length === 1) {
    const region = regions[inside[0]!]!;
    if (isConnective(text, piece.start, region.outer.start) && isConnective(text, region.outer.end, piece.end)) {
      return newQuote(region.content.start, region.content.end, 'direct', 'quotes/direct', evidence, {
        outer: region.outer,
        frame: frame.id,
      });
    }
  }
  const range = trimPunctuation(text, piece);
  if (range.end - range.start < 2) return undefined;
  if (inside.length > 0) {
    const fragments = inside.map((index) => regions[index]!.content);
    return newQuote(range.start, range.end, 'mixed', 'quotes/mixed', evidence, { fragments, frame: frame.id });
  }
  // content starting inside a quotation (a split sentence) counts as that quotation
  const holder = regionAt(regions, piece.start);
  if (holder >= 0) {
    const region = regions[holder]!;
    return newQuote(region.content.start, region.content.end, 'direct', 'quotes/direct', evidence, {
      outer: region.outer,
      frame: frame.id,
    });
  }
  // "Tillis said nothing", "she said so", "says goodbye": a word that stands for no words reported
  if (range.end - range.start <= EMPTY_CONTENT_LONGEST && EMPTY_CONTENT_WORDS.has(text.slice(range.start, range.end).toLowerCase()))
    return undefined;
  return newQuote(range.start, range.end, 'indirect', 'quotes/indirect', evidence, { frame: frame.id });
}

const EMPTY_CONTENT_LONGEST = 9;
const EMPTY_CONTENT_WORDS: ReadonlySet<string> = new Set([
  ...['nothing', 'little', 'much', 'so', 'something', 'anything', 'otherwise', 'more', 'less', 'it', 'this', 'that'],
  // "Keeper Says Goodbye": a greeting said is an act, not words reported
  ...['goodbye', 'good-bye', 'hello', 'farewell', 'thanks', 'grace', 'amen', 'cheese'],
]);

/**
 * Outer reports, and frames that yield no quote of their own: a frame whose content holds another frame
 * whole, cue and content. On the cue's left (or after "according to") always: "Ruiz said …, the Gazette
 * reported."; but a plan or belief held so is the report's content ("Harbor Utilities plans to raise
 * rates, the company said": the inner frame yields nothing). On its right only when the
 * inner frame reports a quotation word for word (or is itself such an outer report) and is a relay
 * (quotes/right-hand-reports.ts): "The Gazette reported that a guard had quoted Ruiz as saying, “…”" is
 * Ruiz's quotation, relayed twice; "Ruiz said that Pike claimed the vote was rigged" stays Ruiz's report.
 */
const contentOf = (frame: Frame): readonly Range[] => frame.content;

function findOuterFrames(
  text: string,
  regions: readonly QuoteRegion[],
  frames: readonly Frame[],
  cueById: IdLookup<Cue>,
  mentionById: IdLookup<Mention>,
): Set<string> {
  const outer = new Set<string>();
  // per frame, once: where its cue starts, whether the cue is of speech, and the bounds of its content, which
  // rule out most neighbours before any search (a frame holds another only if its bounds hold the other's cue)
  const starts = new Int32Array(frames.length);
  const isSpeechCue = new Uint8Array(frames.length);
  const { firsts: contentFirst, lasts: contentLast } = extentsOf(frames, contentOf);
  for (let index = 0; index < frames.length; index++) {
    const cue = cueById.get(frames[index]!.cue);
    starts[index] = cue?.start ?? -1;
    isSpeechCue[index] = cue?.class === 'speech' ? 1 : 0;
  }
  /** True when a piece of the frame at `index` holds the cue of the frame at `other`. */
  const cueIn = (index: number, other: number): boolean =>
    starts[other]! >= contentFirst[index]! &&
    starts[other]! < contentLast[index]! &&
    spanAt(frames[index]!.content, starts[other]!) !== undefined;
  /** True when a piece of the frame at `index` holds the frame at `other` whole, cue and content. */
  const holds = (index: number, other: number): boolean => {
    if (!(starts[other]! >= contentFirst[index]! && starts[other]! < contentLast[index]!)) return false;
    const holder = spanAt(frames[index]!.content, starts[other]!);
    if (holder === undefined) return false;
    for (const piece of frames[other]!.content) if (!contains(holder, piece)) return false;
    return true;
  };
  for (let index = 0; index < frames.length; index++) {
    const frame = frames[index]!;
    if (frame.side === 'right' && !frame.rule.startsWith('frames/according-to')) continue;
    // frames are in cue order; only the neighbours in the same stretch of text can be nested
    const isSpeech = isSpeechCue[index] === 1;
    for (let other = Math.max(0, index - 3); other < Math.min(frames.length, index + 4); other++) {
      if (other === index) continue;
      // "Harbor Utilities plans to raise rates, the company said": a plan or a belief whose cue is in a report's
      // content is part of that content (its own content may run on past the report's cue)
      if (isSpeech && isSpeechCue[other] === 0 && cueIn(index, other)) {
        outer.add(frames[other]!.id);
        continue;
      }
      if (!holds(index, other)) continue;
      outer.add(frame.id);
      break;
    }
  }
  // right-hand reports, innermost first: a frame nested in a right-hand report has its cue after that report's
  for (let index = frames.length - 1; index >= 0; index--) {
    const frame = frames[index]!;
    if (frame.side !== 'right' || outer.has(frame.id)) continue;
    for (let other = index + 1; other < Math.min(frames.length, index + 4); other++) {
      const inner = frames[other]!;
      if (
        holds(index, other) &&
        (outer.has(inner.id) || reportsOneQuotation(text, regions, inner)) &&
        isRightHandRelay(text, frame, inner, cueById, mentionById)
      ) {
        outer.add(frame.id);
        break;
      }
    }
  }
  return outer;
}

/** True when the frame's content is one quotation, give or take a connective: a direct quote. */
function reportsOneQuotation(text: string, regions: readonly QuoteRegion[], frame: Frame): boolean {
  if (frame.content.length !== 1) return false;
  const piece = frame.content[0]!;
  const inside = regionsWithin(regions, piece);
  if (inside.length !== 1) return false;
  const region = regions[inside[0]!]!;
  return isConnective(text, piece.start, region.outer.start) && isConnective(text, region.outer.end, piece.end);
}

/** True when every quotation inside `piece` is a title, a nickname or a name (not words anyone said). */
function quotesOnlyNames(
  text: string,
  view: TokenView,
  regions: readonly QuoteRegion[],
  paragraphs: readonly Paragraph[],
  piece: Range,
): boolean {
  const inside = regionsWithin(regions, piece);
  if (inside.length === 0) return false;
  return inside.every((index) => {
    const region = regions[index]!;
    const reason = classifyQuotedWords(text, view, region, paragraphs[region.paragraph]!)?.reason;
    return reason === 'title' || reason === 'nickname' || reason === 'name';
  });
}

function nameQuotes(quotes: Quote[]): Quote[] {
  for (let index = 0; index < quotes.length; index++) quotes[index]!.id = QUOTE_IDS.at(index);
  return quotes;
}

/** Sorts drafts and keeps, among overlapping ones, the one an earlier finder made (lower index). */
function dropOverlaps(drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const order = drafts
    .map((_, index) => index)
    .sort((a, b) => drafts[a]!.start - drafts[b]!.start || drafts[a]!.end - drafts[b]!.end || a - b);
  const kept: number[] = [];
  for (const index of order) {
    const draft = drafts[index]!;
    let wins = true;
    while (kept.length > 0) {
      const last = kept[kept.length - 1]!;
      const other = drafts[last]!;
      if (other.end <= draft.start) break;
      if (last < index) {
        wins = false;
        break;
      }
      kept.pop();
    }
    if (wins) kept.push(index);
  }
  return kept.map((index) => drafts[index]!);
}

export const findQuotesStage = defineStage({
  name: 'quotes/find-quotes',
  requires: ['paragraphs', 'tokens', 'quoteMarks', 'cues', 'mentions', 'frames'],
  provides: ['quotes', 'quotedTerms'],
  options: z.object({}),
  run(doc) {
    const { text } = doc;
    const paragraphs = doc.layers.paragraphs!;
    const regions = quoteRegionsOf(text, paragraphs, doc.layers.quoteMarks!);
    const view = tokenViewOf(text, doc.layers.tokens!);
    const { quotes, quotedTerms } = findQuotes(text, view, paragraphs, regions, doc.layers.frames!, doc.layers.cues!, doc.layers.mentions!);
    return { layers: { quotes, quotedTerms } };
  },
});
