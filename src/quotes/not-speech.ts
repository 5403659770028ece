/**
 * quotes/not-speech: quoted words that are not speech. Rules, in order:
 * 1. `quotes/nickname-between-names`: Dwayne “The Rock” Johnson.
 * 2. `quotes/term-introducer`: after "called", "dubbed", "nicknamed", "known as", "so-called",
 *    "the word", "the term", "titled" ... (nickname when capitalized, else a word as a word).
 * 3. `quotes/work-title`: after a work noun ("the film", "her memoir", "the hashtag"): right after it, or
 *    capitalized a word or two later.
 * 4. `quotes/title-case`: several words all capitalized, no sentence punctuation, mid-sentence.
 * 5. `quotes/scare-quote`: at most three words, mid-sentence, not ending a sentence.
 */
import type { Paragraph, QuotedTerm } from '../model/layers.js';
import { isUpper } from '../segment/chars.js';
import type { TokenView } from '../segment/token-view.js';
import type { QuoteRegion } from './regions.js';
import { INTRODUCERS, WORK_NOUNS } from './lexicon/not-speech-words.js';

export interface NotSpeech {
  reason: QuotedTerm['reason'];
  rule: string;
}

function isTerminalCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x2c;
}

function allWordsCapitalized(view: TokenView, first: number, end: number): boolean {
  for (let index = first; index < view.count && view.end(index) <= end; index++) {
    if (view.isWord(index) && !view.isCapitalized(index)) return false;
  }
  return true;
}

export function classifyQuotedWords(text: string, view: TokenView, region: QuoteRegion, paragraph: Paragraph): NotSpeech | undefined {
  const { content, outer } = region;
  const first = view.firstAtOrAfter(content.start);
  let words = 0;
  let capitalized = 0;
  let longWords = 0;
  for (let index = first; index < view.count && view.end(index) <= content.end && words < 16; index++) {
    if (!view.isWord(index) && !view.isNumber(index)) continue;
    words++;
    if (view.end(index) - view.start(index) >= 4) {
      longWords++;
      if (view.isCapitalized(index)) capitalized++;
    }
  }
  const lastCode = text.charCodeAt(content.end - 1);
  const endsSentence = isTerminalCode(lastCode);
  // American style puts a comma inside the marks: “Salt on the Chain,” is still a bare title
  const endsStatement = endsSentence && lastCode !== 0x2c;
  const before = view.lastEndingBy(outer.start);
  const after = view.firstAtOrAfter(outer.end);
  const isParagraphStart = text.slice(paragraph.start, outer.start).trim() === '';

  // 1. a nickname between two parts of a name
  if (
    before >= 0 &&
    view.isCapitalized(before) &&
    view.end(before) <= outer.start &&
    after < view.count &&
    view.isCapitalized(after) &&
    words <= 4 &&
    !endsSentence
  ) {
    return { reason: 'nickname', rule: 'quotes/nickname-between-names' };
  }
  // 2. an introducer within the three words before
  for (let index = before, steps = 0; index >= 0 && steps < 3; index--, steps++) {
    if (!view.isWord(index)) {
      if (view.is(index, ',') || view.is(index, ':') || view.is(index, '-')) continue;
      break;
    }
    const reason = INTRODUCERS.get(view.lower(index));
    if (reason !== undefined && !(reason === 'word-as-word' && words > 8) && !(view.matches(index, 'as') && words > 3)) {
      return {
        reason: reason === 'nickname' && !isUpper(text.charCodeAt(content.start)) ? 'word-as-word' : reason,
        rule: 'quotes/term-introducer',
      };
    }
    // "the film “Jaws”", "her memoir, “Salt,”": a work noun right before the title, or a capitalized title a word
    // or two after it; "called the speech a “critical moment”" quotes words, not a title
    const isTitleAfterWorkNoun = steps === 0 || isUpper(text.charCodeAt(content.start));
    if (WORK_NOUNS.has(view.lower(index)) && isTitleAfterWorkNoun && !endsStatement && words <= 12)
      return { reason: 'title', rule: 'quotes/work-title' };
  }
  const isAfterColon = before >= 0 && view.is(before, ':');
  // 4. Title Case without sentence punctuation, inside a sentence; or a short capitalized name (“Iron Mari.”)
  if (
    !isParagraphStart &&
    !isAfterColon &&
    (!endsStatement || lastCode === 0x2e) &&
    before >= 0 &&
    view.isWord(before) &&
    words >= 2 &&
    words <= 12 &&
    longWords > 0 &&
    capitalized === longWords
  ) {
    return { reason: 'title', rule: 'quotes/title-case' };
  }
  if (
    !isParagraphStart &&
    // not opening a sentence: there “Done.” is an utterance ("he said. “Done.” He left.")
    !(before >= 0 && (view.is(before, '.') || view.is(before, '!') || view.is(before, '?'))) &&
    words >= 1 &&
    words <= 3 &&
    longWords > 0 &&
    capitalized === longWords &&
    allWordsCapitalized(view, first, content.end)
  ) {
    return { reason: 'name', rule: 'quotes/short-name' };
  }
  // 5. a short fragment inside a sentence
  if (!isParagraphStart && !endsSentence && words <= 3) return { reason: 'scare-quote', rule: 'quotes/scare-quote' };
  // 5b. a few words opening a sentence and running straight into it ("“Containment” has been policy",
  // "“Broad City” star Arturo Castro"): the sentence is about the words, nobody says them here
  if (
    !endsSentence &&
    words <= 4 &&
    after < view.count &&
    view.isWord(after) &&
    !view.isCapitalized(after) &&
    view.start(after) === outer.end + 1
  ) {
    return { reason: capitalized === longWords && longWords > 0 ? 'title' : 'word-as-word', rule: 'quotes/words-as-subject' };
  }
  // 6. a fragment led into by a word and starting in lower case: words borrowed into the writer's sentence
  if (
    !isParagraphStart &&
    !isAfterColon &&
    before >= 0 &&
    view.isWord(before) &&
    !isUpper(text.charCodeAt(content.start)) &&
    !endsStatement
  ) {
    return { reason: 'scare-quote', rule: 'quotes/borrowed-fragment' };
  }
  return undefined;
}
