/**
 * cues/find-cues: finds reporting verbs and phrases.
 * Reads: tokens, quoteMarks. Writes: cues (ids `c0`, `c1` ...).
 * Rules, in order:
 * 1. `cues/according-to`: "according to".
 * 2. `cues/verb`: an inflected form of a verb in lexicon/reporting-verbs.ts, extended by its particle
 *    ("pointed out", "went on"); not after a determiner ("the report", "his claims"); a bare base form
 *    that is also a common noun ("report", "comment") only after a pronoun, modal, "to" or "do", or
 *    before "that". Voice is passive after a form of "be" ("was told", "is expected").
 * 3. `cues/verb-before-quotation`: in a sentence "Subject verb … “quoted words” …" with no cue before the
 *    quotation, the verb after a sentence-initial subject (a capitalized name, a pronoun or "the X"),
 *    with its auxiliaries and particle ("has called for", "keeps talking about"), is a naming cue.
 * 4. `cues/verb-after-quotation`: "“…,” Oliver barked." / "“…,” an angry Hollande retaliated.": a
 *    past or present verb right after a quotation and its subject, closing the clause, is a speech cue.
 * 5. `cues/dash-attribution`: "“…” — Ana Ruiz": a dash after a quotation, followed by a capitalized
 *    name that ends the paragraph or sentence (epigraphs, pull quotes, quoted tweets).
 * Cue words inside quotation marks are kept: a quote can itself report speech (chains).
 * Limits: a plural subject with an adjective ("the new officials claim") is read by word shape only;
 * a noun after determiner and adjective ("a bold claim") is not a cue (fixture
 * cues-find-cues/noun-after-adjective-is-not-a-cue).
 */
import { z } from 'zod';
import type { Cue } from '../model/layers.js';
import { defineStage } from '../pipeline/stage.js';
import { ScratchUint8 } from '../pipeline/scratch.js';
import { mergeSpans } from '../model/span.js';
import {
  AUXILIARIES,
  BASE_LICENSORS,
  BE_FORMS,
  BEFORE_PLURAL_NOUNS,
  CLAUSE_TAIL_LEADERS,
  IRREGULAR_PASTS,
  NOT_VERBS,
  NOUN_CUES,
  NOUN_DETERMINERS,
  PARTICLES_AFTER_VERB,
  VERB_ONLY_BASES,
  WORDS_BEFORE_CUE_TABLE,
} from './lexicon/cue-words.js';
import { CUE_WORD, markCueWords, markFiniteCueForms } from '../speakers/lexicon/word-classes.js';
import { tokenViewOf, type TokenView } from '../segment/token-view.js';
import { isTitleCaseSentence } from '../segment/title-case.js';
import { endsWithApostropheS } from '../segment/possessive.js';
import { WordTable, wordSet } from '../segment/word-table.js';
import { quoteRegionsOf, type QuoteRegion } from '../quotes/regions.js';
import { type CueClass, inflect, REPORTING_PHRASES, REPORTING_VERBS } from './lexicon/reporting-verbs.js';
import { LayerIds } from '../model/ids.js';

const CUE_IDS = new LayerIds('c');

interface FormEntry {
  lemma: string;
  class: CueClass;
  isBase: boolean;
  /** The third-person form ("states", "plans"), which is also the plural of a noun. */
  isThirdPerson: boolean;
}

const FORMS = new Map<string, FormEntry>();
for (const entry of REPORTING_VERBS) {
  const forms = inflect(entry);
  forms.forEach((form, position) => {
    // the first entry wins: speech readings come before naming and cognition in the lexicon
    if (!FORMS.has(form))
      FORMS.set(form, { lemma: entry.lemma, class: entry.class, isBase: position === 0, isThirdPerson: position === 1 });
  });
}

const PARTICLES = new Map<string, Map<string, { lemma: string; class: CueClass }>>();
for (const phrase of REPORTING_PHRASES) {
  const [verb, particle] = phrase.words as [string, string];
  const lemma = verb.replace('*', '');
  const entry = REPORTING_VERBS.find((candidate) => candidate.lemma === lemma);
  const forms = entry === undefined ? inflectPlain(lemma) : inflect(entry);
  for (const form of forms) {
    let byParticle = PARTICLES.get(form);
    if (byParticle === undefined) PARTICLES.set(form, (byParticle = new Map()));
    byParticle.set(particle, { lemma: phrase.lemma, class: phrase.class });
  }
}

function inflectPlain(lemma: string): string[] {
  const irregular: Record<string, string[]> = {
    go: ['go', 'goes', 'went', 'gone', 'going'],
    speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
    lay: ['lay', 'lays', 'laid', 'laid', 'laying'],
    put: ['put', 'puts', 'put', 'put', 'putting'],
    sum: ['sum', 'sums', 'summed', 'summed', 'summing'],
    shoot: ['shoot', 'shoots', 'shot', 'shot', 'shooting'],
    hit: ['hit', 'hits', 'hit', 'hit', 'hitting'],
    cut: ['cut', 'cuts', 'cut', 'cut', 'cutting'],
    break: ['break', 'breaks', 'broke', 'broken', 'breaking'],
  };
  return irregular[lemma] ?? inflect({ lemma, class: 'speech' });
}

/**
 * Every cue is built with the same fields in the same order (voice undefined where it does not apply):
 * one object shape keeps the property reads of later stages monomorphic.
 */
function newCue(
  start: number,
  end: number,
  kind: Cue['kind'],
  lemma: string,
  cueClass: Cue['class'],
  voice: Cue['voice'],
  rule: string,
): Cue {
  return { id: '', start, end, kind, lemma, class: cueClass, voice, rule };
}

const QUOTE_OPENERS = new Set(['“', '"', '‘', "'", '«', '„', ':']);

markCueWords([...FORMS.keys(), ...PARTICLES.keys(), ...NOUN_CUES.keys(), 'according']);
markFiniteCueForms(
  REPORTING_VERBS.filter((entry) => entry.class === 'speech').flatMap((entry) => {
    const [, third, past] = inflect(entry);
    return [third!, past!];
  }),
);

/** What a word may open: a verb form, a verb + particle phrase, a noun cue, "according (to)". */
interface CueWord {
  verb: FormEntry | undefined;
  phrases: Map<string, { lemma: string; class: CueClass }> | undefined;
  nounLemma: string | undefined;
  isAccording: boolean;
}

/** Every cue-opening word in one table read in place from the text (no lower-cased string per token). */
const CUE_WORDS = new WordTable(
  new Map(
    [...new Set([...FORMS.keys(), ...PARTICLES.keys(), ...NOUN_CUES.keys(), 'according'])].map((form): [string, CueWord] => [
      form,
      { verb: FORMS.get(form), phrases: PARTICLES.get(form), nounLemma: NOUN_CUES.get(form), isAccording: form === 'according' },
    ]),
  ),
);
// the word lists, read in place from the tokens (no lower-cased string per token)
const NOUN_DETERMINER_WORDS = wordSet(NOUN_DETERMINERS);
const BASE_LICENSOR_WORDS = wordSet(BASE_LICENSORS);
const BE_WORDS = wordSet(BE_FORMS);
const AUXILIARY_WORDS = wordSet(AUXILIARIES);
const CLAUSE_TAIL_LEADER_WORDS = wordSet(CLAUSE_TAIL_LEADERS);
const PARTICLE_AFTER_VERB_WORDS = wordSet(PARTICLES_AFTER_VERB);
const NOT_VERB_WORDS = wordSet(NOT_VERBS);

function isPassive(view: TokenView, index: number): boolean {
  // "is insisting" is progressive, not passive: only a participle after "be" is passive
  if (view.endsWith(index, 'ing')) return false;
  let cursor = index - 1;
  while (
    cursor >= 0 &&
    view.sentence(cursor) === view.sentence(index) &&
    (WORDS_BEFORE_CUE_TABLE.has(view, cursor) || view.endsWith(cursor, 'ly'))
  ) {
    if (BE_WORDS.has(view, cursor)) break;
    cursor--;
  }
  return cursor >= 0 && view.sentence(cursor) === view.sentence(index) && BE_WORDS.has(view, cursor);
}

/** Words whose "’s" is "is" or "has" ("it’s", "he’s"): a verb may follow them. */
const CONTRACTION_HOSTS = new Set([
  'it',
  'he',
  'she',
  'that',
  'there',
  'what',
  'who',
  'where',
  'here',
  'this',
  'let',
  'how',
  'when',
  'why',
]);

/** Words that a plural noun follows and a verb does not: prepositions and plural quantifiers. */
const BEFORE_PLURAL_NOUN_WORDS = wordSet(BEFORE_PLURAL_NOUNS);

/** The token is a possessive ("Clinton’s"), a number, or a word of BEFORE_PLURAL_NOUNS. */
const GERUND_PREPOSITION_WORDS = wordSet(['for', 'by', 'of', 'about', 'after', 'before', 'without', 'from', 'on', 'in', 'while', 'when']);

function isBeforePluralNoun(view: TokenView, index: number): boolean {
  if (view.isNumber(index)) return true;
  if (!view.isWord(index)) return false;
  if (BEFORE_PLURAL_NOUN_WORDS.has(view, index)) return true;
  // "for raising questions", "by making claims": the object of a gerund after a preposition
  if (view.endsWith(index, 'ing') && view.end(index) - view.start(index) > 5 && GERUND_PREPOSITION_WORDS.has(view, index - 1)) return true;
  // "it’s", "he’s", "that’s" are "is" or "has", which a verb may follow
  return endsWithApostropheS(view, index) && !CONTRACTION_HOSTS.has(view.lower(index).slice(0, -2));
}

/** The token is one of the marks (or the comma) a quotation closes with: ” " ’ ' » , */
function isQuoteCloser(view: TokenView, index: number): boolean {
  const code = view.singleChar(index);
  return code === 0x201d || code === 0x22 || code === 0x2019 || code === 0x27 || code === 0xbb || code === 0x2c;
}

/**
 * A capitalized word set tight after another capitalized word, outside a Title Case headline, is part of a
 * name, not a reporting verb: "the United States pose a risk", "Consumer Reports found" (but "Glenn Beck
 * Says Trump …" in a headline is a cue; speakers/mentions ends the name there by the same test).
 */
function continuesName(view: TokenView, index: number): boolean {
  const previous = index - 1;
  return (
    view.isCapitalized(index) &&
    previous >= 0 &&
    view.isWord(previous) &&
    view.isCapitalized(previous) &&
    view.sentence(previous) === view.sentence(index) &&
    view.start(index) - view.end(previous) === 1 &&
    !isTitleCaseSentence(view, index)
  );
}

/** -ing forms of reporting verbs that are nouns after a determiner and a modifier ("a zoning hearing"). */
const NOUN_ING_FORMS = wordSet(['hearing', 'briefing', 'ruling', 'filing', 'finding', 'reading', 'writing', 'warning', 'teaching']);

export function findCues(view: TokenView): Cue[] {
  const cues: Cue[] = [];
  for (let index = 0; index < view.count; index++) {
    if (!view.isWord(index)) continue;
    const length = view.end(index) - view.start(index);
    if (length < 3 || length > 14 || (view.wordClass(index) & CUE_WORD) === 0) continue;
    const word = CUE_WORDS.get(view, index);
    if (word === undefined || continuesName(view, index)) continue;
    if (word.isAccording && view.matches(index + 1, 'to')) {
      cues.push(newCue(view.start(index), view.end(index + 1), 'according-to', 'according to', 'source', undefined, 'cues/according-to'));
      index++;
      continue;
    }
    const entry = word.verb;
    const phrases = word.phrases;
    const nounLemma = word.nounLemma;
    const sentence = view.sentence(index);
    const nextIndex = index + 1 < view.count && view.sentence(index + 1) === sentence ? index + 1 : -1;
    if (nounLemma !== undefined && nextIndex >= 0) {
      if (view.matches(nextIndex, 'that') || QUOTE_OPENERS.has(view.raw(nextIndex))) {
        cues.push(newCue(view.start(index), view.end(index), 'noun', nounLemma, 'speech', 'active', 'cues/noun'));
        continue;
      }
    }
    if (entry === undefined && phrases === undefined) continue;
    const previousIndex = index > 0 && view.sentence(index - 1) === sentence ? index - 1 : -1;
    if (NOUN_DETERMINER_WORDS.has(view, previousIndex)) continue;
    // "a bold claim": a base form after determiner + adjective is a noun too, and so is an -ing form that names an
    // event or a document ("a zoning hearing", "the court filing", "a new finding")
    if (
      (entry?.isBase === true || (view.endsWith(index, 'ing') && NOUN_ING_FORMS.has(view, index))) &&
      index > 1 &&
      view.sentence(index - 2) === sentence &&
      NOUN_DETERMINER_WORDS.has(view, index - 2) &&
      // "those surveyed say": a plural determiner's phrase is the subject of a verb in the base form
      !view.matches(index - 2, 'those') &&
      !view.matches(index - 2, 'these') &&
      view.isWord(index - 1) &&
      !view.isCapitalized(index - 1) &&
      !view.endsWith(index - 1, 's')
    )
      continue;
    const phrase = phrases !== undefined && nextIndex >= 0 ? phrases.get(view.lower(nextIndex)) : undefined;
    if (phrase !== undefined) {
      cues.push(newCue(view.start(index), view.end(index + 1), 'phrase', phrase.lemma, phrase.class, 'active', 'cues/phrase'));
      index++;
      continue;
    }
    if (entry === undefined) continue;
    // "Clinton’s remarks", "in five states", "other states": after a possessive, a number, a preposition or a
    // plural quantifier, a third-person form is a plural noun, since no verb follows those
    if (entry.isThirdPerson && previousIndex >= 0 && isBeforePluralNoun(view, previousIndex)) continue;
    // a bare base form that is also a noun needs a licensor; after a quotation it is an inverted past ("…,” read the statement)
    if (
      entry.isBase &&
      !VERB_ONLY_BASES.has(entry.lemma) &&
      !BASE_LICENSOR_WORDS.has(view, previousIndex) &&
      !view.matches(nextIndex, 'that') &&
      !isQuoteCloser(view, index - 1)
    )
      continue;
    cues.push(
      newCue(
        view.start(index),
        view.end(index),
        'verb',
        entry.lemma,
        entry.class,
        isPassive(view, index) ? 'passive' : 'active',
        'cues/verb',
      ),
    );
  }
  return cues;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const SUBJECT_PRONOUNS_WORDS = wordSet(SUBJECT_PRONOUNS);

// flag tables of one findCues run (pipeline/scratch.ts)
const SENTENCE_HAS_CUE = new ScratchUint8();
const CUE_STARTS = new ScratchUint8();

/** The verb group after a sentence-initial subject, for sentences that quote words mid-sentence. */
function verbBeforeQuotation(view: TokenView, regions: readonly QuoteRegion[], cues: readonly Cue[]): Cue[] {
  const found: Cue[] = [];
  // per sentence, whether a cue was found in it: a flag array, not a Set (a long document has tens of thousands)
  const hasCue = SENTENCE_HAS_CUE.take(view.count === 0 ? 0 : view.sentence(view.count - 1) + 1);
  for (const cue of cues) {
    const token = view.firstAtOrAfter(cue.start);
    if (token < view.count) hasCue[view.sentence(token)] = 1;
  }
  let lastSentence = -1;
  for (const region of regions) {
    const opening = view.firstAtOrAfter(region.outer.start);
    const before = opening - 1;
    if (before < 0 || !view.isWord(before) || view.sentence(before) !== view.sentence(opening)) continue;
    const sentence = view.sentence(opening);
    if (sentence === lastSentence || hasCue[sentence] === 1) continue;
    lastSentence = sentence;
    let first = before;
    while (first > 0 && view.sentence(first - 1) === sentence && before - first < 60) first--;
    // an opening adverbial ends at the first comma ("On Tuesday, Ruiz ...")
    for (let index = first; index < Math.min(before, first + 7); index++) {
      if (view.is(index, ',')) {
        first = index + 1;
        break;
      }
    }
    let cursor = first;
    if (view.isCapitalized(cursor) && !SUBJECT_PRONOUNS_WORDS.has(view, cursor)) {
      while (cursor < before && cursor - first < 5 && (view.isCapitalized(cursor) || view.is(cursor, '.'))) cursor++;
    } else if (SUBJECT_PRONOUNS_WORDS.has(view, cursor)) {
      cursor++;
    } else if (view.matches(cursor, 'the')) {
      cursor++;
      while (cursor < before && cursor - first < 5 && view.isWord(cursor) && !isVerbLike(view, cursor)) cursor++;
    } else continue;
    const verbStart = cursor;
    while (cursor < before && view.isWord(cursor) && AUXILIARY_WORDS.has(view, cursor)) cursor++;
    if (cursor >= before + 1 || !view.isWord(cursor) || view.isCapitalized(cursor) || NOT_VERB_WORDS.has(view, cursor)) continue;
    if (!(isVerbLike(view, cursor) || cursor > verbStart)) continue;
    let end = cursor;
    if (end + 1 <= before && PARTICLE_AFTER_VERB_WORDS.has(view, end + 1)) end++;
    found.push(newCue(view.start(verbStart), view.end(end), 'verb', view.lower(cursor), 'naming', 'active', 'cues/verb-before-quotation'));
  }
  return found;
}

/** "“…,” Oliver barked." : an unknown verb closing a clause that a quotation opens. */
function verbAfterQuotation(view: TokenView, regions: readonly QuoteRegion[], known: Uint8Array): Cue[] {
  const found: Cue[] = [];
  for (const region of regions) {
    let cursor = view.firstAtOrAfter(region.outer.end);
    if (cursor >= view.count) continue;
    // the next paragraph's first words ("“…”¶Shop owners argued") are no signature of the quotation
    if (hasLineBreak(view.text, region.outer.end, view.start(cursor))) continue;
    const sentence = view.sentence(cursor);
    // a quotation that closes its clause: punctuation inside the marks or a comma after them (not “The Wall” Abernathy)
    const lastInside = view.text.charCodeAt(region.content.end - 1);
    const closesClause = view.is(cursor, ',') || lastInside === 0x2c || lastInside === 0x2e || lastInside === 0x21 || lastInside === 0x3f;
    if (!closesClause) continue;
    // "“Done.” He left.": after a period inside the marks a capitalized word opens the next sentence
    if (lastInside === 0x2e && !view.is(cursor, ',') && view.isCapitalized(cursor)) continue;
    if (view.is(cursor, ',')) cursor++;
    const subjectStart = cursor;
    const lower = cursor < view.count ? view.lower(cursor) : '';
    if (SUBJECT_PRONOUNS.has(lower)) cursor++;
    else if (lower === 'the' || lower === 'a' || lower === 'an') {
      cursor++;
      while (cursor < view.count && cursor - subjectStart < 4 && view.isWord(cursor) && !isVerbLike(view, cursor)) cursor++;
    } else {
      while (
        cursor < view.count &&
        cursor - subjectStart < 4 &&
        view.sentence(cursor) === sentence &&
        (view.isCapitalized(cursor) || view.is(cursor, '.'))
      )
        cursor++;
    }
    if (cursor === subjectStart || cursor >= view.count || view.sentence(cursor) !== sentence || known[cursor] === 1) continue;
    if (
      !view.isWord(cursor) ||
      view.isCapitalized(cursor) ||
      !isVerbLike(view, cursor) ||
      view.endsWith(cursor, 'ing') ||
      NOT_VERB_WORDS.has(view, cursor)
    )
      continue;
    const after = cursor + 1;
    const closes =
      after >= view.count ||
      view.sentence(after) !== sentence ||
      view.is(after, '.') ||
      view.is(after, ',') ||
      view.is(after, '!') ||
      view.is(after, '?') ||
      view.is(after, ';') ||
      (view.isWord(after) && CLAUSE_TAIL_LEADER_WORDS.has(view, after));
    if (!closes) continue;
    found.push(newCue(view.start(cursor), view.end(cursor), 'verb', view.lower(cursor), 'speech', 'active', 'cues/verb-after-quotation'));
  }
  return found;
}

const DASHES = new Set(['—', '―', '–', '-', '--']);

/** "“…” — Ana Ruiz": the dash between a quotation and the name that signs it. */
function dashAttributions(view: TokenView, regions: readonly QuoteRegion[]): Cue[] {
  const found: Cue[] = [];
  for (const region of regions) {
    let cursor = view.firstAtOrAfter(region.outer.end);
    while (cursor < view.count && (view.is(cursor, '.') || view.is(cursor, ','))) cursor++;
    if (cursor >= view.count) continue;
    let dashEnd = cursor;
    if (view.is(cursor, '-') && view.is(cursor + 1, '-')) dashEnd = cursor + 1;
    else if (!DASHES.has(view.raw(cursor))) continue;
    const nameStart = dashEnd + 1;
    if (nameStart >= view.count || !view.isCapitalized(nameStart)) continue;
    let nameEnd = nameStart;
    while (
      nameEnd + 1 < view.count &&
      nameEnd - nameStart < 5 &&
      view.sentence(nameEnd + 1) === view.sentence(nameStart) &&
      (view.isCapitalized(nameEnd + 1) || view.is(nameEnd + 1, '.'))
    )
      nameEnd++;
    // the name must close its sentence or paragraph, or be followed by a comma or bracket ("— Ana Ruiz, mayor")
    const after = nameEnd + 1;
    const closes =
      after >= view.count ||
      view.sentence(after) !== view.sentence(nameStart) ||
      view.is(after, ',') ||
      view.is(after, '(') ||
      isTerminalToken(view, after);
    if (!closes) continue;
    found.push(newCue(view.start(cursor), view.end(dashEnd), 'label', 'dash', 'speech', 'active', 'cues/dash-attribution'));
  }
  return found;
}

function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || code === 0x0d || code === 0x2029) return true;
  }
  return false;
}

function isTerminalToken(view: TokenView, index: number): boolean {
  const code = view.singleChar(index);
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

function isVerbLike(view: TokenView, index: number): boolean {
  const word = view.lower(index);
  return (
    word.length > 3 &&
    (word.endsWith('s') || word.endsWith('ed') || word.endsWith('ing') || IRREGULAR_PASTS.has(word)) &&
    !word.endsWith('ss')
  );
}

export const cuesStage = defineStage({
  name: 'cues/find-cues',
  requires: ['paragraphs', 'tokens', 'quoteMarks'],
  provides: ['cues'],
  options: z.object({}),
  run(doc) {
    const view = tokenViewOf(doc.text, doc.layers.tokens!);
    const cues = findCues(view);
    const regions = quoteRegionsOf(doc.text, doc.layers.paragraphs!, doc.layers.quoteMarks!);
    // per token, 1 where a cue found so far starts
    const known = CUE_STARTS.take(view.count);
    for (const cue of cues) {
      const token = view.firstAtOrAfter(cue.start);
      if (token < view.count) known[token] = 1;
    }
    const extra = [
      ...verbBeforeQuotation(view, regions, cues),
      ...verbAfterQuotation(view, regions, known),
      ...dashAttributions(view, regions),
    ];
    const all = mergeSpans(cues, extra);
    for (let index = 0; index < all.length; index++) all[index]!.id = CUE_IDS.at(index);
    return { layers: { cues: all } };
  },
});
