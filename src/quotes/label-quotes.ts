/**
 * quotes/label: interview and transcript paragraphs, "NAME: text" and "Q:"/"A:". A paragraph counts
 * when it opens with a label of at most four capitalized words (or Q/A) and a colon, and the article
 * has at least two such paragraphs, so a lone "Update:" or "Note:" never makes a quote.
 */
import type { Paragraph, Quote } from '../model/layers.js';
import { NextCharFinder } from '../segment/next-char.js';
import type { TokenView } from '../segment/token-view.js';
import { firstNameGender } from '../speakers/lexicon/first-names.js';
import { NAME_STOPWORDS } from '../speakers/lexicon/name-stopwords.js';
import { regionAt, regionsWithin, type QuoteRegion } from './regions.js';
import { NOT_LABELS } from './lexicon/not-speech-words.js';
import { newQuote } from './quote-draft.js';

export interface LabelledParagraph {
  paragraph: number;
  /** The label's range ("JOE B.", "Q"). */
  label: { start: number; end: number };
  colon: number;
  /** True when the article has several labelled paragraphs (an interview or transcript). */
  isTranscript: boolean;
}

const COLON = /:/g;

/** Paragraphs that open with "LABEL:" (each label a name or Q/A). */
export function findLabels(text: string, view: TokenView, paragraphs: readonly Paragraph[]): LabelledParagraph[] {
  const found: LabelledParagraph[] = [];
  const colons = new NextCharFinder(COLON, text);
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    // most paragraphs hold no colon at all: skipped before any token is read
    if (colons.next(paragraph.start) >= paragraph.end) continue;
    let token = view.firstAtOrAfter(paragraph.start);
    const firstToken = token;
    // the label's window: at most eight tokens, inside the paragraph
    let limit = firstToken;
    while (limit < view.count && view.start(limit) < paragraph.end && limit - firstToken < 8) limit++;
    // most paragraphs have no colon there: skip them before reading any word
    let colon = firstToken;
    while (colon < limit && !view.is(colon, ':')) colon++;
    if (colon === limit) continue;
    let words = 0;
    let isLabel = false;
    while (token < limit) {
      if (view.is(token, ':')) {
        isLabel = words > 0;
        break;
      }
      if (view.isWord(token)) {
        if (!view.isCapitalized(token) || words >= 4) break;
        const lower = view.lower(token);
        const isFirstName = view.isCapitalized(token + 1) && firstNameGender(lower) !== undefined;
        if (words === 0 && (NOT_LABELS.has(lower) || (NAME_STOPWORDS.has(lower) && lower !== 'q' && lower !== 'a' && !isFirstName))) break;
        words++;
      } else if (!view.is(token, '.') && !view.is(token, '-')) break;
      token++;
    }
    // a label needs a sentence after it: "Sanders: 1,501." is a table row, not speech
    let contentWords = 0;
    for (let after = token + 1; after < view.count && view.start(after) < paragraph.end && contentWords < 2; after++)
      if (view.isWord(after)) contentWords++;
    if (isLabel && view.end(token) < paragraph.end && contentWords >= 2) {
      found.push({
        paragraph: index,
        label: { start: view.start(firstToken), end: view.end(token - 1) },
        colon: view.start(token),
        isTranscript: false,
      });
    }
  }
  if (found.length >= 2) return found.map((labelled) => ({ ...labelled, isTranscript: true }));
  // a lone "Reid: ‘Never underestimate him.’" (a headline or a pull quote) when the label names someone
  // the article mentions again elsewhere
  return found.filter((labelled) => isNamedElsewhere(text, labelled));
}

function isNamedElsewhere(text: string, labelled: LabelledParagraph): boolean {
  const label = text.slice(labelled.label.start, labelled.label.end);
  const lastWord = label.split(/\s+/u).pop() ?? '';
  if (lastWord.length < 3 || !/^\p{Lu}/u.test(lastWord)) return false;
  let from = 0;
  for (;;) {
    const at = text.indexOf(lastWord, from);
    if (at < 0) return false;
    if (at < labelled.label.start || at >= labelled.colon) return true;
    from = at + lastWord.length;
  }
}

export interface LabelQuote {
  quote: Quote;
  /** From an article of several labelled paragraphs (an interview), not a lone labelled line. */
  isTranscript: boolean;
}

export function findLabelQuotes(
  text: string,
  view: TokenView,
  paragraphs: readonly Paragraph[],
  regions: readonly QuoteRegion[],
): LabelQuote[] {
  const quotes: LabelQuote[] = [];
  for (const labelled of findLabels(text, view, paragraphs)) {
    const paragraph = paragraphs[labelled.paragraph]!;
    let start = labelled.colon + 1;
    while (start < paragraph.end && /\s/u.test(text[start]!)) start++;
    if (start >= paragraph.end) continue;
    quotes.push({
      isTranscript: labelled.isTranscript,
      quote: lineQuote(text, start, paragraph.end, regions, 'quotes/label', labelled.isTranscript ? 'direct' : 'indirect'),
    });
  }
  return quotes;
}

/**
 * The words of a line from `start` to `lineEnd` as a quote of `rule`, the closing period left out: the quotation when
 * one spans the whole line, mixed when it holds quoted words ("Carson: Clinton ‘not fit to serve’"), else of
 * `plainKind`. Shared by labelled lines and unlabelled interviews (quotes/interview-quotes.ts).
 */
export function lineQuote(
  text: string,
  start: number,
  lineEnd: number,
  regions: readonly QuoteRegion[],
  rule: string,
  plainKind: 'direct' | 'indirect',
): Quote {
  let end = lineEnd;
  while (end > start && /[\s.]/u.test(text[end - 1]!)) end--;
  const region = regionAt(regions, start);
  const whole = region >= 0 ? regions[region]! : undefined;
  if (whole !== undefined && whole.outer.start === start && whole.outer.end >= end)
    return newQuote(whole.content.start, whole.content.end, 'direct', rule, [], { outer: whole.outer });
  const fragments = regionsWithin(regions, { start, end: lineEnd }).map((index) => regions[index]!.content);
  return fragments.length > 0 ? newQuote(start, end, 'mixed', rule, [], { fragments }) : newQuote(start, end, plainKind, rule, []);
}
