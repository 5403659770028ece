/**
 * quotes/frames: links each reporting cue to its source mention and to the content it reports.
 * Reads: paragraphs, sentences, tokens, quoteMarks, cues, mentions. Writes: frames (ids `f0` ...).
 * Quoted regions are atomic here: a sentence that starts or ends inside a quotation is widened to
 * the whole quotation ("quote-aware sentence"), and cues and subjects inside quotations are skipped.
 * Rules, in order, per cue:
 * 1. Source: `according to X` takes X; otherwise the mention ending right before the cue (past
 *    adverbs and auxiliaries, past an appositive "X, a doctor, said" to X, "who" to its antecedent),
 *    else the mention right after it ("…,” said X"). "A quoted B as saying" makes B the source and
 *    A the relay. A passive cue ("was told") has no source.
 * 2. Side: content to the right after ":", "that", a quotation, or a clause ("X said the plan failed");
 *    to the left when the cue and source close the clause ("…, X said."); both around a parenthetical
 *    or split quotation ("“A,” X said, “B.”").
 * 3. Content: on the right, from the marker to the end of the quote-aware sentence; on the left, the
 *    quotation ending right before the source, else the clause from the sentence start. A naming verb
 *    reports its object with quoted words ("called the plan “a disaster”"), or after a colon the
 *    quotation; a verb of charging with no quoted words reports the charge (`frames/charge`: "accused
 *    the agency of hiding the report"). Before a restrictive "who" clause that runs up to the cue, the
 *    noun phrase is the source ("A woman who lives nearby said").
 * Limits: the content of a cue whose clause is interrupted by another clause runs to the sentence end
 * (fixture articles/second-report-after-while-gets-its-own-quote); verbs that are mostly not reporting ("add", "note") need
 * a marker (":", "that", a quotation) on their right.
 */
import { lookupById } from '../model/span.js';
import { z } from 'zod';
import type { Cue, Frame, Mention, Paragraph, Sentence } from '../model/layers.js';
import type { Range } from '../model/span.js';
import { defineStage } from '../pipeline/stage.js';
import {
  ADVERBIAL_LEADERS,
  CLAUSE_OPENERS_AFTER_COMMA,
  CLAUSE_OPENERS_AFTER_DASH,
  CLAUSE_TAKING,
  CONTENT_LEADERS,
  HEARER_WORDS,
  INFINITIVE_TAKING,
  MARKER_ONLY,
  PREPOSITIONS,
} from './lexicon/frame-words.js';
import { IRREGULAR_PASTS, WORDS_BEFORE_CUE_TABLE } from '../cues/lexicon/cue-words.js';
import { isSpace } from '../segment/chars.js';
import { tokenViewOf, type TokenView } from '../segment/token-view.js';
import { isTitleCaseSentence } from '../segment/title-case.js';
import { wordSet } from '../segment/word-table.js';
import { REPORTING_VERBS } from '../cues/lexicon/reporting-verbs.js';
import { WORK_HEADS } from '../speakers/lexicon/mention-words.js';
import { isRestrictiveWho } from '../speakers/relative-who.js';
import { SUBJECT_PRONOUNS } from '../speakers/lexicon/pronouns.js';
import { endsWithApostropheS } from '../segment/possessive.js';
import { DEFINITE_DETERMINERS, INDEFINITE_DETERMINERS, ROLE_NOUNS } from '../speakers/lexicon/role-nouns.js';
import { TIME_NOUNS } from '../speakers/lexicon/time-nouns.js';
import { NUMBER_WORDS } from '../speakers/lexicon/word-classes.js';
import { quoteRegionsOf, regionAt, type QuoteRegion } from './regions.js';
import { LayerIds } from '../model/ids.js';
import { ScratchInt32, ScratchUint8 } from '../pipeline/scratch.js';

const FRAME_IDS = new LayerIds('f');

// the word lists, read in place from the tokens (no lower-cased string per token)
const CONTENT_LEADER_WORDS = wordSet(CONTENT_LEADERS);
const HEARER_WORD_SET = wordSet(HEARER_WORDS);
const CLAUSE_OPENER_AFTER_COMMA_WORDS = wordSet(CLAUSE_OPENERS_AFTER_COMMA);
const CLAUSE_OPENER_AFTER_DASH_WORDS = wordSet(CLAUSE_OPENERS_AFTER_DASH);
const PREPOSITION_WORDS = wordSet(PREPOSITIONS);
const ADVERBIAL_LEADER_WORDS = wordSet(ADVERBIAL_LEADERS);
const NUMBER_WORD_SET = wordSet(NUMBER_WORDS);

const TAKES_HEARER = new Set(REPORTING_VERBS.filter((entry) => entry.takesHearer === true).map((entry) => entry.lemma));

type FrameBase = Pick<Frame, 'cue' | 'source' | 'relay' | 'hearer'>;

/** Every frame is built with the same fields in the same order (one object shape for the engine). */
function makeFrame(base: FrameBase, content: Range[], side: Frame['side'], rule: string): Frame {
  return { id: '', cue: base.cue, source: base.source, content, side, relay: base.relay, hearer: base.hearer ?? null, rule };
}

/** Pronouns that can be a source after the cue ("…,” said he"); "said it" reports nothing. */
const SOURCE_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
/** Words that end the search for a source after the cue ("said that", "said in"). */
const NOT_BEFORE_SOURCE = wordSet(['that', 'in', 'on', 'at', 'of', 'to', 'the', 'a', 'it', 'this', 'and', 'but']);
/** "went on to say:", "was quick to add that": infinitives of speech verbs that lead to the content. */
const SPEECH_INFINITIVES = wordSet(['say', 'add', 'tell', 'write', 'note', 'explain', 'ask', 'argue', 'insist', 'declare']);
/** Auxiliaries between a subject and "quoted" ("X was quoted as saying"). */
const AUXILIARIES_BEFORE_QUOTED = wordSet(['was', 'were', 'is', 'are', 'been', 'has', 'had', 'have', 'being']);
/** Finite auxiliaries and modals: after "riders who complained" they open the predicate of the clause around it. */
const FINITE_AUXILIARY_WORDS = wordSet([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'shall',
  'should',
  'may',
  'might',
  'must',
  'does',
  'did',
]);
const POSSESSIVE_HEADS = new Set(['his', 'her', 'their', 'its', 'my', 'our']);

const RELATIVE_OPENERS = new Set(['what', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'how', 'why', 'whether', 'if']);
const RELATIVE_OPENERS_WORDS = wordSet(RELATIVE_OPENERS);
const RELATIVE_PRONOUN_WORDS = wordSet(['who', 'whom', 'whose', 'which']);
const DETERMINER_WORDS = wordSet([...DEFINITE_DETERMINERS, ...INDEFINITE_DETERMINERS]);
const ROLE_NOUN_WORDS = wordSet(ROLE_NOUNS.keys());

/** Tokens a participle's clause is searched back for its joint (", and Pike thanked the crews, saying"). */
const JOINT_LOOKBACK = 40;

/** Conjunctions that, after a comma, join a second report to the first ("…, while Y argued …"). */
const REPORT_JOINTS = new Set(['while', 'whereas', 'but', 'although', 'though', 'and']);
const REPORT_JOINTS_WORDS = wordSet(REPORT_JOINTS);

/** Bounds-safe read of a per-token table: -1 outside the document. */
function at(table: Int32Array, index: number): number {
  return index >= 0 && index < table.length ? table[index]! : -1;
}

interface Context {
  view: TokenView;
  text: string;
  regions: QuoteRegion[];
  paragraphs: readonly Paragraph[];
  /** Region index holding each token, or -1. */
  tokenRegion: Int32Array;
  /** Mention index whose last token is this token, or -1. */
  mentionByLast: Int32Array;
  /** Mention index whose first token is this token, or -1. */
  mentionByFirst: Int32Array;
  mentions: readonly Mention[];
  /** The sentences layer: a sentence's first and last tokens are read from the view's offset index when asked. */
  sentences: readonly Sentence[];
  /** wordsBefore[i]: number of word tokens before token i (word counts in O(1)); made on first use (wordsBetween). */
  wordsBefore: Int32Array | undefined;
  /** 1 where a token belongs to a cue. */
  cueAt: Uint8Array;
}

// the context's tables live for one framesFor call (pipeline/scratch.ts)
const TOKEN_REGION = new ScratchInt32();
const MENTION_BY_LAST = new ScratchInt32();
const MENTION_BY_FIRST = new ScratchInt32();
const CUE_AT = new ScratchUint8();
const WORDS_BEFORE = new ScratchInt32();

function buildContext(
  text: string,
  view: TokenView,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  regions: QuoteRegion[],
  mentions: readonly Mention[],
  cues: readonly Cue[],
): Context {
  // regions are sorted and do not overlap: only the tokens inside them are visited
  const tokenRegion = TOKEN_REGION.take(view.count, -1);
  for (let regionIndex = 0; regionIndex < regions.length; regionIndex++) {
    const { outer } = regions[regionIndex]!;
    for (let index = view.firstAtOrAfter(outer.start); index < view.count && view.start(index) < outer.end; index++)
      tokenRegion[index] = regionIndex;
  }
  const mentionByLast = MENTION_BY_LAST.take(view.count, -1);
  const mentionByFirst = MENTION_BY_FIRST.take(view.count, -1);
  mentions.forEach((mention, index) => {
    const first = view.firstAtOrAfter(mention.start);
    const last = view.lastEndingBy(mention.end);
    // a possessive name ends inside its token ("Ruiz’s")
    const lastToken = last + 1 < view.count && view.start(last + 1) < mention.end ? last + 1 : last;
    if (first < view.count) mentionByFirst[first] = index;
    if (lastToken >= 0) mentionByLast[lastToken] = index;
  });
  const cueAt = CUE_AT.take(view.count);
  for (const cue of cues)
    for (let index = view.firstAtOrAfter(cue.start); index < view.count && view.start(index) < cue.end; index++) cueAt[index] = 1;
  return {
    view,
    text,
    regions,
    paragraphs,
    tokenRegion,
    mentionByLast,
    mentionByFirst,
    mentions,
    sentences,
    wordsBefore: undefined,
    cueAt,
  };
}

/** First token of the quote-aware sentence holding `index`. */
function sentenceFirst(context: Context, index: number): number {
  const { view, tokenRegion, regions } = context;
  let first = index;
  for (;;) {
    first = view.firstAtOrAfter(context.sentences[view.sentence(first)]!.start);
    const region = at(tokenRegion, first);
    if (region < 0 || first === 0) return first;
    const regionStart = view.firstAtOrAfter(regions[region]!.outer.start);
    if (regionStart >= first) return first;
    first = regionStart;
  }
}

/** Last token of the quote-aware sentence holding `index`. */
function sentenceLast(context: Context, index: number): number {
  const { view, tokenRegion, regions } = context;
  let last = index;
  for (;;) {
    last = view.lastEndingBy(context.sentences[view.sentence(last)]!.end);
    const region = at(tokenRegion, last);
    if (region < 0 || last + 1 >= view.count) return last;
    const regionLast = view.lastEndingBy(regions[region]!.outer.end);
    if (regionLast <= last) return last;
    last = regionLast;
  }
}

function isWordToken(view: TokenView, index: number): boolean {
  return view.isWord(index) || view.isNumber(index);
}

/** ".", "?", "!", ";" or "…" as a token of its own. */
function isTerminal(view: TokenView, index: number): boolean {
  const code = view.singleChar(index);
  return code === 0x2e || code === 0x3f || code === 0x21 || code === 0x3b || code === 0x2026;
}

/** "—", "–" or "-" as a token of its own. */
function isDashToken(view: TokenView, index: number): boolean {
  const code = view.singleChar(index);
  return code === 0x2014 || code === 0x2013 || code === 0x2d;
}

/** "…, but admitted": a cue joined to its sentence's first verb by "and" or "but". */
function isCoordinatedCue(view: TokenView, cueFirst: number): boolean {
  let joint = cueFirst - 1;
  while (joint >= 0 && view.isWord(joint) && WORDS_BEFORE_CUE_TABLE.has(view, joint)) joint--;
  return joint >= 0 && view.isWord(joint) && (view.matches(joint, 'and') || view.matches(joint, 'but'));
}

/** "did not say whether", "never told": a negated cue reports nothing. */
function isNegated(view: TokenView, cueFirst: number, first: number): boolean {
  for (let back = cueFirst - 1; back >= first && cueFirst - back <= 2; back--) {
    // read in place: no lower-cased string for the two words before every cue
    if (!view.isWord(back)) continue;
    if (view.matches(back, 'not') || view.matches(back, 'never') || view.endsWith(back, "n't") || view.endsWith(back, 'n’t')) return true;
  }
  return false;
}

/** The source mention before the cue, following appositives and relative "who". */
/** Words that open the subject of an object relative clause ("who many believe", "who most expect"). */
const OBJECT_RELATIVE_SUBJECTS = wordSet([
  'many',
  'most',
  'some',
  'few',
  'others',
  'everyone',
  'nobody',
  'anyone',
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
]);
const SUBJECT_PRONOUN_WORDS = wordSet(SUBJECT_PRONOUNS.keys());

/**
 * "A woman who lives nearby said", "The officer who arrested him told reporters": the noun phrase before a
 * restrictive relative clause (no comma before "who") that runs up to the cue is its subject, not a word
 * of the clause. Looks back a dozen tokens at most; -1 when the clause is not there.
 */
function subjectBeforeRelativeClause(context: Context, cueFirst: number, floor: number): number {
  const { view, mentionByLast, mentions, tokenRegion } = context;
  // "hoping" after "a man who took his life": a participle is no main verb
  if (view.endsWith(cueFirst, 'ing')) return -1;
  // "voters who say", "a lawyer who has successfully argued": a cue after "who" and its own auxiliaries and
  // adverbs is the clause's own verb (speakers/relative-who.ts)
  let clauseEnd = cueFirst - 1;
  while (
    clauseEnd > floor &&
    cueFirst - clauseEnd < 12 &&
    view.isWord(clauseEnd) &&
    (WORDS_BEFORE_CUE_TABLE.has(view, clauseEnd) || view.endsWith(clauseEnd, 'ly'))
  )
    clauseEnd--;
  for (let index = clauseEnd - 1; index > floor && cueFirst - index <= 12; index--) {
    if (at(tokenRegion, index) >= 0 || !(view.isWord(index) || view.isNumber(index))) return -1;
    if (!isRestrictiveWho(view, index)) continue;
    // "a man who many believe …", "ignorants who will believe anything he says": a subject after "who" or
    // before the cue makes the cue that subject's own
    if (at(context.mentionByFirst, index + 1) >= 0 || OBJECT_RELATIVE_SUBJECTS.has(view, index + 1)) return -1;
    const last = at(mentionByLast, clauseEnd);
    if (last >= 0 && (mentions[last]!.kind === 'name' || SUBJECT_PRONOUN_WORDS.has(view, clauseEnd))) return -1;
    const head = at(mentionByLast, index - 1);
    return head >= 0 && mentions[head]!.kind !== 'pronoun' && mentions[head]!.type !== 'other' ? head : -1;
  }
  return -1;
}

/** Nouns of time that "this", "last", "next", "past" make an adverbial of ("this week", "last spring"). */
const TIME_ADVERBIAL_NOUNS = wordSet(TIME_NOUNS);
const TIME_ADVERBIAL_OPENERS = wordSet(['this', 'last', 'next', 'past', 'each', 'every']);

/** The first token of a time adverbial ending at `last` ("this week", "this past week", "last month"), or -1. */
function timeAdverbialStart(view: TokenView, last: number, floor: number): number {
  if (last - 1 < floor || !view.isWord(last) || !TIME_ADVERBIAL_NOUNS.has(view, last) || !TIME_ADVERBIAL_OPENERS.has(view, last - 1))
    return -1;
  // "this past week"
  return last - 2 >= floor && view.matches(last - 1, 'past') && view.matches(last - 2, 'this') ? last - 2 : last - 1;
}

function findSourceBefore(context: Context, cueFirst: number, floor: number): number {
  const relativeHead = subjectBeforeRelativeClause(context, cueFirst, floor);
  if (relativeHead < 0) return sourceBefore(context, cueFirst, floor);
  // "Marcus Hale, a biologist at the Calloway Institute who was not involved, said": a clause that ends at a comma is
  // inside an appositive, whose head (found past it) is the source; the clause's own head when there is none
  if (!context.view.is(cueFirst - 1, ',')) return relativeHead;
  const beforeAppositive = sourceBefore(context, cueFirst, floor);
  return beforeAppositive >= 0 ? beforeAppositive : relativeHead;
}

function sourceBefore(context: Context, cueFirst: number, floor: number): number {
  const { view, mentionByLast, mentionByFirst, tokenRegion, mentions } = context;
  let cursor = cueFirst - 1;
  for (;;) {
    while (
      cursor >= floor &&
      view.isWord(cursor) &&
      (WORDS_BEFORE_CUE_TABLE.has(view, cursor) || (view.endsWith(cursor, 'ly') && !view.isCapitalized(cursor)))
    ) {
      cursor--;
    }
    // "The committee this week announced", "Priebus this past week said": past a time adverbial to the subject
    const timeStart = timeAdverbialStart(view, cursor, floor);
    if (timeStart < 0) break;
    cursor = timeStart - 1;
  }
  if (cursor < floor) return -1;
  if (at(tokenRegion, cursor) >= 0) return sourceBeforeQuotedAppositive(context, cursor, floor);
  const mention = at(mentionByLast, cursor);
  if (mention < 0 && (view.is(cursor, ',') || view.is(cursor, ')') || isDashToken(view, cursor))) {
    // "X, a doctor at the clinic, said": skip back over the appositive to X
    const closer = view.raw(cursor);
    const opener = closer === ')' ? '(' : closer;
    let back = cursor - 1;
    const limit = Math.max(floor, cursor - 30);
    // past quoted words inside the appositive too ("Hale, who earned the nickname “the Iron Lady,” announced")
    while (back >= limit && !(view.is(back, opener) && at(tokenRegion, back) < 0)) back--;
    if (back >= limit && view.is(back, opener) && back - 1 >= floor) {
      // "Rep. Elijah Cummings (D-Md.), chair of …, said": past a parenthesis right after the name
      let nameEnd = back - 1;
      if (view.is(nameEnd, ')')) {
        let open = nameEnd - 1;
        while (open >= floor && nameEnd - open < 8 && !view.is(open, '(')) open--;
        if (open >= floor && view.is(open, '(')) nameEnd = open - 1;
      }
      // "Ana Ruiz, 54, a retired teacher, said": past an age set off between the name and the appositive
      if (view.isNumber(nameEnd) && nameEnd - 2 >= floor && view.is(nameEnd - 1, ',') && at(mentionByLast, nameEnd) < 0) nameEnd -= 2;
      const candidate = at(mentionByLast, nameEnd);
      // "A spokeswoman for the company, who was not authorized to speak, said": the head before the preposition
      if (candidate >= 0 && mentions[candidate]!.kind !== 'pronoun') return headBeforePreposition(context, candidate) ?? candidate;
      // "the company’s chief executive, Laszlo Bock, told": the enclosed name is the source
      const enclosed = at(mentionByFirst, back + 1);
      if (enclosed >= 0 && mentions[enclosed]!.kind === 'name' && lastTokenOfMention(context, mentions[enclosed]!) === cursor - 1)
        return enclosed;
    }
    return -1;
  }
  if (mention < 0) {
    // "a spokesman for committee Democrats said": back over a short prepositional phrase to its head
    for (let back = cursor; back > floor && cursor - back < 5 && view.isWord(back) && at(tokenRegion, back) < 0; back--) {
      if (PREPOSITION_WORDS.has(view, back)) {
        const head = at(mentionByLast, back - 1);
        return head >= 0 && mentions[head]!.kind !== 'pronoun' ? head : -1;
      }
    }
    return -1;
  }
  const found = mentions[mention]!;
  if (found.head === 'who') {
    // "Ruiz, who ..., said": the antecedent before ", who"
    const whoToken = view.firstAtOrAfter(found.start);
    if (whoToken >= 2 && view.is(whoToken - 1, ',')) {
      const antecedent = at(mentionByLast, whoToken - 2);
      // an antecedent the mention rules did not catch: "who" itself is the best mention there is
      return antecedent >= 0 ? antecedent : mention;
    }
    return mention;
  }
  const mentionFirst = view.firstAtOrAfter(found.start);
  // "a spokesman for the company said": the head before the preposition speaks
  if (mentionFirst >= 2 && view.isWord(mentionFirst - 1) && PREPOSITION_WORDS.has(view, mentionFirst - 1)) {
    const head = at(mentionByLast, mentionFirst - 2);
    if (head >= 0 && mentions[head]!.kind !== 'pronoun') return head;
    return -1;
  }
  // "the treasurer of the Esker Historical Society told" (a name holds no "the"): a person's descriptor before it speaks
  if (
    mentionFirst >= 3 &&
    view.matches(mentionFirst - 1, 'the') &&
    view.isWord(mentionFirst - 2) &&
    PREPOSITION_WORDS.has(view, mentionFirst - 2)
  ) {
    const head = at(mentionByLast, mentionFirst - 3);
    if (head >= 0 && mentions[head]!.kind === 'descriptor' && mentions[head]!.type === 'person') return namedByAppositive(context, head);
  }
  return namedByAppositive(context, mention);
}

/** The mention a prepositional phrase holding `mention` hangs from ("a spokeswoman" for "the company"), if any. */
function headBeforePreposition(context: Context, mention: number): number | undefined {
  const { view, mentionByLast, mentions } = context;
  const first = view.firstAtOrAfter(mentions[mention]!.start);
  if (first < 2 || !view.isWord(first - 1) || !PREPOSITION_WORDS.has(view, first - 1)) return undefined;
  const head = at(mentionByLast, first - 2);
  return head >= 0 && mentions[head]!.kind !== 'pronoun' ? head : undefined;
}

/**
 * "Ana Ruiz, the director, said": the name a person's descriptor describes, else the descriptor (any other mention
 * as it is). "Mrs. Ruiz, aides say, …" is no appositive: a group does not describe a person.
 */
function namedByAppositive(context: Context, mention: number): number {
  const { view, mentionByLast, mentions } = context;
  const found = mentions[mention]!;
  const mentionFirst = view.firstAtOrAfter(found.start);
  if (found.kind === 'descriptor' && found.type === 'person' && mentionFirst >= 2 && view.is(mentionFirst - 1, ',')) {
    const named = at(mentionByLast, mentionFirst - 2);
    if (named >= 0 && mentions[named]!.kind === 'name' && mentions[named]!.type === 'person') mention = named;
  }
  return mention;
}

/**
 * "Mr. Manafort, citing ''the unique magic of Trump,'' said …": an appositive that ends in a quotation closed with a
 * comma inside its marks. The name before the appositive's comma is the source, when a few words at most open the
 * appositive ("citing", "calling it"); -1 otherwise.
 */
function sourceBeforeQuotedAppositive(context: Context, closing: number, floor: number): number {
  const { view, tokenRegion, regions, mentionByLast, mentions, text } = context;
  const region = regions[at(tokenRegion, closing)]!;
  if (view.end(closing) !== region.outer.end || text.charCodeAt(region.content.end - 1) !== 0x2c) return -1;
  const open = view.firstAtOrAfter(region.outer.start);
  for (let back = open - 1; back >= floor && open - back <= 4; back--) {
    if (view.is(back, ',')) {
      const source = at(mentionByLast, back - 1);
      if (source < 0 || back === open - 1) return -1;
      const found = mentions[source]!;
      return found.kind === 'name' || (found.kind === 'descriptor' && found.type === 'person') ? source : -1;
    }
    if (!view.isWord(back) || at(tokenRegion, back) >= 0) return -1;
  }
  return -1;
}

/** Auxiliaries and modals that follow a clause's subject: after "said X" they make X the content's subject. */
const AUXILIARY_AFTER_SUBJECT_WORDS = wordSet([
  'could',
  'would',
  'will',
  'should',
  'may',
  'might',
  'must',
  'can',
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'did',
  'does',
]);

/** The source mention right after the cue ("…,” said Ana Ruiz", "said former governor Howard Dean"), or -1. */
function findSourceAfter(context: Context, cueLast: number, ceiling: number): number {
  const { view, mentionByFirst, tokenRegion, mentions } = context;
  let first = -1;
  for (let next = cueLast + 1; next <= ceiling && next - cueLast <= 6 && at(tokenRegion, next) < 0; next++) {
    const mention = at(mentionByFirst, next);
    if (mention >= 0) {
      const found = mentions[mention]!;
      // "said it", "said that": not a source
      if (found.kind === 'pronoun' && !SOURCE_PRONOUNS.has(found.head ?? '')) return -1;
      // "…,'' said the candidate could win": a noun phrase with a verb after it is the reported clause's subject
      if (AUXILIARY_AFTER_SUBJECT_WORDS.has(view, lastTokenOfMention(context, found) + 1)) return -1;
      if (first < 0) first = mention;
      if (found.type === 'person' || found.kind !== 'name') return next === cueLast + 1 || found.type === 'person' ? mention : first;
      next = lastTokenOfMention(context, found);
      continue;
    }
    // lower-case modifiers before the name ("former", "state", "governor"); anything else ends the search
    if (!view.isWord(next) || view.isCapitalized(next) || NOT_BEFORE_SOURCE.has(view, next)) break;
  }
  return first;
}

function lastTokenOfMention(context: Context, mention: Mention): number {
  const { view } = context;
  let last = view.lastEndingBy(mention.end);
  if (last + 1 < view.count && view.start(last + 1) < mention.end) last++;
  return last;
}

function trimRange(text: string, start: number, end: number): Range {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * The mention that opens at `index`, or right after a "the" there that it does not hold (a name holds no article:
 * "the Esker Courier"; a descriptor does: "the committee"), or -1.
 */
function mentionOpeningAt(context: Context, index: number, last: number): number {
  const { view, mentionByFirst } = context;
  const mention = at(mentionByFirst, index);
  if (mention >= 0 || !view.matches(index, 'the') || index + 1 > last) return mention;
  return at(mentionByFirst, index + 1);
}

/** The hearer mention right after a verb that takes one ("told the Gazette"), or -1. */
function hearerOf(context: Context, cue: Cue, index: number, last: number): number {
  if (!TAKES_HEARER.has(cue.lemma) || index > last || at(context.tokenRegion, index) >= 0) return -1;
  return mentionOpeningAt(context, index, last);
}

/** After a verb that takes a hearer ("told reporters", "told the Gazette", "assured her"), the token past the hearer. */
function skipHearer(context: Context, cue: Cue, index: number, last: number): number {
  const { view, tokenRegion, mentions } = context;
  if (!TAKES_HEARER.has(cue.lemma) || index > last || at(tokenRegion, index) >= 0) return index;
  // "told The Washington Post": the article is outside the name mention
  const mention = mentionOpeningAt(context, index, last);
  if (mention >= 0) return lastTokenOfMention(context, mentions[mention]!) + 1;
  return HEARER_WORD_SET.has(view, index) ? index + 1 : unlistedHearerEnd(context, index, last);
}

/**
 * "told a jury on Wednesday that …", "told the crowd that …": a short noun phrase no mention rule knows is the
 * hearer when "that" follows it, right away or after an adverbial. Otherwise ("told a story about …") it stays
 * in the content.
 */
function unlistedHearerEnd(context: Context, index: number, last: number): number {
  const { view, tokenRegion } = context;
  if (!DETERMINER_WORDS.has(view, index)) return index;
  let end = index + 1;
  while (
    end <= last &&
    end - index <= 3 &&
    view.isWord(end) &&
    at(tokenRegion, end) < 0 &&
    context.cueAt[end] !== 1 &&
    !view.matches(end, 'that') &&
    !PREPOSITION_WORDS.has(view, end) &&
    !ADVERBIAL_LEADER_WORDS.has(view, end)
  )
    end++;
  if (end === index + 1 || end > last) return index;
  if (view.matches(end, 'that')) return end;
  if (!opensAdverbial(view, end)) return index;
  for (let probe = end + 1; probe <= last && probe - end <= 5; probe++) {
    if (view.matches(probe, 'that')) return end;
    if (!view.isWord(probe) && !view.isNumber(probe)) return index;
  }
  return index;
}

/** Right-hand content: from the marker after the cue to the end of the quote-aware sentence. */
function rightContent(context: Context, cue: Cue, afterCue: number, last: number): { range: Range; hasMarker: boolean } | undefined {
  const { view, tokenRegion, regions } = context;
  let cursor = skipHearer(context, cue, afterCue, last);
  // "went on to say:", "was quick to add that": the infinitive of a speech verb leads to the content
  if (cursor + 1 <= last && view.matches(cursor, 'to') && SPEECH_INFINITIVES.has(view, cursor + 1)) cursor += 2;
  if (cursor <= last && view.matches(cursor, 'to') && at(tokenRegion, cursor) < 0) {
    // "vowed to fight on" is content; "agreed to attend" after a non-reporting use is not
    if (!INFINITIVE_TAKING.has(cue.lemma) || cursor + 1 > last) return undefined;
    return { range: { start: view.start(cursor), end: contentEnd(context, cursor, last) }, hasMarker: true };
  }
  const scanLimit = Math.min(last, cursor + 14);
  for (let probe = cursor; probe <= scanLimit; probe++) {
    const region = at(tokenRegion, probe);
    if (region >= 0) {
      // content opening with a quotation is that quotation ("said, “…,” the paper reported")
      if (probe === cursor || (probe === cursor + 1 && !isWordToken(view, cursor))) {
        const outer = regions[region]!.outer;
        const next = view.firstAtOrAfter(outer.end);
        // “zero” voters would follow ...: the quotation opens a clause that goes on
        if (
          next <= last &&
          view.isWord(next) &&
          !view.isCapitalized(next) &&
          context.cueAt[next] !== 1 &&
          !CLAUSE_OPENER_AFTER_DASH_WORDS.has(view, next) &&
          !view.matches(next, 'or')
        ) {
          return { range: { start: outer.start, end: contentEnd(context, next, last) }, hasMarker: true };
        }
        return { range: { ...outer }, hasMarker: true };
      }
      break;
    }
    if (view.is(probe, ':')) {
      if (probe + 1 > last) return undefined;
      return { range: { start: view.start(probe + 1), end: contentEnd(context, probe + 1, last) }, hasMarker: true };
    }
    if (
      view.isWord(probe) &&
      CONTENT_LEADER_WORDS.has(view, probe) &&
      (probe === cursor || (view.matches(probe, 'that') && opensAdverbial(view, cursor) && !isSubjectRelativeThat(view, probe)))
    ) {
      return { range: { start: view.start(probe), end: contentEnd(context, probe, last) }, hasMarker: true };
    }
    if (isTerminal(view, probe)) break;
    // "asked for a photo and Ruiz said, “…”": what follows another source and cue is theirs
    if (probe > cursor && isSourceAndCue(context, probe)) break;
    if (view.is(probe, ',') && probe === cursor) continue;
    // "said Thursday on Twitter, “…”": adverbials, a comma, then the quotation
    if (
      view.is(probe, ',') &&
      probe + 1 <= last &&
      at(tokenRegion, probe + 1) >= 0 &&
      view.start(probe + 1) === regions[at(tokenRegion, probe + 1)]!.outer.start
    ) {
      const outer = regions[at(tokenRegion, probe + 1)]!.outer;
      const next = view.firstAtOrAfter(outer.end);
      if (!(next <= last && view.isWord(next) && !view.isCapitalized(next) && context.cueAt[next] !== 1))
        return { range: { ...outer }, hasMarker: true };
    }
    // "said, among other things, that …": a parenthetical adverbial between the verb and "that"
    if (probe > cursor && view.is(probe, ',') && !(view.matches(probe + 1, 'that') && probe + 1 <= last && opensAdverbial(view, cursor)))
      break;
  }
  if (cursor > last || !isWordToken(view, cursor)) return quotationOpeningNextParagraph(context, cursor, last);
  const range = { start: view.start(cursor), end: contentEnd(context, cursor, last) };
  // "noted the attacks and her work “from Buffalo to Albany”": any speech verb reports the words it quotes
  if (MARKER_ONLY.has(cue.lemma) || !CLAUSE_TAKING.has(cue.lemma))
    return cue.class === 'speech' && containsRegion(context, range) ? { range, hasMarker: false } : undefined;
  return { range, hasMarker: false };
}

/**
 * "Driver Charged After Crash That Closed Route 9": in a Title Case headline, a "That" with a verb right after it
 * (an auxiliary, a word in -ed, an irregular past) opens a relative clause on the adverbial's noun, not the reported
 * clause ("Mayor Said After Vote That Budget Is Safe"). Only in headlines: in running text the same test cost as
 * many reports as it saved.
 */
function isSubjectRelativeThat(view: TokenView, that: number): boolean {
  const next = that + 1;
  if (!view.isWord(next) || view.sentence(next) !== view.sentence(that) || !isTitleCaseSentence(view, that)) return false;
  return (
    AUXILIARY_AFTER_SUBJECT_WORDS.has(view, next) ||
    (view.end(next) - view.start(next) > 4 && view.endsWith(next, 'ed')) ||
    IRREGULAR_PAST_WORDS.has(view, next)
  );
}

/** Past tenses without -ed ("Left", "Shook"): after "That" in a headline they make it a relative clause. */
const IRREGULAR_PAST_WORDS = wordSet(IRREGULAR_PASTS);

/**
 * "said on Monday that …", "told reporters last week that …": words between a cue and a distant "that" are
 * an adverbial only when they open like one. "said the plan that the council adopted failed" opens a
 * clause, whose own "that" is a relative pronoun, not the complementizer.
 */
function opensAdverbial(view: TokenView, first: number): boolean {
  const word = view.is(first, ',') ? first + 1 : first;
  if (!view.isWord(word) && !view.isNumber(word)) return false;
  return (
    view.isNumber(word) ||
    ADVERBIAL_LEADER_WORDS.has(view, word) ||
    PREPOSITION_WORDS.has(view, word) ||
    NUMBER_WORD_SET.has(view, word) ||
    view.endsWith(word, 'ly')
  );
}

/** "X said, / “…”": a cue ending its paragraph (bare, or before "," or ":") reports the quotation opening the next. */
function quotationOpeningNextParagraph(context: Context, cursor: number, last: number): { range: Range; hasMarker: boolean } | undefined {
  const { view, tokenRegion, regions, paragraphs } = context;
  let probe = cursor;
  while (probe <= last && (view.is(probe, ',') || view.is(probe, ':'))) probe++;
  if (probe <= last) return undefined;
  const next = last + 1;
  const region = next < view.count ? at(tokenRegion, next) : -1;
  if (region < 0) return undefined;
  const outer = regions[region]!.outer;
  const paragraph = regions[region]!.paragraph;
  const paragraphStart = paragraphs[paragraph]?.start ?? -1;
  if (context.text.slice(paragraphStart, outer.start).trim() !== '' || view.end(last) > paragraphStart) return undefined;
  // only across one paragraph break
  if (paragraph === 0 || paragraphs[paragraph - 1]!.end < view.end(last)) return undefined;
  return { range: { ...outer }, hasMarker: true };
}

/** Verbs by which polls, studies and records report ("the poll shows …", "the study found …"). */
const EVIDENCE_VERBS: ReadonlySet<string> = new Set(['show', 'find', 'suggest', 'indicate', 'reveal', 'confirm']);
const EVIDENCE_SOURCES: ReadonlySet<string> = new Set([
  'poll',
  'polls',
  'survey',
  'surveys',
  'study',
  'studies',
  'report',
  'reports',
  'records',
  'data',
  'analysis',
  'audit',
  'review',
  'documents',
  'document',
  'figures',
  'results',
  'research',
]);

/** Verbs of charging or crediting someone, and the preposition that gives the grounds. */
const CHARGE_PREPOSITIONS: ReadonlyMap<string, string> = new Map([
  ['describe', 'as'],
  ['characterize', 'as'],
  ['label', 'as'],
  ['brand', 'as'],
  ['dismiss', 'as'],
  ['slam', 'for'],
  ['blast', 'for'],
  ['hail', 'as'],
  ['accuse', 'of'],
  ['criticize', 'for'],
  ['blame', 'for'],
  ['fault', 'for'],
  ['condemn', 'for'],
  ['credit', 'with'],
  ['praise', 'for'],
  ['chide', 'for'],
  ['scold', 'for'],
  ['rebuke', 'for'],
  ['berate', 'for'],
  ['lambaste', 'for'],
  ['castigate', 'for'],
  ['commend', 'for'],
  ['applaud', 'for'],
]);

/**
 * "accused the agency of hiding the report", "blamed the council for the delay": the object and the grounds,
 * up to the end of the clause. The preposition must follow within six words of the verb, with no comma.
 */
function chargeContent(context: Context, cue: Cue, afterCue: number, last: number): Range | undefined {
  const { view, tokenRegion } = context;
  const preposition = CHARGE_PREPOSITIONS.get(cue.lemma);
  // "the man accused of buying the guns": no object, a passive participle
  if (preposition === undefined || afterCue >= last || view.matches(afterCue, preposition)) return undefined;
  for (let index = afterCue + 1; index < last && index - afterCue <= 6; index++) {
    if (!view.isWord(index) || at(tokenRegion, index) >= 0) return undefined;
    if (view.matches(index, preposition)) {
      const range = trimRange(context.text, view.start(afterCue), contentEnd(context, index + 1, last));
      return range.end > range.start ? range : undefined;
    }
  }
  return undefined;
}

const EMERGENCY_NUMBERS: ReadonlySet<string> = new Set(['911', '999', '112', '000', '110', '119']);

/**
 * A naming verb's content: its object and the quoted words, up to the end of the clause. A comma,
 * semicolon or dash reached before any quotation ("endorsed Clinton, said …") means no quoted words.
 */
function namingContent(context: Context, afterCue: number, last: number): Range | undefined {
  const { view, tokenRegion } = context;
  if (afterCue > last || isTerminal(view, afterCue)) return undefined;
  // "a neighbor who called 911": a number dialled, not a name given ("called 22 emails “top secret”" names)
  if (view.isNumber(afterCue) && EMERGENCY_NUMBERS.has(view.raw(afterCue))) return undefined;
  for (let index = afterCue; index <= last && index - afterCue < 40; index++) {
    if (at(tokenRegion, index) >= 0) {
      const range = trimRange(context.text, view.start(afterCue), contentEnd(context, afterCue, last));
      return range.end > range.start ? range : undefined;
    }
    // "defended the cut: “The stock is at its lowest …”": after a colon the quotation is what was said
    if (view.is(index, ':') && index + 1 <= last && at(tokenRegion, index + 1) >= 0) {
      const range = trimRange(context.text, view.start(index + 1), contentEnd(context, index + 1, last));
      return range.end > range.start ? range : undefined;
    }
    if (view.is(index, ',') || view.is(index, ';') || isDashToken(view, index) || isTerminal(view, index)) return undefined;
  }
  return undefined;
}

/** End offset of content that starts at token `first`: the sentence end, without its final punctuation. */
function contentEnd(context: Context, first: number, last: number): number {
  const { view, tokenRegion, regions } = context;
  let end = last;
  // a semicolon, or a dash opening a new clause, ends the reported content
  for (let index = first + 1; index <= last && index - first < 120; index++) {
    const region = at(tokenRegion, index);
    if (region >= 0) {
      // a comma inside the closing marks, then a participle or conjunction: “…,” referring to …
      const quoted = regions[region]!;
      if (
        view.end(index) === quoted.outer.end &&
        context.text.charCodeAt(quoted.content.end - 1) === 0x2c &&
        index + 1 <= last &&
        view.isWord(index + 1) &&
        // “…,” referring to …; “…,” said the …: a reporting verb after it opens a report of its own
        (CLAUSE_OPENER_AFTER_COMMA_WORDS.has(view, index + 1) || context.cueAt[index + 1] === 1)
      ) {
        return quoted.outer.end;
      }
      continue;
    }
    // only a comma, a semicolon or a dash can end the content: one read for most tokens
    const mark = view.singleChar(index);
    if (mark !== 0x2c && mark !== 0x3b && mark !== 0x2014 && mark !== 0x2013 && mark !== 0x2d) continue;
    const opensClauseAfterComma =
      mark === 0x2c &&
      index + 1 <= last &&
      view.isWord(index + 1) &&
      at(tokenRegion, index + 1) < 0 &&
      // "Mayor Vows to Fix Roads, Says Budget Is Ready": a reporting verb right after a comma opens its own report
      (CLAUSE_OPENER_AFTER_COMMA_WORDS.has(view, index + 1) || (context.cueAt[index + 1] === 1 && !view.endsWith(index + 1, 'ing')));
    if (
      mark === 0x3b ||
      opensClauseAfterComma ||
      (mark === 0x2c && (isClosingAttribution(context, index, last) || isTrailingRelativeClause(context, index, last))) ||
      (mark !== 0x2c &&
        index + 1 <= last &&
        view.isWord(index + 1) &&
        (CLAUSE_OPENER_AFTER_DASH_WORDS.has(view, index + 1) || view.endsWith(index + 1, 'ing')))
    ) {
      end = index - 1;
      break;
    }
  }
  // a bounded walk: trailing punctuation is short, and hostile runs must not make this quadratic
  while (end > first && last - end < 8 && at(tokenRegion, end) < 0 && view.isPunctuation(end)) end--;
  const region = at(tokenRegion, end);
  return region >= 0 ? regions[region]!.outer.end : view.end(end);
}

/** Relative words that open a clause about the last noun ("…, for whom he was to host a fundraiser"). */
const TRAILING_RELATIVE_WORDS = wordSet(['which', 'who', 'whom', 'whose', 'where']);

/**
 * "said he backs Ted Cruz, for whom he was to host a fundraiser.": a non-restrictive relative clause that runs to the
 * sentence's end describes the last noun, not the report, so the content ends before it. One that closes with a
 * comma sits inside the content ("said the plan, which passed last year, would change") and stays.
 */
function isTrailingRelativeClause(context: Context, comma: number, last: number): boolean {
  const { view, tokenRegion } = context;
  if (!view.is(comma, ',') || comma + 1 > last) return false;
  const opener = view.matches(comma + 1, 'for') || view.matches(comma + 1, 'to') || view.matches(comma + 1, 'with') ? comma + 2 : comma + 1;
  if (opener > last || !TRAILING_RELATIVE_WORDS.has(view, opener)) return false;
  for (let index = opener + 1; index <= last && index - opener < 60; index++) {
    if (at(tokenRegion, index) >= 0 || view.is(index, ',') || view.is(index, ';') || isDashToken(view, index)) return false;
  }
  return last - opener < 60;
}

/**
 * ", the Esker Courier reported on Friday." closing the sentence: a comma, a source mention, a finite reporting verb
 * and at most a short adverbial before the sentence ends. An inner report's content ends before it, so the outer
 * report holds the inner one ("An inmate wrote that …, the Courier reported": the inmate, via the Courier).
 */
function isClosingAttribution(context: Context, comma: number, last: number): boolean {
  const { view, mentions } = context;
  if (!view.is(comma, ',') || comma + 1 > last) return false;
  const mention = mentionOpeningAt(context, comma + 1, last);
  if (mention < 0) return false;
  const cue = lastTokenOfMention(context, mentions[mention]!) + 1;
  if (cue > last || context.cueAt[cue] !== 1 || view.endsWith(cue, 'ing') || last - cue > 6) return false;
  // "…, Bill Clinton called her to …" goes on: only an adverbial may follow the verb
  if (cue + 1 <= last && !view.isPunctuation(cue + 1) && !opensAdverbial(view, cue + 1)) return false;
  for (let index = cue + 1; index <= last; index++) {
    if (at(context.tokenRegion, index) >= 0 || view.matches(index, 'that') || view.is(index, ',') || view.is(index, ':')) return false;
  }
  return true;
}

/** Left-hand content: the quotation right before `anchor`, else the clause from the sentence start. */
function leftContent(context: Context, anchor: number, first: number): Range | undefined {
  const { view, tokenRegion, regions } = context;
  let cursor = anchor - 1;
  while (cursor >= first && at(tokenRegion, cursor) < 0 && (view.is(cursor, ',') || isDashToken(view, cursor))) cursor--;
  const hasSeparator = cursor < anchor - 1;
  if (cursor < first) {
    // "“We won.” Smith said." : the quotation just before, in the same paragraph
    const previous = anchor - 1;
    if (previous >= 0 && at(tokenRegion, previous) >= 0) {
      const region = regions[at(tokenRegion, previous)]!;
      const between = context.text.slice(region.outer.end, view.start(anchor));
      if (between.trim().length === 0 && !between.includes('\n')) return region.outer;
    }
    return undefined;
  }
  const region = at(tokenRegion, cursor);
  if (region >= 0 && view.end(cursor) === regions[region]!.outer.end) {
    const outer = regions[region]!.outer;
    const regionFirst = view.firstAtOrAfter(outer.start);
    // the quotation alone when it opens its clause; the clause holding it when a word leads into it
    if (regionFirst <= first || !isWordToken(view, regionFirst - 1)) return outer;
    return { start: view.start(first), end: outer.end };
  }
  // "“…,” former presidential candidate Herman Cain said": modifiers of the source before the name
  for (let back = cursor, steps = 0; back >= first && steps < 6; back--, steps++) {
    if (view.isWord(back) && at(tokenRegion, back) < 0) continue;
    let edge = back;
    while (edge >= first && at(tokenRegion, edge) < 0 && (view.is(edge, ',') || isDashToken(view, edge))) edge--;
    const held = edge >= first ? at(tokenRegion, edge) : -1;
    if (held >= 0 && view.end(edge) === regions[held]!.outer.end && edge < back + 1) {
      const outer = regions[held]!.outer;
      const regionFirst = view.firstAtOrAfter(outer.start);
      if (regionFirst <= first || !isWordToken(view, regionFirst - 1)) return outer;
    }
    break;
  }
  // words running straight into the source without a comma are usually its modifiers ("Her friend Kevin agreed"):
  // a clause needs a few more words than that
  if (!hasSeparator && !hasWords(context, first, cursor, 4)) return undefined;
  // "He was blunt about what he expects": a source after a wh-word or "that" opens a relative clause, not a report
  if (!hasSeparator && view.isWord(cursor) && RELATIVE_OPENERS_WORDS.has(view, cursor)) return undefined;
  if (!hasWords(context, first, cursor, 2)) return undefined;
  return trimRange(context.text, view.start(first), view.end(cursor));
}

export function findFrames(context: Context, cues: readonly Cue[]): Frame[] {
  const { view, tokenRegion, mentions } = context;
  const frames: Frame[] = [];
  const cueById = lookupById(cues);
  const mentionById = lookupById(mentions);
  let previous: { frame: Frame; first: number } | undefined;
  for (const cue of cues) {
    const cueFirst = view.firstAtOrAfter(cue.start);
    const cueLast = view.lastEndingBy(cue.end);
    if (cueFirst >= view.count || cueLast < cueFirst || at(tokenRegion, cueFirst) >= 0) continue;
    const first = sentenceFirst(context, cueFirst);
    const last = sentenceLast(context, cueLast);
    let frame =
      cue.kind === 'according-to'
        ? accordingTo(context, cue, cueFirst, cueLast, first, last)
        : cue.kind === 'noun'
          ? nounFrame(context, cue, cueFirst, cueLast, last)
          : cue.kind === 'label'
            ? dashFrame(context, cue, cueFirst, cueLast)
            : verbFrame(context, cue, cueFirst, cueLast, first, last);
    if (frame === undefined && previous !== undefined && previous.first === first && cue.kind !== 'according-to') {
      frame = sharedSubjectFrame(context, cue, cueFirst, cueLast, last, previous.frame);
    }
    if (
      frame === undefined &&
      cue.kind === 'verb' &&
      cueFirst > first &&
      (((view.is(cueFirst - 1, ',') || isDashToken(view, cueFirst - 1)) && view.endsWith(cueFirst, 'ing')) ||
        isCoordinatedCue(view, cueFirst))
    ) {
      frame = participleOfSubject(context, cue, cueFirst, cueLast, first, last);
    }
    if (frame !== undefined) {
      const made = frame;
      made.id = FRAME_IDS.at(frames.length);
      if (previous !== undefined) yieldToInner(previous.frame, made);
      frames.push(made);
      previous = { frame: made, first };
    }
  }
  return frames;

  function cutBeforeJoinedReport(earlier: Frame, later: Frame): void {
    const laterSource = mentionById.get(later.source!);
    const piece = earlier.content[earlier.content.length - 1]!;
    if (laterSource === undefined || !(piece.start < laterSource.start && laterSource.start < piece.end)) return;
    const sourceFirst = view.firstAtOrAfter(laterSource.start);
    // past the source's own modifiers ("while harbor master Owen Pike argued")
    let joint = sourceFirst - 1;
    while (
      view.start(joint) > piece.start &&
      sourceFirst - joint <= 4 &&
      view.isWord(joint) &&
      !REPORT_JOINTS_WORDS.has(view, joint) &&
      !view.isCapitalized(joint)
    )
      joint--;
    // "…, while Y argued", or a bare comma: "While not everything X says is true, Y said …"
    let end: number;
    if (view.is(joint, ',')) end = view.start(joint);
    else if (joint >= 2 && view.isWord(joint) && REPORT_JOINTS_WORDS.has(view, joint) && view.is(joint - 1, ','))
      end = view.start(joint - 1);
    // "a woman asked for a photo and Ruiz said, “…”": "and" or "but" right before a source that its cue follows
    else if (
      joint === sourceFirst - 1 &&
      (view.matches(joint, 'and') || view.matches(joint, 'but')) &&
      laterCueFollows(later, lastTokenOfMention(context, laterSource))
    )
      end = view.start(joint);
    else return;
    if (end > piece.start) earlier.content[earlier.content.length - 1] = trimRange(context.text, piece.start, end);
  }

  /** The later frame's cue comes right after its source, past auxiliaries and adverbs ("Ruiz has also said"). */
  function laterCueFollows(later: Frame, sourceLast: number): boolean {
    const cue = cueById.get(later.cue);
    if (cue === undefined) return false;
    const cueFirst = view.firstAtOrAfter(cue.start);
    let index = sourceLast + 1;
    while (index < cueFirst && cueFirst - index <= 3 && view.isWord(index) && WORDS_BEFORE_CUE_TABLE.has(view, index)) index++;
    return index === cueFirst;
  }

  /** "He told me that …: “…,” Roffman predicted.": a right-hand content stops where a later frame's own content begins. */
  function yieldToInner(earlier: Frame, later: Frame): void {
    if (earlier.side !== 'right' || later.source === null) return;
    // "X said A, while Y argued B": a second report joined by a comma and a conjunction is not part of A
    if (later.side === 'right') {
      cutBeforeJoinedReport(earlier, later);
      return;
    }
    // only a later report that closes over its own quotation ("…: “A,” Roffman predicted") takes it away
    const piece = earlier.content[earlier.content.length - 1]!;
    const laterCue = cueById.get(later.cue);
    const laterSource = mentionById.get(later.source);
    if (laterCue === undefined || laterSource === undefined) return;
    if (!(piece.start < laterCue.start && laterCue.start < piece.end && piece.start < laterSource.start && laterSource.start < piece.end))
      return;
    const cut = Math.min(later.content[0]!.start, laterSource.start, laterCue.start);
    if (cut <= piece.start) return;
    let end = cut;
    while (end > piece.start && /[\s,:;—–-]/u.test(context.text[end - 1]!)) end--;
    if (end > piece.start) earlier.content[earlier.content.length - 1] = { start: piece.start, end };
  }

  /** "Ruiz said A and told reporters B" / "…, adding that B": the second cue shares the first one's source. */
  /** Content after a cue: a clause or quotation for speech verbs; the object with its quoted words for naming verbs. */
  function contentAfter(context: Context, cue: Cue, afterCue: number, last: number): Range | undefined {
    if (cue.class !== 'naming') return rightContent(context, cue, afterCue, last)?.range;
    return namingContent(context, afterCue, last);
  }

  function sharedSubjectFrame(
    context: Context,
    cue: Cue,
    cueFirst: number,
    cueLast: number,
    last: number,
    earlier: Frame,
  ): Frame | undefined {
    if (earlier.source === null || cue.voice === 'passive') return undefined;
    let joint = cueFirst - 1;
    while (joint >= 0 && view.isWord(joint) && WORDS_BEFORE_CUE_TABLE.has(view, joint)) joint--;
    if (joint < 0) return undefined;
    const isCoordinated = view.isWord(joint) && (view.matches(joint, 'and') || view.matches(joint, 'but'));
    // American style puts the comma inside the marks: "as “fantastic,” telling reporters …"
    const region = at(context.tokenRegion, joint);
    const isCommaInQuotation =
      region >= 0 &&
      view.end(joint) === context.regions[region]!.outer.end &&
      context.text.charCodeAt(context.regions[region]!.content.end - 1) === 0x2c;
    const isParticiple = (view.is(joint, ',') || isDashToken(view, joint) || isCommaInQuotation) && view.endsWith(cueFirst, 'ing');
    if (!isCoordinated && !isParticiple) return undefined;
    const right = contentAfter(context, cue, cueLast + 1, last);
    if (right === undefined) return undefined;
    // the earlier frame's content stops where this clause begins
    const cut = isCommaInQuotation
      ? view.end(joint)
      : isCoordinated && joint > 0 && view.is(joint - 1, ',')
        ? view.start(joint - 1)
        : view.start(joint);
    const lastPiece = earlier.content[earlier.content.length - 1]!;
    if (lastPiece.start < cut && lastPiece.end > cut)
      earlier.content[earlier.content.length - 1] = trimRange(context.text, lastPiece.start, cut);
    return makeFrame(
      { cue: cue.id, source: earlier.source, relay: null, hearer: null },
      [right],
      'right',
      isCoordinated ? 'frames/coordinated' : 'frames/participle',
    );
  }

  function verbFrame(context: Context, cue: Cue, cueFirst: number, cueLast: number, first: number, last: number): Frame | undefined {
    // "A quoted B as saying …" or "A quoted B: “…”" (B a person, a quotation right after the colon or comma): B speaks,
    // A relayed
    if (cue.lemma === 'quote' && cue.voice !== 'passive') {
      const object = at(context.mentionByFirst, cueLast + 1);
      if (object >= 0) {
        const objectLast = lastTokenOfMention(context, mentions[object]!);
        const isAsSaying = view.matches(objectLast + 1, 'as');
        const quotesAfterColon =
          (view.is(objectLast + 1, ':') || view.is(objectLast + 1, ',')) &&
          at(context.tokenRegion, objectLast + 2) >= 0 &&
          mentions[object]!.type === 'person' &&
          mentions[object]!.kind !== 'pronoun';
        if (isAsSaying || quotesAfterColon) {
          const relay = findSourceBefore(context, cueFirst, first);
          const right = rightContent(context, { ...cue, lemma: 'say' }, isAsSaying ? objectLast + 3 : objectLast + 1, last);
          if (right !== undefined)
            return makeFrame(
              { cue: cue.id, source: mentions[object]!.id, relay: relay >= 0 ? mentions[relay]!.id : null, hearer: null },
              [right.range],
              'right',
              'frames/quoted-as-saying',
            );
          if (isAsSaying) return undefined;
        }
      }
    }
    // "was quoted as saying" / "as saying" after a quoted-as frame: handled by the quote cue
    if ((cue.lemma === 'say' || cue.lemma === 'add') && view.matches(cueFirst - 1, 'as')) {
      // "X was quoted as saying", "X was quoted by the Gazette as saying": X speaks, the agent relayed
      let quoted = cueFirst - 2;
      while (quoted > first && cueFirst - quoted <= 6 && !view.matches(quoted, 'quoted')) quoted--;
      if (quoted >= 0 && view.matches(quoted, 'quoted') && (quoted === cueFirst - 2 || view.matches(quoted + 1, 'by'))) {
        let subjectEnd = quoted;
        while (subjectEnd > first && AUXILIARIES_BEFORE_QUOTED.has(view, subjectEnd - 1)) subjectEnd--;
        const before = findSourceBefore(context, subjectEnd, first);
        if (before < 0) return undefined;
        const right = rightContent(context, { ...cue, lemma: 'say' }, cueLast + 1, last);
        if (right === undefined) return undefined;
        const agentStart = view.matches(quoted + 2, 'the') ? quoted + 3 : quoted + 2;
        const agent = quoted < cueFirst - 2 ? at(context.mentionByFirst, agentStart) : -1;
        return makeFrame(
          { cue: cue.id, source: mentions[before]!.id, relay: agent >= 0 ? mentions[agent]!.id : null, hearer: null },
          [right.range],
          'right',
          'frames/was-quoted-as-saying',
        );
      }
      quoted = cueFirst - 2;
      const object = quoted >= 0 ? at(context.mentionByLast, quoted) : -1;
      if (object >= 0) return undefined;
    }
    if (cue.voice === 'passive' || isNegated(view, cueFirst, first)) return undefined;
    // a participle never takes its subject after it (", saying they were ..."), nor from an appositive before its
    // comma: "In Boston, voters cheered, saying …" is no "X, a doctor, said" (participleOfSubject reads the clause)
    const isParticiple = view.endsWith(cueFirst, 'ing');
    let source = isParticiple && view.is(cueFirst - 1, ',') ? -1 : findSourceBefore(context, cueFirst, first);
    let isInverted = false;
    // "…,” said Ruiz" / "Said Ruiz:": inversion only after a comma or quotation, or opening the sentence
    const afterQuotation = cueFirst > 0 && at(tokenRegion, cueFirst - 1) >= 0;
    const canInvert =
      !isParticiple &&
      (afterQuotation ||
        (!TAKES_HEARER.has(cue.lemma) && (cueFirst === first || view.is(cueFirst - 1, ',') || isDashToken(view, cueFirst - 1))));
    if (source < 0 && canInvert) {
      source = findSourceAfter(context, cueLast, last);
      isInverted = source >= 0;
    }
    if (source < 0) return undefined;
    // "The union issued a statement saying …": a document named right before the participle was put out by the
    // clause's subject, who is the source
    if (isParticiple && !isInverted && isIssuedDocument(context, mentions[source]!, cueFirst)) {
      const bySubject = participleOfSubject(context, cue, cueFirst, cueLast, first, last);
      if (bySubject !== undefined) return bySubject;
    }
    const sourceMention = mentions[source]!;
    const sourceFirst = view.firstAtOrAfter(sourceMention.start);
    const anchor = isInverted ? cueFirst : Math.min(sourceFirst, cueFirst);
    const afterCue = isInverted ? lastTokenOfMention(context, sourceMention) + 1 : cueLast + 1;
    let afterSource = afterCue;
    if (isInverted) {
      // "…,” said Ana Ruiz, the director of the port." : skip the appositive
      if (view.is(afterSource, ',') && at(context.mentionByFirst, afterSource + 1) >= 0) {
        afterSource = lastTokenOfMention(context, mentions[at(context.mentionByFirst, afterSource + 1)]!) + 1;
      }
    }
    let right = rightContent(context, cue, afterSource, last);
    // "A new poll shows Ruiz leading by nine points": a document or survey shows what follows, marker or not;
    // "called for an independent inquiry": the demand is what follows
    if (
      (right === undefined || !right.hasMarker) &&
      !isInverted &&
      ((EVIDENCE_SOURCES.has(sourceMention.head ?? '') && EVIDENCE_VERBS.has(cue.lemma)) ||
        // not the noun ("Obama's calls for tighter gun control")
        (cue.lemma === 'call for' &&
          !(cueFirst > 0 && (endsWithApostropheS(view, cueFirst - 1) || DEFINITE_DETERMINERS.has(view.lower(cueFirst - 1)))))) &&
      isWordToken(view, afterSource)
    ) {
      const range = trimRange(context.text, view.start(afterSource), contentEnd(context, afterSource, last));
      if (range.end > range.start) right = { range, hasMarker: true };
    }
    // "voters who said …": a relative clause reports only what follows its verb. The words before its antecedent
    // belong to the sentence around it, and so does a finite auxiliary right after the verb ("Riders who complained
    // were offered a pass", unlike "what she said was true")
    const isRelative = !isInverted && isRestrictiveWho(view, sourceFirst);
    // "…, said Wilcox, an Orlando Republican who founded …": a relative clause after an inverted source describes it
    if (isInverted && right !== undefined && RELATIVE_PRONOUN_WORDS.has(view, afterSource)) right = undefined;
    if (isRelative && right !== undefined && !right.hasMarker && FINITE_AUXILIARY_WORDS.has(view, view.firstAtOrAfter(right.range.start)))
      right = undefined;
    const left = isRelative ? undefined : leftContent(context, anchor, first);
    const hearer = isInverted ? -1 : hearerOf(context, cue, afterSource, last);
    const base: FrameBase = { cue: cue.id, source: sourceMention.id, relay: null, hearer: hearer >= 0 ? mentions[hearer]!.id : null };
    if (cue.class === 'naming') {
      // "called the plan “a disaster”": a naming verb reports only quoted words, object included
      const range = namingContent(context, afterCue, last);
      if (range !== undefined) return makeFrame(base, [range], 'right', 'frames/naming');
      // "accused the agency of hiding the report": no quoted words, but a charge with its grounds
      const charge = chargeContent(context, cue, afterCue, last);
      return charge === undefined ? undefined : makeFrame(base, [charge], 'right', 'frames/charge');
    }
    const afterHearer = isInverted ? afterSource : skipHearer(context, cue, afterSource, last);
    const closesClause =
      afterHearer > last ||
      isTerminal(view, afterHearer) ||
      view.is(afterHearer, ',') ||
      isDashToken(view, afterHearer) ||
      isAdverbialTail(context, afterHearer, last) ||
      afterSource > last ||
      isTerminal(view, afterSource);
    // a quotation in the sentence before counts only when this sentence says nothing more ("“We won.” Smith said.")
    const leftIsQuotation = left !== undefined && isQuotation(context, left) && (left.end > view.start(first) || closesClause);
    if (leftIsQuotation) {
      // "“A,” she said" whatever follows; "“A,” she said, “B.”" when a quotation follows at once
      if (right !== undefined && isQuotation(context, right.range) && view.is(afterSource, ',')) {
        return makeFrame(base, [left, right.range], 'both', 'frames/split-quotation');
      }
      return makeFrame(base, [left], 'left', isInverted ? 'frames/content-cue-source' : 'frames/content-source-cue');
    }
    if (right !== undefined && right.hasMarker) {
      return makeFrame(base, [right.range], 'right', isInverted ? 'frames/cue-source-content' : 'frames/source-cue-content');
    }
    // "…, said a source close to the campaign": after an inverted source comes only more about the source
    if (left !== undefined && (closesClause || isInverted)) {
      const pieces = [left];
      // "The plan, she said, was dead.": the clause resumes after the cue
      if (view.is(afterSource, ',') && afterSource + 1 <= last) {
        const rest = trimRange(context.text, view.start(afterSource + 1), contentEnd(context, afterSource + 1, last));
        // not when the clause after the comma is another report (", adding that ..."); a finite verb there is the
        // predicate ("Ruiz, aides say, wants a new bid")
        if (rest.end > rest.start && wordsIn(context, rest) >= 2 && !opensParticipleReport(afterSource + 1)) pieces.push(rest);
      }
      return makeFrame(
        base,
        pieces,
        pieces.length > 1 ? 'both' : 'left',
        isInverted ? 'frames/content-cue-source' : 'frames/content-source-cue',
      );
    }
    if (right !== undefined && !isInverted) return makeFrame(base, [right.range], 'right', 'frames/source-cue-clause');
    // "Mr. Obama, officials said, has become skeptical": a subject alone before the parenthetical report, its
    // predicate after it (a left side of one or two words is too short for the rule above)
    const subjectAlone = !isInverted && closesClause ? subjectBeforeParenthetical(anchor, first) : undefined;
    if (subjectAlone !== undefined && view.is(afterSource, ',') && afterSource + 2 <= last && isWordToken(view, afterSource + 1)) {
      const rest = trimRange(context.text, view.start(afterSource + 1), contentEnd(context, afterSource + 1, last));
      if (
        rest.end > rest.start &&
        wordsIn(context, rest) >= 2 &&
        !opensParticipleReport(afterSource + 1) &&
        !view.isCapitalized(afterSource + 1)
      )
        return makeFrame(base, [subjectAlone, rest], 'both', 'frames/content-source-cue');
    }
    return undefined;
  }

  /** ", adding that …": a reporting participle opens a report of its own. */
  function opensParticipleReport(index: number): boolean {
    return context.cueAt[index] === 1 && view.endsWith(index, 'ing');
  }

  /** "Mr. Obama, officials said, …": the mention that opens the sentence and ends at the comma before the source. */
  function subjectBeforeParenthetical(anchor: number, first: number): Range | undefined {
    if (anchor - 2 < first || !view.is(anchor - 1, ',')) return undefined;
    const subject = at(context.mentionByFirst, first);
    if (subject < 0 || lastTokenOfMention(context, mentions[subject]!) !== anchor - 2) return undefined;
    return { start: view.start(first), end: view.end(anchor - 2) };
  }

  /** "“…” — Ana Ruiz": the quotation before the dash, signed by the name after it. */
  function dashFrame(context: Context, cue: Cue, cueFirst: number, cueLast: number): Frame | undefined {
    const source = at(context.mentionByFirst, cueLast + 1);
    if (source < 0) return undefined;
    let before = cueFirst - 1;
    while (before >= 0 && at(context.tokenRegion, before) < 0 && (view.is(before, '.') || view.is(before, ','))) before--;
    const region = before >= 0 ? at(context.tokenRegion, before) : -1;
    if (region < 0) return undefined;
    return makeFrame(
      { cue: cue.id, source: mentions[source]!.id, relay: null, hearer: null },
      [{ ...context.regions[region]!.outer }],
      'left',
      'frames/dash-signature',
    );
  }

  /** "a statement", "a press release" ending right before the participle: an indefinite document. */
  function isIssuedDocument(context: Context, mention: Mention, cueFirst: number): boolean {
    return (
      mention.kind === 'descriptor' &&
      mention.isDefinite !== true &&
      mention.head !== undefined &&
      WORK_HEADS.has(mention.head) &&
      lastTokenOfMention(context, mention) + 1 === cueFirst
    );
  }

  /** "Flea shared the news last week, writing “…”": the participle's subject opens the sentence. */
  function participleOfSubject(
    context: Context,
    cue: Cue,
    cueFirst: number,
    cueLast: number,
    first: number,
    last: number,
  ): Frame | undefined {
    if (at(context.tokenRegion, first) >= 0) return undefined;
    let subject = sentenceSubject(context, first, cueFirst);
    if (subject < 0) return undefined;
    // "The council approved it, and Pike thanked the crews, saying …": the nearest clause's subject, after its joint
    const joined = joinedClauseSubject(context, lastTokenOfMention(context, mentions[subject]!) + 1, cueFirst - 1);
    if (joined === -2) return undefined;
    if (joined >= 0) subject = joined;
    if (mentions[subject]!.type === 'other') return undefined;
    // the subject's clause must not hold a cue that made a frame of its own (then that frame decides); a cue that
    // made none ("posted a message, saying …", "defended the plan, noting that …") leaves the subject to the participle
    const clauseStart = view.end(lastTokenOfMention(context, mentions[subject]!));
    for (let index = frames.length - 1; index >= 0; index--) {
      const framed = cueById.get(frames[index]!.cue);
      if (framed === undefined) continue;
      if (framed.start < clauseStart) break;
      if (framed.start < cue.start) return undefined;
    }
    const right = contentAfter(context, cue, cueLast + 1, last);
    if (right === undefined) return undefined;
    return makeFrame({ cue: cue.id, source: mentions[subject]!.id, relay: null, hearer: null }, [right], 'right', 'frames/participle');
  }

  /**
   * The mention opening the sentence, past role words before a name ("Harbor master Owen Pike") and past an
   * opening adverbial that a comma closes ("On Tuesday, Ruiz …", "Eight years ago, he …"), or -1.
   */
  function sentenceSubject(context: Context, first: number, limit: number): number {
    const subject = clauseSubject(context, first, limit);
    if (subject >= 0) return subject;
    // adverbials may follow one another ("In Portsmouth, N.H., on Tuesday, Senator …"): the subject is the mention
    // after one of their commas that a verb, not another comma, follows
    for (let index = first; index < limit && index - first <= 12; index++) {
      if (at(context.tokenRegion, index) >= 0) return -1;
      if (!view.is(index, ',')) continue;
      const candidate = clauseSubject(context, index + 1, limit);
      if (candidate >= 0 && !view.is(lastTokenOfMention(context, mentions[candidate]!) + 1, ',')) return candidate;
    }
    return -1;
  }

  /** The mention opening a clause at `first`, past role words before a name, or -1. */
  function clauseSubject(context: Context, first: number, limit: number): number {
    let hasRole = false;
    for (let index = first; index < limit && index - first <= 3; index++) {
      const mention = at(context.mentionByFirst, index);
      if (mention >= 0) return index === first || (hasRole && mentions[mention]!.kind === 'name') ? mention : -1;
      // "The Louisville crowd": a determiner opens a noun phrase that the name only modifies
      if (!view.isWord(index) || DETERMINER_WORDS.has(view, index)) return -1;
      if (ROLE_NOUN_WORDS.has(view, index)) hasRole = true;
    }
    return -1;
  }

  /**
   * The subject of the last clause joined by ", and" (", but", "; while" …) in tokens from..to: its mention
   * index; -1 when no clause is joined there (the sentence's subject stands); -2 when one is, with no mention
   * opening it (its subject is unknown).
   */
  function joinedClauseSubject(context: Context, from: number, to: number): number {
    // a bounded look-back: the joint is near the participle, and a sentence of hostile length must stay linear
    for (let index = to; index > from && to - index < JOINT_LOOKBACK; index--) {
      if (!view.isWord(index) || !REPORT_JOINTS_WORDS.has(view, index)) continue;
      if (!(view.is(index - 1, ',') || view.is(index - 1, ';'))) continue;
      const mention = at(context.mentionByFirst, index + 1);
      if (mention >= 0) return mention;
      // ", and thanked the crews": a verb right after the joint shares the sentence's subject
      const next = index + 1;
      const isVerbLike = view.isWord(next) && !view.isCapitalized(next) && !DETERMINER_WORDS.has(view, next);
      return isVerbLike ? -1 : -2;
    }
    return -1;
  }

  /** "Trump’s claim that …", "her comment that “…”": the possessor is the source. */
  function nounFrame(context: Context, cue: Cue, cueFirst: number, cueLast: number, last: number): Frame | undefined {
    let owner = -1;
    for (let back = cueFirst - 1; back >= 0 && cueFirst - back <= 4 && at(context.tokenRegion, back) < 0; back--) {
      const mention = at(context.mentionByLast, back);
      if (mention >= 0) {
        const found = mentions[mention]!;
        const isPossessive = found.kind === 'pronoun' ? POSSESSIVE_HEADS.has(found.head ?? '') : found.end < view.end(back);
        if (isPossessive) owner = mention;
        break;
      }
      if (!view.isWord(back)) break;
    }
    if (owner < 0) return undefined;
    const right = rightContent(context, { ...cue, lemma: 'say' }, cueLast + 1, last);
    if (right === undefined || !right.hasMarker) return undefined;
    return makeFrame({ cue: cue.id, source: mentions[owner]!.id, relay: null, hearer: null }, [right.range], 'right', 'frames/noun');
  }

  function accordingTo(context: Context, cue: Cue, cueFirst: number, cueLast: number, first: number, last: number): Frame | undefined {
    // "according to the Daily Ledger", "according to fire marshal Bea Lindqvist": a name after an article or role words
    let source = -1;
    for (let probe = cueLast + 1; probe <= last && probe - cueLast <= 4 && source < 0; probe++) {
      const found = at(context.mentionByFirst, probe);
      if (found >= 0 && (probe === cueLast + 1 || mentions[found]!.kind === 'name')) source = found;
      else if (!view.isWord(probe)) break;
    }
    if (source < 0) return undefined;
    const sourceMention = mentions[source]!;
    const sourceLast = lastTokenOfMention(context, sourceMention);
    const base: FrameBase = { cue: cue.id, source: sourceMention.id, relay: null, hearer: null };
    if (cueFirst === first || (cueFirst === first + 1 && !view.isWord(first))) {
      let start = sourceLast + 1;
      // skip the appositive or hearer up to the comma that ends the phrase
      const limit = Math.min(last, start + 20);
      while (start <= limit && !view.is(start, ',')) start++;
      // "According to Pike, 58, the new boats …": an age set off after the source is part of the phrase
      if (start + 2 <= last && view.isNumber(start + 1) && view.is(start + 2, ',')) start += 2;
      if (start > limit || start + 1 > last) return undefined;
      const range = trimRange(context.text, view.start(start + 1), contentEnd(context, start + 1, last));
      return range.end > range.start ? makeFrame(base, [range], 'right', 'frames/according-to-first') : undefined;
    }
    const left = leftContent(context, cueFirst, first);
    return left === undefined ? undefined : makeFrame(base, [left], 'left', 'frames/according-to-last');
  }
}

/** Word tokens from token `first` to token `last`, both included. */
function wordsBetween(context: Context, first: number, last: number): number {
  const { view } = context;
  let wordsBefore = context.wordsBefore;
  if (wordsBefore === undefined) {
    wordsBefore = context.wordsBefore = WORDS_BEFORE.take(view.count + 1);
    for (let index = 0; index < view.count; index++) wordsBefore[index + 1] = wordsBefore[index]! + (view.isWord(index) ? 1 : 0);
  }
  return wordsBefore[last + 1]! - wordsBefore[first]!;
}

/**
 * Whether tokens `first`..`last` hold at least `count` words. Read in place: the few words asked for are met within
 * a few tokens, and the document-wide count table (a pass over every token) is built only for a range that runs
 * long without them (a sentence of punctuation).
 */
function hasWords(context: Context, first: number, last: number, count: number): boolean {
  const { view } = context;
  const limit = Math.min(last, first + 32);
  let found = 0;
  for (let index = first; index <= limit; index++) if (view.isWord(index) && ++found >= count) return true;
  return limit < last && wordsBetween(context, first, last) >= count;
}

function wordsIn(context: Context, range: Range): number {
  const { view } = context;
  return wordsBetween(context, view.firstAtOrAfter(range.start), view.lastEndingBy(range.end));
}

/** "said on Tuesday." / "said in a statement." : a short tail of prepositional phrase before the clause ends. */
function isAdverbialTail(context: Context, from: number, last: number): boolean {
  const { view, tokenRegion } = context;
  if (from > last || !view.isWord(from)) return false;
  const leader = view.lower(from);
  if (!ADVERBIAL_LEADERS.has(leader)) return false;
  for (let index = from; index <= last && index - from < 12; index++) {
    // "asked about the budget and Ruiz said, …": another source and cue make no adverbial
    if (at(tokenRegion, index) >= 0 || isSourceAndCue(context, index)) return false;
    if (isTerminal(view, index) || index === last) return true;
    if (view.is(index, ',')) return true;
  }
  return false;
}

/** A finite reporting verb right after a mention ("Ruiz said"): another report, not part of the one before it. */
function isSourceAndCue(context: Context, index: number): boolean {
  return context.cueAt[index] === 1 && at(context.mentionByLast, index - 1) >= 0 && !context.view.endsWith(index, 'ing');
}

function containsRegion(context: Context, range: Range): boolean {
  const { regions } = context;
  let low = 0;
  let high = regions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (regions[middle]!.outer.start < range.start) low = middle + 1;
    else high = middle;
  }
  const region = regions[low];
  return region !== undefined && region.outer.end <= range.end;
}

/** True when the range is exactly one quotation's outer range. */
function isQuotation(context: Context, range: Range): boolean {
  const index = regionAt(context.regions, range.start);
  const region = index < 0 ? undefined : context.regions[index];
  return region !== undefined && region.outer.start === range.start && region.outer.end === range.end;
}

export interface FramesInput {
  text: string;
  view: TokenView;
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  regions: QuoteRegion[];
  mentions: readonly Mention[];
  cues: readonly Cue[];
}

export function framesFor(input: FramesInput): Frame[] {
  return findFrames(
    buildContext(input.text, input.view, input.paragraphs, input.sentences, input.regions, input.mentions, input.cues),
    input.cues,
  );
}

export const framesStage = defineStage({
  name: 'quotes/frames',
  requires: ['paragraphs', 'sentences', 'tokens', 'quoteMarks', 'cues', 'mentions'],
  provides: ['frames'],
  options: z.object({}),
  run(doc) {
    const { text } = doc;
    const paragraphs = doc.layers.paragraphs!;
    const view = tokenViewOf(text, doc.layers.tokens!);
    const regions = quoteRegionsOf(text, paragraphs, doc.layers.quoteMarks!);
    return {
      layers: {
        frames: framesFor({
          text,
          view,
          paragraphs,
          sentences: doc.layers.sentences!,
          regions,
          mentions: doc.layers.mentions!,
          cues: doc.layers.cues!,
        }),
      },
    };
  },
});
