/**
 * Quantity subjects of reporting verbs: the share of a poll's respondents (or of any group) that said
 * something. "Sixty-six percent said …", "About one in five voters say …", "A majority of residents say
 * …", "Most of those polled said …", "Others said …". Such a phrase names an anonymous group, not a
 * person or a role, so the descriptor and name rules of speakers/mentions do not read it.
 *
 * The phrase is read backwards from the verb's subject slot to the start of its clause, then the longest
 * stretch that parses as a quantity phrase is taken:
 *   [approximators] core [percent | "in" N | "out of" N] [noun phrase | "of" noun phrase]
 * where core is a number, a number word ("sixty-six"), a fraction ("two-thirds"), "a majority", or a
 * quantifier ("most", "many"). The subject slot may be the noun before a restrictive "who" ("the 30
 * percent of voters who said …", speakers/relative-who.ts). Limits: a quantity with no verb after it ("62
 * percent backed the plan") is left alone, since only a reporting verb makes it a source.
 */
import type { TokenView } from '../segment/token-view.js';
import { wordSet } from '../segment/word-table.js';
import { endsWithApostropheS } from '../segment/possessive.js';
import { QUANTITY } from './lexicon/word-classes.js';
import {
  APPROXIMATORS,
  CARDINALS,
  FRACTIONS,
  OF_PHRASE_DETERMINERS,
  PERCENT_WORDS,
  GROUP_ENDS,
  HYPHENATED_NUMBERS,
  PHRASE_BREAKERS,
  QUANTIFIERS,
  SHARE_NOUNS,
} from './lexicon/quantities.js';

const APPROXIMATOR_WORDS = wordSet(APPROXIMATORS);
/** Number words, whole or hyphenated ("sixty-six", "two-thirds"), read in place. */
const NUMBER_WORD_SET = wordSet([...CARDINALS, ...FRACTIONS, ...HYPHENATED_NUMBERS]);
/** Fractions, whole or after a count ("half", "two-thirds"): a share, where a count is not. */
const FRACTION_WORDS = wordSet([
  ...FRACTIONS,
  ...[...HYPHENATED_NUMBERS].filter((word) => FRACTIONS.has(word.slice(word.lastIndexOf('-') + 1))),
]);
const PERCENT_WORD_SET = wordSet(PERCENT_WORDS);
const SHARE_NOUN_WORDS = wordSet(SHARE_NOUNS);
const QUANTIFIER_WORDS = wordSet(QUANTIFIERS);
const OF_DETERMINER_WORDS = wordSet(OF_PHRASE_DETERMINERS);
const BREAKER_WORDS = wordSet(PHRASE_BREAKERS);
const GROUP_END_WORDS = wordSet(GROUP_ENDS);
const CONJUNCTION_WORDS = wordSet(['and', 'but', 'while', 'yet', 'so', 'though', 'although', 'whereas']);

/** The longest a quantity phrase may run, in tokens ("more than six in 10 likely Democratic primary voters"). */
const MAX_PHRASE_TOKENS = 14;

/** A token range, both ends inclusive. */
export interface TokenRange {
  first: number;
  last: number;
}

/** A number, kept whole across the thousands comma the tokenizer splits off ("1,200"): the index past it, or -1. */
function numberEnd(view: TokenView, index: number, last: number): number {
  if (view.isNumber(index)) {
    let next = index + 1;
    while (next + 1 <= last && isThousandsComma(view, next)) next += 2;
    return next;
  }
  if (view.isWord(index) && NUMBER_WORD_SET.has(view, index)) return index + 1;
  return -1;
}

/** What a quantity core is: a share ("60 percent", "one in five", "a majority"), a count ("three") or a quantifier ("most"). */
type CoreKind = 'share' | 'count' | 'quantifier';

/** The quantity core starting at `index`: its kind and the index past it (with its "percent" or "in five"), or undefined. */
function readCore(view: TokenView, index: number, last: number): { kind: CoreKind; end: number } | undefined {
  const afterNumber = numberEnd(view, index, last);
  if (afterNumber >= 0) {
    const isFraction = view.isWord(index) && FRACTION_WORDS.has(view, index);
    if (afterNumber > last) return { kind: isFraction ? 'share' : 'count', end: afterNumber };
    if (view.is(afterNumber, '%') || PERCENT_WORD_SET.has(view, afterNumber)) return { kind: 'share', end: afterNumber + 1 };
    // "per cent"
    if (view.matches(afterNumber, 'per') && view.matches(afterNumber + 1, 'cent')) return { kind: 'share', end: afterNumber + 2 };
    // "one in five", "nine out of 10"
    const base = view.matches(afterNumber, 'in')
      ? afterNumber + 1
      : view.matches(afterNumber, 'out') && view.matches(afterNumber + 1, 'of')
        ? afterNumber + 2
        : -1;
    if (base >= 0 && base <= last) {
      const afterBase = numberEnd(view, base, last);
      if (afterBase >= 0) return { kind: 'share', end: afterBase };
    }
    return { kind: isFraction ? 'share' : 'count', end: afterNumber };
  }
  // "a majority", "the plurality", "a third"
  if ((view.matches(index, 'a') || view.matches(index, 'the')) && index + 1 <= last && SHARE_NOUN_WORDS.has(view, index + 1))
    return { kind: 'share', end: index + 2 };
  if (SHARE_NOUN_WORDS.has(view, index)) return { kind: 'share', end: index + 1 };
  if (QUANTIFIER_WORDS.has(view, index)) return { kind: 'quantifier', end: index + 1 };
  return undefined;
}

/**
 * True when tokens `from`..`last` may follow a quantity core: nothing, "of" and a noun phrase ("of likely
 * voters", "of those polled"), or a short plural noun phrase after a share ("one in five voters").
 */
function isQuantityTail(view: TokenView, kind: CoreKind, from: number, last: number): boolean {
  // a bare count is no subject ("Three said"); "three voters" is a descriptor of speakers/mentions
  if (from > last) return kind !== 'count';
  let index = from;
  const hasOf = view.matches(index, 'of');
  if (hasOf) {
    index++;
    if (OF_DETERMINER_WORDS.has(view, index)) index++;
    // "of them", "of those" alone are whole; "of the" is not
    if (index > last) return view.matches(last, 'those') || view.matches(last, 'them');
  }
  if (last - index >= (hasOf ? 6 : 3)) return false;
  for (let cursor = index; cursor <= last; cursor++) {
    if (!view.isWord(cursor) || BREAKER_WORDS.has(view, cursor)) return false;
  }
  // "two of Ruiz’s aides" is a group; a phrase ending in a possessive is cut short ("22 of Ruiz’s …")
  if (endsWithApostropheS(view, last)) return false;
  // the phrase ends in a group: a plural noun ("voters", "Democrats"), "them", or "those polled"
  const endsInGroup = view.endsWith(last, 's') || GROUP_END_WORDS.has(view, last);
  // without "of", only a share comes before its noun: "one in five voters", "62 percent Republicans"
  return endsInGroup && (hasOf || kind === 'share');
}

/**
 * The quantity phrase that ends at token `head` (the verb's subject slot), within its sentence, or
 * undefined. `head` is the last token of the subject: the verb's cue and any auxiliaries ("have said")
 * are already skipped.
 */
export function quantitySubject(view: TokenView, head: number): TokenRange | undefined {
  if (head < 0 || head >= view.count) return undefined;
  const sentence = view.sentence(head);
  // the clause's start: the sentence start, or the first token after punctuation
  let start = head;
  // most subjects hold no number or quantity word: their window is skipped on the word-class bits alone
  let hasCore = view.isNumber(head) || (view.wordClass(head) & QUANTITY) !== 0;
  while (
    start - 1 >= 0 &&
    head - (start - 1) < MAX_PHRASE_TOKENS &&
    view.sentence(start - 1) === sentence &&
    (!view.isPunctuation(start - 1) || view.is(start - 1, '%') || isThousandsComma(view, start - 1))
  ) {
    start--;
    if (view.isNumber(start) || (view.wordClass(start) & QUANTITY) !== 0) hasCore = true;
  }
  if (!hasCore) return undefined;
  for (let first = start; first <= head; first++) {
    let kind = quantityFrom(view, first, head);
    // "some 40 percent", "more than half": approximators before the core ("Some said" is a quantifier itself)
    if (kind === undefined && APPROXIMATOR_WORDS.has(view, first)) {
      let core = first + 1;
      while (core <= head && APPROXIMATOR_WORDS.has(view, core) && quantityFrom(view, core, head) === undefined) core++;
      if (core <= head) kind = quantityFrom(view, core, head);
    }
    if (kind === undefined) continue;
    // a share reads as a subject anywhere; "many" or "three of them" only opening a clause ("Many said", not "the promises many made")
    if (kind !== 'share' && !opensClause(view, first)) continue;
    return { first, last: head };
  }
  return undefined;
}

/** The kind of the quantity core at `first` when tokens `first`..`head` are that core and its tail, else undefined. */
function quantityFrom(view: TokenView, first: number, head: number): CoreKind | undefined {
  const core = readCore(view, first, head);
  return core !== undefined && core.end <= head + 1 && isQuantityTail(view, core.kind, core.end, head) ? core.kind : undefined;
}

/** The token opens its sentence, or follows punctuation or a conjunction ("and many said"). */
function opensClause(view: TokenView, index: number): boolean {
  if (index === 0 || view.sentence(index - 1) !== view.sentence(index)) return true;
  return view.isPunctuation(index - 1) || CONJUNCTION_WORDS.has(view, index - 1);
}

/** The comma inside "1,200". */
function isThousandsComma(view: TokenView, index: number): boolean {
  return (
    view.is(index, ',') &&
    index > 0 &&
    index + 1 < view.count &&
    view.isNumber(index - 1) &&
    view.isNumber(index + 1) &&
    view.start(index) === view.end(index - 1) &&
    view.start(index + 1) === view.end(index)
  );
}
