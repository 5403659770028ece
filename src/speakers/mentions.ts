/**
 * speakers/mentions: finds the mentions that can name a source: names, pronouns and descriptors.
 * Reads: tokens, sentences. Writes: mentions (ids `m0`, `m1` ...).
 * Rules, in order:
 * 1. `speakers/mention-descriptor`: a determiner, up to four modifiers and a role noun
 *    ("a senior administration official", "the 54-year-old", "the Clinton campaign"); a bare plural
 *    role noun ("officials", "police") without determiner.
 * 2. `speakers/mention-name`: a run of capitalized words (with initials, particles such as "de" or
 *    "bin", suffixes such as "Jr.", and "of" between capitalized words), minus leading function words;
 *    a leading title ("Sen.", "Mayor") gives gender or type. A lone capitalized word at a sentence's
 *    start counts only when it is a known first name or appears capitalized mid-sentence elsewhere.
 * 3. `speakers/mention-pronoun`: he, she, they, it, I, we and their object forms; "who" after a comma.
 * 4. `speakers/mention-quantity`: a share of a group as a reporting verb's subject ("Sixty-six percent
 *    said", "about one in five voters say", "Many said"; speakers/quantity-subjects.ts), a group mention
 *    that replaces the mentions inside it.
 * 5. `speakers/mention-cue-subject`: a determiner and nouns right before a reporting verb that no rule
 *    above covered ("one user wrote", "the filing says"): whatever the noun, it is the verb's subject.
 * Limits: a capitalized common noun mid-sentence reads as a name; one ending in "Bill", "Act",
 * "Plan" ... is typed a work (fixture speakers-mentions/name-of-a-law-is-a-work-not-a-person).
 */
import { z } from 'zod';
import type { Cue, Mention } from '../model/layers.js';
import { ownedCopy } from '../model/owned-copy.js';
import { mergeSpans } from '../model/span.js';
import { defineStage } from '../pipeline/stage.js';
import { NP_BOUNDARY, WORK_HEADS } from './lexicon/mention-words.js';
import { WORDS_BEFORE_CUE_TABLE as CUE_SUBJECT_SKIP_WORDS } from '../cues/lexicon/cue-words.js';
import { isSpace as isSpaceCode, isUpper } from '../segment/chars.js';
import { FNV_OFFSET, HashSet, hashStep, hashWord } from '../segment/word-hash.js';
import { tokenViewOf, type TokenView } from '../segment/token-view.js';
import { WordTable, wordSet } from '../segment/word-table.js';
import { isTitleCaseSentence } from '../segment/title-case.js';
import { endsWithApostropheS } from '../segment/possessive.js';
import { quantitySubject } from './quantity-subjects.js';
import { isRestrictiveWho, WHO_HASH } from './relative-who.js';
import { firstNameGender } from './lexicon/first-names.js';
import { NAME_STOPWORDS } from './lexicon/name-stopwords.js';
import { TIME_NOUNS } from './lexicon/time-nouns.js';
import { COUNTRIES, KNOWN_ORGANIZATIONS, ORGANIZATION_WORDS, PLACE_SUFFIXES, PLACES, WORK_WORDS } from './lexicon/organizations.js';
import { CONTRACTED_PRONOUNS, OBJECT_PRONOUNS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS, type PronounAgreement } from './lexicon/pronouns.js';
import { DEFINITE_DETERMINERS, INDEFINITE_DETERMINERS, PARTY_MEMBERS, ROLE_NOUNS } from './lexicon/role-nouns.js';
import {
  CUE_WORD,
  STOPWORD,
  DEFINITE,
  FINITE_CUE,
  FINITE_CUE_FORMS,
  NAME_PARTICLE,
  INDEFINITE,
  MODIFIER_STOP as MODIFIER_STOP_BIT,
  MODIFIER_STOPS,
  NUMBER_WORD,
  NUMBER_WORDS,
  PRONOUN,
  ROLE,
} from './lexicon/word-classes.js';
import { NAME_PARTICLES, NAME_SUFFIXES, PERSON_TITLES, TITLE_EXTENSIONS } from './lexicon/titles.js';
import { LayerIds } from '../model/ids.js';
import { NO_NAME, nameWordsOfName, recordNameWords, type NameWords } from './name-words.js';
import { ScratchInt32, ScratchUint8 } from '../pipeline/scratch.js';

const MENTION_IDS = new LayerIds('m');

/** Mentions are built with an empty id and named once sorted. */
type Draft = Mention;

/**
 * Every mention is built with the same fields in the same order (absent ones undefined, which JSON
 * leaves out): one object shape keeps the property reads of every later stage monomorphic, where the
 * five literal shapes of names, pronouns and descriptors made them megamorphic.
 */
function newMention(
  start: number,
  end: number,
  kind: Mention['kind'],
  type: Mention['type'],
  gender: Mention['gender'],
  rule: string,
  name: string | undefined,
  head: string | undefined,
  isDefinite: boolean | undefined,
): Draft {
  return { id: '', start, end, kind, type, gender, name, head, isDefinite, roles: undefined, rule };
}

// the word lists asked of tokens in the per-token loops, read in place (no lower-cased string per token)
const ROLE_NOUN_TABLE = new WordTable(ROLE_NOUNS);
const MODIFIER_STOP_WORDS = wordSet(MODIFIER_STOPS);
const DEFINITE_WORDS = wordSet(DEFINITE_DETERMINERS);
const INDEFINITE_WORDS = wordSet(INDEFINITE_DETERMINERS);
const NUMBER_WORD_SET = wordSet(NUMBER_WORDS);
const PRONOUN_WORDS = wordSet([...SUBJECT_PRONOUNS.keys(), ...OBJECT_PRONOUNS.keys(), ...CONTRACTED_PRONOUNS.keys()]);
const NAME_STOPWORD_WORDS = wordSet(NAME_STOPWORDS);
/** A name's words without a leading "New", "Great", "North" … ("New Hampshire", "Great Britain"): what place lists hold. */
function placeWords(words: readonly string[]): readonly string[] {
  return words.length > 1 && PLACE_PREFIXES.has(words[0]!) ? words.slice(1) : words;
}

const PLACE_PREFIXES = new Set(['new', 'great', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western']);

/** First words that make a capitalized name a place: "Port Caddon", "Fort Leland", "Mount Esker", "Lake Tarn". */
const PLACE_OPENERS: ReadonlySet<string> = new Set(['port', 'fort', 'mount', 'mt', 'lake', 'cape', 'glen', 'san', 'santa', 'los', 'las']);

/** Stopwords that may open a longer name ("New York", "Great Britain", "Best Buy", "American Airlines"). */
const NAME_OPENING_ADJECTIVES = new Set(['new', 'old', 'big', 'great', 'good', 'best', 'american', 'democrat', 'democratic', 'republican']);

function isPossessive(raw: string): boolean {
  return raw.length > 2 && (raw.endsWith('’s') || raw.endsWith("'s"));
}

/** An all-capitals token of 2 to 6 letters (with "." or "&"), a possessive "’s" aside: FBI, AT&T, U.S. */
function isAcronymToken(view: TokenView, index: number): boolean {
  let end = view.end(index);
  if (endsWithApostropheS(view, index)) end -= 2;
  const start = view.start(index);
  if (end - start < 2 || end - start > 6) return false;
  for (let cursor = start; cursor < end; cursor++) {
    const code = view.text.charCodeAt(cursor);
    if (!((code >= 65 && code <= 90) || code === 0x2e || code === 0x26)) return false;
  }
  return true;
}

/** "54-year-old", "3-years-old": an age, which heads a descriptor of a person. */
const AGE_SUFFIXES = ['-year-old', '-years-old'];

function isAgeWord(lower: string): boolean {
  // no closure per call: roleOf runs for every possessive and descriptor head
  for (const suffix of AGE_SUFFIXES) if (lower.endsWith(suffix)) return true;
  return false;
}

/** True when the token opens a sentence or a quotation (where any word is capitalized). */
function isOpeningMarkCode(code: number): boolean {
  return (
    code === 0x201c ||
    code === 0x22 ||
    code === 0x2018 ||
    code === 0x27 ||
    code === 0x28 ||
    code === 0x5b ||
    code === 0x3a ||
    code === 0x2014 ||
    code === 0x2013 ||
    code === 0x2d ||
    code === 0xab ||
    code === 0x201e ||
    code === 0x60
  );
}

function isClauseInitial(view: TokenView, index: number): boolean {
  if (index === 0 || view.sentence(index - 1) !== view.sentence(index)) return true;
  const previousStart = view.start(index - 1);
  if (view.end(index - 1) - previousStart !== 1) return false;
  const previous = view.text.charCodeAt(previousStart);
  if (!isOpeningMarkCode(previous)) return false;
  // a straight mark opens only after a space (or another opener): "…,'' Mr. King" is mid-sentence
  if (previous === 0x22 || previous === 0x27) {
    const before = previousStart - 1;
    return before < 0 || isSpaceCode(view.text.charCodeAt(before)) || isOpeningMarkCode(view.text.charCodeAt(before));
  }
  return true;
}

/**
 * The case-evidence sets, reused from document to document (cleared in O(1)): three fresh hash sets per
 * document cost more than filling them. findMentions is not re-entered, so one set of sets serves it.
 */
const LOWER_HASHES = new ScratchInt32();

const CASE_EVIDENCE: CaseEvidence & { capitalized: HashSet } = {
  capitalized: new HashSet(),
  capitalizedMidSentence: new HashSet(),
  seenLowerCase: new HashSet(),
};

/** Word forms seen capitalized away from a sentence start, and forms seen in lower case. */
function collectCaseEvidence(view: TokenView): CaseEvidence {
  // by word hash (the tokenizer's, of the ASCII-lower-cased form): no string is made per token
  const { capitalized, capitalizedMidSentence, seenLowerCase } = CASE_EVIDENCE;
  capitalized.clear();
  capitalizedMidSentence.clear();
  seenLowerCase.clear();
  const hashes = view.hashes;
  // one pass: capitalized words go into the sets, the hashes of lower-case words into a list read once the
  // capitalized forms are all known
  const lowerHashes = LOWER_HASHES.take(view.count);
  let lowerCount = 0;
  for (let index = 0; index < view.count; index++) {
    if (!view.isWord(index)) continue;
    if (!view.isCapitalized(index)) {
      lowerHashes[lowerCount++] = hashes[index]!;
      continue;
    }
    capitalized.add(hashes[index]!);
    if (!isClauseInitial(view, index)) {
      capitalizedMidSentence.add(hashes[index]!);
      // "Kofi Mensah’s header … Mensah, 19, was making": the possessive is evidence for the bare name
      if (endsWithApostropheS(view, index)) capitalizedMidSentence.add(stemHash(view, index));
    }
  }
  // only capitalized forms are ever asked about, so only they are looked for in lower case
  for (let position = 0; position < lowerCount; position++) {
    const hash = lowerHashes[position]!;
    if (capitalized.has(hash)) seenLowerCase.add(hash);
  }
  return CASE_EVIDENCE;
}

/** An apostrophe before the last one or two letters ("he’s", "they're", "I'll"): only then a contraction table lookup. */
function hasContractionApostrophe(lower: string): boolean {
  const length = lower.length;
  if (length < 3) return false;
  const second = lower.charCodeAt(length - 2);
  const third = lower.charCodeAt(length - 3);
  return second === 0x27 || second === 0x2019 || third === 0x27 || third === 0x2019;
}

/** The word hash of a possessive token without its "’s" (segment/word-hash.ts). */
function stemHash(view: TokenView, index: number): number {
  let hash = FNV_OFFSET;
  for (let cursor = view.start(index); cursor < view.end(index) - 2; cursor++) hash = hashStep(hash, view.text.charCodeAt(cursor));
  return hash;
}

/** Case evidence for a document: word hashes seen capitalized mid-sentence, and seen in lower case. */
interface CaseEvidence {
  capitalizedMidSentence: HashSet;
  seenLowerCase: HashSet;
}

/** "54-year-old": the token ends in "old" (checked on the text, no string made). */
function endsWithOld(view: TokenView, index: number): boolean {
  const end = view.end(index);
  return (
    end - view.start(index) > 3 &&
    view.text.charCodeAt(end - 1) === 0x64 &&
    view.text.charCodeAt(end - 2) === 0x6c &&
    view.text.charCodeAt(end - 3) === 0x6f
  );
}

/** The role of an age (AGE_SUFFIXES). */
const AGE_ROLE: NonNullable<ReturnType<typeof ROLE_NOUNS.get>> = { type: 'person' };

function roleOf(lower: string): ReturnType<typeof ROLE_NOUNS.get> {
  if (isAgeWord(lower)) return AGE_ROLE;
  return ROLE_NOUNS.get(lower);
}

/** roleOf the token's lower-cased form, read in place. */
function roleOfToken(view: TokenView, index: number): ReturnType<typeof ROLE_NOUNS.get> {
  for (const suffix of AGE_SUFFIXES) if (view.endsWith(index, suffix)) return AGE_ROLE;
  return ROLE_NOUN_TABLE.get(view, index);
}

/**
 * Whether a role noun (or an age, "54-year-old") may head a descriptor opening at `index`: one of the
 * next seven tokens of the sentence, before punctuation, carries the ROLE bit or ends in "old". Most
 * determiners open no descriptor ("the plan", "a vote"), and this bit scan spares them the word strings.
 */
function mayHoldRoleHead(view: TokenView, index: number, sentence: number): boolean {
  const limit = Math.min(view.count, index + 7);
  for (let cursor = index; cursor < limit && view.sentence(cursor) === sentence; cursor++) {
    if (view.isPunctuation(cursor)) return false;
    if ((view.wordClass(cursor) & ROLE) !== 0 || endsWithOld(view, cursor)) return true;
  }
  return false;
}

/**
 * "the state transportation department", "the county health director": after a body's role noun, a plain lower-case
 * word and then a role noun make one descriptor. Not a word shaped like a verb ("the union wants members", "the
 * city hired officers"), nor an adverb.
 */
function isNounBeforeRoleAfterBody(view: TokenView, body: number, word: number): boolean {
  // the bit tests first: most words after a role noun are followed by no role noun at all
  const next = word + 1;
  if (next >= view.count || (view.wordClass(next) & ROLE) === 0 || view.isCapitalized(next) || view.sentence(next) !== view.sentence(word))
    return false;
  if (!view.isWord(word) || view.isCapitalized(word) || (view.wordClass(word) & (MODIFIER_STOP_BIT | STOPWORD)) !== 0) return false;
  if (view.end(word) - view.start(word) < 4 || ROLE_NOUN_TABLE.get(view, next) === undefined) return false;
  if (ROLE_NOUN_TABLE.get(view, body)?.type !== 'organization') return false;
  return !(view.endsWith(word, 's') || view.endsWith(word, 'ed') || view.endsWith(word, 'ing') || view.endsWith(word, 'ly'));
}

/** Determiners that open a noun phrase of their own inside a descriptor's reach. */
const ARTICLE_WORDS = wordSet([
  'a',
  'an',
  'the',
  'another',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'my',
  'our',
  'your',
]);

/** A descriptor starting at `index` (a determiner or a bare plural role noun), or undefined. */
function readDescriptor(view: TokenView, index: number): { draft: Draft; last: number } | undefined {
  const sentence = view.sentence(index);
  if (!mayHoldRoleHead(view, index, sentence)) return undefined;
  // the word-class bits say which lists the first word may be in; only those are checked, in place
  const firstBits = view.wordClass(index);
  const isDefinite = (firstBits & DEFINITE) !== 0 && DEFINITE_WORDS.has(view, index);
  const isDeterminer =
    isDefinite ||
    ((firstBits & INDEFINITE) !== 0 && INDEFINITE_WORDS.has(view, index)) ||
    ((firstBits & NUMBER_WORD) !== 0 && NUMBER_WORD_SET.has(view, index));
  let headIndex = -1;
  let headRole: ReturnType<typeof roleOf>;
  let cursor = isDeterminer ? index + 1 : index;
  const limit = Math.min(view.count, cursor + 6);
  let sawCapitalized = false;
  for (; cursor < limit && view.sentence(cursor) === sentence; cursor++) {
    if (view.isPunctuation(cursor)) break;
    // bits first: most modifiers are plain words that need no lower-cased string
    const bits = view.wordClass(cursor);
    // a second determiner opens another noun phrase ("The Sun quoted a council aide"; not a number: "The two harbor mayors")
    if (cursor > index && (bits & (DEFINITE | INDEFINITE)) !== 0 && ARTICLE_WORDS.has(view, cursor)) break;
    const isPossessive = endsWithApostropheS(view, cursor);
    let role: ReturnType<typeof roleOf>;
    if ((bits & (MODIFIER_STOP_BIT | ROLE)) !== 0 || isPossessive || endsWithOld(view, cursor)) {
      if ((bits & MODIFIER_STOP_BIT) !== 0 && MODIFIER_STOP_WORDS.has(view, cursor)) break;
      role = isPossessive ? roleOf(view.lower(cursor).slice(0, -2)) : roleOfToken(view, cursor);
    }
    if (role !== undefined && !isPossessive) {
      headIndex = cursor;
      headRole = role;
    }
    // a party word may modify a later head ("the Republican presidential candidate"), and so may a body with a noun
    // after it ("the state transportation department"): read on past them
    else if (
      headIndex >= 0 &&
      !(headIndex === cursor - 1 && (PARTY_MEMBERS.has(view.lower(headIndex)) || isNounBeforeRoleAfterBody(view, headIndex, cursor)))
    )
      break;
    if (view.isCapitalized(cursor)) sawCapitalized = true;
  }
  if (headIndex < 0) return undefined;
  const head = view.lower(headIndex);
  const role = headRole!;
  if (!isDeterminer) {
    // a bare noun is a mention only as a plural group ("officials said", "Police say")
    if (!(role.plural === true || head === 'police') || headIndex !== index) return undefined;
  }
  // a capitalized run ending in an organization word is a name ("the Harbor Gazette"), not a descriptor; a party
  // member is a role however it is written ("a New Hampshire Republican")
  if (sawCapitalized && view.isCapitalized(headIndex) && headIndex !== index && !PARTY_MEMBERS.has(head)) return undefined;
  const type = role.type === 'organization' ? 'organization' : role.type === 'group' || role.plural === true ? 'group' : 'person';
  // "Members of the tenants’ association": a group is named by its of-phrase (a person's stays a mention of its own);
  // "a source familiar with the investigation": an anonymous source's qualifier belongs to it
  const last = type === 'group' ? ofPhraseEnd(view, headIndex) : Math.max(headIndex, sourceQualifierEnd(view, headIndex));
  const draft = newMention(
    view.start(index),
    view.end(last),
    'descriptor',
    type,
    role.plural === true ? 'plural' : (role.gender ?? 'unknown'),
    'speakers/mention-descriptor',
    undefined,
    head,
    isDefinite,
  );
  return { draft, last };
}

/** "familiar with the talks", "close to the campaign", "briefed on the plan": how anonymous sources are qualified. */
const QUALIFIERS = new Map([
  ['familiar', 'with'],
  ['close', 'to'],
  ['briefed', 'on'],
  ['involved', 'in'],
  ['knowledgeable', 'about'],
  ['aware', 'of'],
  ['present', 'at'],
]);

/** The end of a qualifier after a descriptor's head ("a source familiar with the matter"), or -1. */
function sourceQualifierEnd(view: TokenView, headIndex: number): number {
  const adjective = headIndex + 1;
  if (adjective + 1 >= view.count || view.sentence(adjective) !== view.sentence(headIndex) || !view.isWord(adjective)) return -1;
  const preposition = QUALIFIERS.get(view.lower(adjective));
  if (preposition === undefined || view.lower(adjective + 1) !== preposition) return -1;
  let last = adjective + 1;
  for (
    let index = adjective + 2;
    index < view.count && index - adjective <= 7 && view.sentence(index) === view.sentence(headIndex);
    index++
  ) {
    if (view.isPunctuation(index) && !(view.is(index, '’') || view.is(index, "'"))) break;
    if (view.isWord(index) && (view.wordClass(index) & (CUE_WORD | MODIFIER_STOP_BIT)) !== 0 && index > adjective + 2) break;
    last = index;
  }
  return last;
}

/** "Members of the tenants’ association": a short of-phrase belongs to the descriptor. */
function ofPhraseEnd(view: TokenView, headIndex: number): number {
  const of = headIndex + 1;
  if (of >= view.count || view.sentence(of) !== view.sentence(headIndex) || !view.isWord(of)) return headIndex;
  const preposition = view.lower(of);
  if (preposition !== 'of') return headIndex;
  let last = headIndex;
  for (let index = of + 1; index < view.count && index - of <= 5 && view.sentence(index) === view.sentence(headIndex); index++) {
    // the possessive mark of a plural ("the tenants’ association") stays inside the phrase
    if ((view.is(index, '’') || view.is(index, "'")) && view.start(index) === view.end(index - 1)) continue;
    if (!view.isWord(index) && !view.isNumber(index)) break;
    const bits = view.wordClass(index);
    if ((bits & (MODIFIER_STOP_BIT | CUE_WORD)) !== 0 && (MODIFIER_STOP_WORDS.has(view, index) || index > of + 1)) break;
    // a verb ends the phrase ("… association gathered outside")
    if (index > of + 1 && !view.isCapitalized(index) && /(?:ed|ing)$/u.test(view.lower(index))) break;
    last = index;
  }
  return last;
}

interface NameRun {
  first: number;
  last: number;
}

/**
 * "Ingrid Solberg of Esker State University": "of" after a first name and a surname joins no name, it says where the
 * person works or comes from. A single word before "of" keeps it ("Joan of Arc", "Bank of America").
 */
function isPersonBeforeOf(view: TokenView, first: number, of: number): boolean {
  // "Gov. Andrew Cuomo of New York" too: the two words before "of" are what count
  const given = of - 2;
  if (given < first || !view.matches(of, 'of') || !view.isWord(given) || !view.isWord(given + 1)) return false;
  // "North Carolina Department of Public Safety", "Florida House of Representatives": a body, not a person
  if (ORGANIZATION_WORDS.has(view.lower(given + 1)) || (given > first && PLACE_PREFIXES.has(view.lower(given - 1)))) return false;
  // "Gun Owners of America": a role noun is no surname
  if ((view.wordClass(given + 1) & ROLE) !== 0 && ROLE_NOUN_TABLE.get(view, given + 1) !== undefined) return false;
  return firstNameGender(view.lower(given)) !== undefined;
}

/** Extends a capitalized run from `index`: words, initials with periods, particles, "of", suffixes. */
function readNameRun(view: TokenView, index: number): NameRun {
  const sentence = view.sentence(index);
  let last = index;
  let cursor = index + 1;
  while (cursor < view.count && view.sentence(cursor) === sentence) {
    if (view.is(cursor, '.') && view.end(cursor - 1) === view.start(cursor) && isAbbreviatedNamePart(view, cursor - 1)) {
      last = cursor;
      cursor++;
      continue;
    }
    if (view.start(cursor) - view.end(last) > 1) break;
    if (view.isCapitalized(cursor) && !endsWithApostropheS(view, last)) {
      // "Glenn Beck Says Trump …": a capitalized reporting verb in a headline ends the name (in running text
      // it is part of it: "the United States pose a risk"; cues/find-cues makes no cue of it there)
      if ((view.wordClass(cursor) & FINITE_CUE) !== 0 && FINITE_CUE_FORMS.has(view.lower(cursor)) && isTitleCaseSentence(view, cursor))
        break;
      last = cursor;
      cursor++;
      continue;
    }
    // Marcus “The Wall” Abernathy: a quoted nickname between two parts of a name stays inside the name
    const nicknameClose = nicknameEnd(view, cursor, sentence);
    // (not in a Title Case headline: Trump “Furious” Over Leak, Mayor ‘Stunned’ Says Aide)
    const afterNickname = nicknameClose + 1;
    if (
      nicknameClose >= 0 &&
      view.isCapitalized(afterNickname) &&
      view.start(afterNickname) - view.end(nicknameClose) === 1 &&
      !NAME_STOPWORDS.has(view.lower(afterNickname)) &&
      !FINITE_CUE_FORMS.has(view.lower(afterNickname))
    ) {
      last = nicknameClose + 1;
      cursor = nicknameClose + 2;
      continue;
    }
    // bits first: the word after a name is rarely a particle, and then no string is made for it
    const isConnector =
      (view.wordClass(cursor) & NAME_PARTICLE) !== 0 &&
      !endsWithApostropheS(view, last) &&
      (NAME_PARTICLES.has(view.lower(cursor)) || view.matches(cursor, 'of'));
    if (isConnector && view.isCapitalized(cursor + 1) && view.sentence(cursor + 1) === sentence && !isPersonBeforeOf(view, index, cursor)) {
      last = cursor + 1;
      cursor += 2;
      continue;
    }
    // "Juan Carlos de la Cruz": two particles in a row
    if (
      isConnector &&
      cursor + 2 < view.count &&
      (view.wordClass(cursor + 1) & NAME_PARTICLE) !== 0 &&
      NAME_PARTICLES.has(view.lower(cursor + 1)) &&
      view.isCapitalized(cursor + 2) &&
      view.sentence(cursor + 2) === sentence
    ) {
      last = cursor + 2;
      cursor += 3;
      continue;
    }
    // "Bashar al-Assad", "Aisha al-Mansouri": an Arabic article joined to the capitalized part
    if (isArticlePrefixedName(view, cursor)) {
      last = cursor;
      cursor++;
      continue;
    }
    break;
  }
  return { first: index, last };
}

/** "al-Assad", "el-Sisi", "ad-Din": a lower-case article, a hyphen and a capital letter, in one token. */
function isArticlePrefixedName(view: TokenView, index: number): boolean {
  if (!view.isWord(index)) return false;
  const { text } = view;
  const start = view.start(index);
  const end = view.end(index);
  // every prefix opens with "a", "e" or "u": most tokens are turned away by their first letter
  const opener = text.charCodeAt(start);
  if (opener !== 0x61 && opener !== 0x65 && opener !== 0x75) return false;
  // the hyphen is the token's third or fourth character: a bounded look, never a scan of the text
  let hyphen = start + 2;
  while (hyphen < end && hyphen - start <= 3 && text.charCodeAt(hyphen) !== 0x2d) hyphen++;
  if (hyphen - start > 3 || hyphen + 1 >= end || text.charCodeAt(hyphen) !== 0x2d) return false;
  return ARTICLE_PREFIXES.has(text.slice(start, hyphen)) && isUpper(text.charCodeAt(hyphen + 1));
}

const ARTICLE_PREFIXES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ul']);

const NICKNAME_OPENERS = '“"‘\'';
const NICKNAME_CLOSERS = '”"’\'';

/**
 * The closing mark of a quoted nickname opening at `index` (“The Wall”: a mark, one to four capitalized
 * words set tight against it, the closing mark), or -1.
 */
function nicknameEnd(view: TokenView, index: number, sentence: number): number {
  if (index >= view.count || view.end(index) - view.start(index) !== 1) return -1;
  if (!NICKNAME_OPENERS.includes(view.text[view.start(index)]!) || !view.isCapitalized(index + 1)) return -1;
  if (view.start(index + 1) !== view.end(index)) return -1;
  for (let cursor = index + 1; cursor < view.count && cursor <= index + 5 && view.sentence(cursor) === sentence; cursor++) {
    if (view.isCapitalized(cursor)) {
      if (cursor > index + 1 && view.start(cursor) - view.end(cursor - 1) !== 1) return -1;
      continue;
    }
    const isCloser = view.end(cursor) - view.start(cursor) === 1 && NICKNAME_CLOSERS.includes(view.text[view.start(cursor)]!);
    return isCloser && cursor > index + 1 && view.start(cursor) === view.end(cursor - 1) ? cursor : -1;
  }
  return -1;
}

function isAbbreviatedNamePart(view: TokenView, index: number): boolean {
  if (!view.isCapitalized(index)) return false;
  const start = view.start(index);
  const end = view.end(index);
  // an initial ("J."), or an acronym with its period ("U.S."): read in place, before any string is made
  if (end - start === 1 || (end - start <= 5 && isCapitalsRun(view.text, start, end))) return true;
  const lower = view.lower(index);
  return PERSON_TITLES.has(lower) || NAME_SUFFIXES.has(lower) || lower === 'st';
}

/** Every character from start to end is a capital letter, "." or "&" (an acronym's alphabet: FBI, U.S., AT&T). */
function isCapitalsRun(text: string, start: number, end: number): boolean {
  for (let cursor = start; cursor < end; cursor++) {
    const code = text.charCodeAt(cursor);
    if (!((code >= 65 && code <= 90) || code === 0x2e || code === 0x26)) return false;
  }
  return true;
}

/**
 * What a capitalized run is, read from its own tokens and whether it opens a clause, before the
 * document's case evidence is consulted (passesCaseEvidence): null when it is no name at all.
 */
/**
 * "House Speaker Paul Ryan", "Council President Maureen O'Dell", "Vermont Gov. Phil Scott": one to three
 * capitalized words (the body or place served) before a title and a person's name. Returns the title's
 * token, or `first` when the run does not read so. The name after the title must be two words or open
 * with a known first name, so "Harbor Master Plan" stays whole.
 */
function titleAfterModifiers(view: TokenView, first: number, last: number): number {
  for (let title = first + 1; title <= last && title - first <= 3; title++) {
    if (!view.isWord(title - 1) || !view.isCapitalized(title - 1)) return first;
    if (!view.isWord(title) || !view.isCapitalized(title)) return first;
    const lower = view.lower(title);
    if (!PERSON_TITLES.has(lower) && ROLE_NOUNS.get(lower)?.type !== 'person') continue;
    let nameFirst = title + 1;
    if (view.is(nameFirst, '.')) nameFirst++;
    let words = 0;
    for (let index = nameFirst; index <= last; index++) if (view.isWord(index)) words++;
    if (words >= 2 || (words === 1 && firstNameGender(view.lower(nameFirst)) !== undefined)) return title;
    return first;
  }
  return first;
}

function nameShape(view: TokenView, run: NameRun, isSentenceStart: boolean): NameShape | null {
  let first = run.first;
  let last = run.last;
  // leading function words are not part of a name, but a first name that is also a word stays ("June Abernathy", "Will
  // Ruiz"), and so does an adjective that names begin with ("New York", "Great Britain", "Republican National Committee")
  while (
    first <= last &&
    (view.isPunctuation(first) ||
      ((view.wordClass(first) & STOPWORD) !== 0 &&
        NAME_STOPWORDS.has(view.lower(first)) &&
        !(
          first < last &&
          view.isCapitalized(first + 1) &&
          (firstNameGender(view.lower(first)) !== undefined || NAME_OPENING_ADJECTIVES.has(view.lower(first)))
        )))
  )
    first++;
  while (last >= first && view.isPunctuation(last) && !view.is(last, '.')) last--;
  // "Martin Luther King III." closing a sentence: a Roman numeral takes no period
  if (last > first && view.is(last, '.') && ROMAN_NUMERALS.has(view.lower(last - 1))) last--;
  if (first > last) return null;
  // leading titles: "Sen.", "Vice President", "Secretary of State"; after the body they serve in, too
  let nameStart = titleAfterModifiers(view, first, last);
  let titleGender: 'male' | 'female' | 'unknown' | undefined = nameStart > first ? 'unknown' : undefined;
  /** Role words the titles give ("Sen." -> senator), for "the senator" later on. */
  let titles: string[] | undefined;
  if (nameStart > first) {
    const role = titleRole(view.lower(nameStart));
    if (role !== undefined) titles = [role];
    nameStart++;
    if (view.is(nameStart, '.')) nameStart++;
  }
  while (nameStart <= last) {
    const lower = view.lower(nameStart);
    // "Farmer Tobias Lund" opening a sentence: a capitalized person role before a name is a title
    const roleTitle =
      nameStart === first &&
      (isSentenceStart || PARTY_MEMBERS.has(lower)) &&
      firstNameGender(lower) === undefined &&
      ROLE_NOUNS.get(lower)?.type === 'person' &&
      // "Republican Ted Cruz" is Ted Cruz, "the Republican National Committee" an organization
      !ORGANIZATION_WORDS.has(view.lower(last))
        ? 'unknown'
        : undefined;
    const title = PERSON_TITLES.get(lower) ?? roleTitle;
    // a title needs a name after it: "Mr. King" is King, "King Charles" is Charles
    let hasWordAfter = false;
    for (let index = nameStart + 1; index <= last && !hasWordAfter; index++) hasWordAfter = view.isWord(index);
    if (!hasWordAfter) break;
    if (title !== undefined || (titleGender !== undefined && (TITLE_EXTENSIONS.has(lower) || lower === 'of'))) {
      if (title !== undefined && (titleGender === undefined || titleGender === 'unknown')) titleGender = title;
      const role = title === undefined ? undefined : titleRole(lower);
      if (role !== undefined) (titles ??= []).push(role);
      nameStart++;
      if (view.is(nameStart, '.')) nameStart++;
    } else break;
  }
  if (nameStart > last) return null;
  let nameEnd = view.end(last);
  const lastRaw = view.raw(last);
  if (isPossessive(lastRaw)) nameEnd -= 2;
  let nameText = view.text.slice(view.start(nameStart), nameEnd);
  const words: string[] = [];
  for (let index = nameStart; index <= last; index++) {
    const nicknameClose = nicknameEnd(view, index, view.sentence(index));
    if (nicknameClose >= 0 && nicknameClose < last) {
      // the nickname is written in the mention but is no part of the name: “Marcus Abernathy”
      nameText = `${view.text.slice(view.start(nameStart), view.start(index)).trimEnd()} ${view.text.slice(view.start(nicknameClose + 1), nameEnd)}`;
      index = nicknameClose;
      continue;
    }
    if (view.isWord(index)) words.push(view.lower(index));
  }
  if (words.length === 0) return null;
  const lastWord = isPossessive(lastRaw) ? words[words.length - 1]!.slice(0, -2) : words[words.length - 1]!;
  words[words.length - 1] = lastWord;

  const isSingle = words.length === 1;
  // the evidence is keyed by token hash; a possessive single word is looked up without its "’s"
  const singleHash = !isSingle ? 0 : isPossessive(lastRaw) ? hashWord(words[0]!) : view.hashes[nameStart]!;
  const firstGender = firstNameGender(words[0]!);
  // a lone word (no title) is a name only if the document's case evidence agrees: passesCaseEvidence
  const evidence: NameShape['evidence'] =
    !isSingle || titleGender !== undefined
      ? 'none'
      : nameStart === first && isSentenceStart && first === run.first
        ? 'sentence-start'
        : 'single';

  let type: Mention['type'] = 'person';
  const hasOrganizationWord = words.some((word) => ORGANIZATION_WORDS.has(word)) || KNOWN_ORGANIZATIONS.has(lastWord);
  const acronym = isSingle && isAcronymToken(view, nameStart);
  if (titleGender === undefined) {
    if (
      hasOrganizationWord &&
      !(firstGender !== undefined && words.length <= 3 && !ORGANIZATION_WORDS.has(words[0]!) && !ORGANIZATION_WORDS.has(lastWord))
    )
      type = 'organization';
    else if (acronym) type = 'organization';
    else if (words.length > 1 && WORK_WORDS.has(lastWord)) type = 'work';
    else if (words.length > 1 && (PLACE_SUFFIXES.has(lastWord) || PLACE_OPENERS.has(words[0]!))) type = 'other';
    else if (placeWords(words).every((word) => COUNTRIES.has(word))) type = 'organization';
    else if (placeWords(words).every((word) => PLACES.has(word) || COUNTRIES.has(word))) type = 'other';
  }
  let gender: Mention['gender'] = 'unknown';
  if (titleGender !== undefined && titleGender !== 'unknown') gender = titleGender;
  else if (type === 'person' && firstGender !== undefined && !isSingle) gender = firstGender;
  return {
    tokens: run.last - run.first,
    startShift: view.start(first) - view.start(run.first),
    endShift: (isPossessive(lastRaw) ? view.end(last) - 2 : view.end(last)) - view.start(run.first),
    type,
    gender,
    name: nameText,
    evidence,
    singleHash,
    isKnownFirstName: firstGender !== undefined,
    titles,
    words: NO_NAME,
  };
}

const ROMAN_NUMERALS: ReadonlySet<string> = new Set(['ii', 'iii', 'iv', 'vi', 'vii', 'viii']);

/** Abbreviated titles and the role nouns they stand for. */
const TITLE_ROLES: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['gov', 'governor'],
  ['gen', 'general'],
  ['prof', 'professor'],
  ['dr', 'doctor'],
  ['det', 'detective'],
  ['atty', 'attorney'],
  ['amb', 'ambassador'],
  ['sgt', 'sergeant'],
  ['capt', 'captain'],
  ['col', 'colonel'],
  ['lt', 'lieutenant'],
  ['cmdr', 'commander'],
  ['adm', 'admiral'],
]);

/** The role noun a title word stands for ("Sen." senator, "Mayor" mayor), or undefined ("Mr."). */
function titleRole(lower: string): string | undefined {
  const role = TITLE_ROLES.get(lower) ?? lower;
  return ROLE_NOUNS.get(role)?.type === 'person' ? role : undefined;
}

/** A name's shape, without offsets: the same run text gives the same shape in any document. */
interface NameShape {
  /** Tokens in the run minus one: a cached shape is used only for a run tokenized alike. */
  tokens: number;
  /** Offsets of the name's start and end from the run's start. */
  startShift: number;
  endShift: number;
  type: Mention['type'];
  gender: Mention['gender'];
  name: string;
  /** Which case-evidence test a lone word must pass: none, that of a sentence opener, or that of any lone word. */
  evidence: 'none' | 'sentence-start' | 'single';
  /** Word hash of the lone word (without a possessive "’s"); 0 when the name has several words. */
  singleHash: number;
  isKnownFirstName: boolean;
  /** Role words of the titles before the name ("Sen. Ted Cruz": senator). */
  titles: string[] | undefined;
  /** The name's words for resolution (speakers/name-words.ts), made once with the cached shape. */
  words: NameWords;
}

function passesCaseEvidence(shape: NameShape, evidence: CaseEvidence): boolean {
  if (shape.evidence === 'none') return true;
  const isCapitalizedMidSentence = evidence.capitalizedMidSentence.has(shape.singleHash);
  const isSeenLowerCase = evidence.seenLowerCase.has(shape.singleHash);
  // a lone capitalized word opening a sentence: a name only with outside evidence
  if (shape.evidence === 'sentence-start' && !(shape.isKnownFirstName && !isSeenLowerCase) && !isCapitalizedMidSentence) return false;
  // a lone word the article also writes in lower case is a word, unless it is capitalized mid-sentence too
  return !(isSeenLowerCase && !isCapitalizedMidSentence);
}

/**
 * Shapes of capitalized runs met so far, across documents ("Trump", "The Senate", "But" recur in every
 * article), keyed by a hash of the run's exact characters and whether it opens a clause; an entry keeps
 * its own copy of the run text to confirm a hit without slicing the document. Bounded: cleared when full.
 */
interface CachedShape {
  run: string;
  isSentenceStart: boolean;
  shape: NameShape | null;
  /** Another run with the same hash (rare). */
  next: CachedShape | undefined;
}

/** Direct-mapped by the run hash's low bits, entries of one slot chained (an array read, no Map probe). */
const SHAPE_SLOTS = 1 << 16;
const shapeCache: Array<CachedShape | undefined> = new Array<CachedShape | undefined>(SHAPE_SLOTS).fill(undefined);
let shapeCount = 0;
const SHAPE_CACHE_LIMIT = 50_000;

function runHash(text: string, start: number, end: number, isSentenceStart: boolean): number {
  let hash = isSentenceStart ? 0x2bd3a1f7 : 0x811c9dc5;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash;
}

function isRun(entry: CachedShape, text: string, start: number, end: number): boolean {
  const { run } = entry;
  if (run.length !== end - start) return false;
  for (let index = 0; index < run.length; index++) if (run.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  return true;
}

/** A name mention for the capitalized run, or undefined: nameShape (cached) and the document's case evidence. */
function classifyName(view: TokenView, run: NameRun, evidence: CaseEvidence, isSentenceStart: boolean): Draft | undefined {
  const { text } = view;
  const runStart = view.start(run.first);
  const runEnd = view.end(run.last);
  const hash = runHash(text, runStart, runEnd, isSentenceStart);
  const slot = (hash ^ (hash >>> 16)) & (SHAPE_SLOTS - 1);
  let entry = shapeCache[slot];
  while (entry !== undefined && !(entry.isSentenceStart === isSentenceStart && isRun(entry, text, runStart, runEnd))) entry = entry.next;
  let shape: NameShape | null;
  // the same characters tokenized differently (a cached shape counts tokens) get a fresh shape
  if (entry !== undefined && (entry.shape === null || entry.shape.tokens === run.last - run.first)) shape = entry.shape;
  else {
    shape = nameShape(view, run, isSentenceStart);
    if (shapeCount >= SHAPE_CACHE_LIMIT) {
      shapeCache.fill(undefined);
      shapeCount = 0;
    }
    if (shape !== null) {
      shape.name = ownedCopy(shape.name);
      shape.words = nameWordsOfName(shape.name);
    }
    shapeCache[slot] = { run: ownedCopy(text.slice(runStart, runEnd)), isSentenceStart, shape, next: shapeCache[slot] };
    shapeCount++;
  }
  if (shape === null || !passesCaseEvidence(shape, evidence)) return undefined;
  const mention = newMention(
    runStart + shape.startShift,
    runStart + shape.endShift,
    'name',
    shape.type,
    shape.gender,
    'speakers/mention-name',
    shape.name,
    undefined,
    undefined,
  );
  // a copy: the shape is cached and shared by every run of the same words
  if (shape.titles !== undefined) mention.roles = shape.titles.slice();
  NAMED.push(mention);
  NAMED_WORDS.push(shape.words);
  return mention;
}

/** The token before `index` is "in", of the same sentence ("in Port Esker", "In Port Esker, …"). */
function isAfterIn(view: TokenView, index: number): boolean {
  return index > 0 && view.sentence(index - 1) === view.sentence(index) && view.matches(index - 1, 'in');
}

/** A word in capitals opening its sentence before a colon: the label of a transcript line ("RUIZ:", "MODERATOR:"). */
function isLabelWord(view: TokenView, index: number): boolean {
  // the colon right after the word, read from the text: most capitalized words have none
  if (view.text.charCodeAt(view.end(index)) !== 0x3a || (index > 0 && view.sentence(index - 1) === view.sentence(index))) return false;
  for (let cursor = view.start(index); cursor < view.end(index); cursor++) if (!isUpper(view.text.charCodeAt(cursor))) return false;
  return true;
}

/** A role noun as a transcript label ("MODERATOR:", "REPORTER:"). */
function isRoleLabel(view: TokenView, index: number): boolean {
  return isLabelWord(view, index) && ROLE_NOUN_TABLE.get(view, index) !== undefined;
}

/** The descriptor of a role written as a transcript label ("MODERATOR:"), or undefined. */
function roleLabelMention(view: TokenView, index: number): Draft | undefined {
  if (!isRoleLabel(view, index)) return undefined;
  const role = ROLE_NOUN_TABLE.get(view, index)!;
  return newMention(
    view.start(index),
    view.end(index),
    'descriptor',
    role.type,
    role.gender ?? 'unknown',
    'speakers/mention-descriptor',
    undefined,
    view.lower(index),
    true,
  );
}

/**
 * A name's type from its context, where its shape (cached, context-free) cannot tell: "Ashford boss Gary Whitlock" (a
 * lone name before a person role and a name is the body the person serves), "RUIZ:" (a transcript label in capitals is
 * a person, not an acronym), "In Port Esker, Sam Tully said" (a name "in" introduces is a place).
 */
function retypeByContext(view: TokenView, draft: Draft, first: number, isLone: boolean, after: number): void {
  if (draft.type === 'person' && draft.gender === 'unknown' && isLone && isAffiliationOfNamedRole(view, after)) draft.type = 'organization';
  else if (draft.type === 'organization' && isLone && isLabelWord(view, first) && !KNOWN_ORGANIZATIONS.has(view.lower(first)))
    draft.type = 'person';
  else if (
    draft.type === 'person' &&
    draft.gender === 'unknown' &&
    draft.roles === undefined &&
    isAfterIn(view, view.start(first) === draft.start ? first : view.firstAtOrAfter(draft.start))
  )
    draft.type = 'other';
}

/** Lower-case words from `first`, one or two, the last a person role, then a capitalized word. */
function isAffiliationOfNamedRole(view: TokenView, first: number): boolean {
  for (let index = first; index < view.count && index - first < 2; index++) {
    if (!view.isWord(index) || view.isCapitalized(index)) return false;
    if ((view.wordClass(index) & ROLE) !== 0 && ROLE_NOUN_TABLE.get(view, index)?.type === 'person')
      return index + 1 < view.count && view.isCapitalized(index + 1) && view.sentence(index + 1) === view.sentence(first);
  }
  return false;
}

/** Lower-case role words right before a name ("union leader" Maria Ortiz). */
function preModifierRoles(view: TokenView, nameFirst: number): string[] | undefined {
  // only a role noun among the words right before the name makes roles: look at the bits before making strings
  let hasRole = false;
  for (let cursor = nameFirst - 1; cursor >= 0 && nameFirst - cursor <= 4 && view.isWord(cursor) && !view.isCapitalized(cursor); cursor--) {
    if ((view.wordClass(cursor) & ROLE) !== 0) hasRole = true;
  }
  if (!hasRole) return undefined;
  const roles: string[] = [];
  for (let cursor = nameFirst - 1; cursor >= 0 && nameFirst - cursor <= 4 && view.sentence(cursor) === view.sentence(nameFirst); cursor--) {
    if (!view.isWord(cursor) || view.isCapitalized(cursor)) break;
    const lower = view.lower(cursor);
    if (NAME_STOPWORDS.has(lower) || MODIFIER_STOPS.has(lower)) break;
    roles.unshift(lower);
  }
  return roles.length > 0 && roles.some((role) => ROLE_NOUNS.has(role)) ? roles : undefined;
}

/** "according to a copy of the letter": the noun phrase after the cue, up to a preposition or punctuation. */
function nounPhraseAfter(view: TokenView, first: number, covered: Uint8Array): Draft | undefined {
  if (first >= view.count || covered[first] === 1 || !view.isWord(first)) return undefined;
  // "according to fire marshal Bea Lindqvist": role words before a name belong to the name's mention
  for (let probe = first + 1; probe < view.count && probe - first <= 3 && view.isWord(probe); probe++)
    if (covered[probe] === 1) return undefined;
  const sentence = view.sentence(first);
  let last = first;
  while (
    last + 1 < view.count &&
    last - first < 5 &&
    view.sentence(last + 1) === sentence &&
    (view.isWord(last + 1) || view.isNumber(last + 1)) &&
    !NP_BOUNDARY.has(view.lower(last + 1)) &&
    covered[last + 1] !== 1
  )
    last++;
  const head = view.lower(last);
  if (NAME_STOPWORDS.has(head)) return undefined;
  for (let index = first; index <= last; index++) covered[index] = 1;
  return newMention(
    view.start(first),
    view.end(last),
    'descriptor',
    WORK_HEADS.has(head) || head === 'copy' ? 'work' : /(?:er|or|ist|ian|ant|ent)s?$/u.test(head) ? 'person' : 'other',
    'unknown',
    'speakers/mention-cue-subject',
    undefined,
    head,
    DEFINITE_DETERMINERS.has(view.lower(first)),
  );
}

/**
 * The last token of an active reporting verb's subject: the token before the verb and its auxiliaries and
 * adverbs ("has also said"), or -1. A negated cue ("did not say") reports nothing, so it has no subject.
 */
function subjectSlot(view: TokenView, cueFirst: number): number {
  let head = cueFirst - 1;
  let isNegated = false;
  while (head >= 0 && view.isWord(head) && CUE_SUBJECT_SKIP_WORDS.has(view, head)) {
    if (view.matches(head, 'not') || view.matches(head, 'never') || view.endsWith(head, "n't") || view.endsWith(head, 'n’t'))
      isNegated = true;
    head--;
  }
  return isNegated ? -1 : head;
}

/**
 * "Sixty-six percent said", "About one in five voters say" (speakers/quantity-subjects.ts): a share of a group
 * as the subject of an active reporting verb is a mention of that group. Found before the other rules' mentions
 * are kept, since it replaces those inside it ("the voters" in "three-quarters of the voters").
 */
function quantitySubjects(view: TokenView, cues: readonly Cue[], slots: Int32Array): Draft[] {
  const found: Draft[] = [];
  for (let cueIndex = 0; cueIndex < cues.length; cueIndex++) {
    const head = slots[cueIndex]!;
    const phrase = head < 0 ? undefined : quantitySubject(view, head);
    if (phrase === undefined) continue;
    found.push(
      newMention(
        view.start(phrase.first),
        view.end(phrase.last),
        'descriptor',
        'group',
        'plural',
        'speakers/mention-quantity',
        undefined,
        view.lower(phrase.last),
        false,
      ),
    );
  }
  return found;
}

/** The drafts that overlap none of `kept` (both in text order), in one merge-like pass. */
function withoutOverlaps(drafts: Draft[], kept: readonly Draft[]): Draft[] {
  if (kept.length === 0) return drafts;
  let at = 0;
  return drafts.filter((draft) => {
    while (at < kept.length && kept[at]!.end <= draft.start) at++;
    return !(at < kept.length && kept[at]!.start < draft.end);
  });
}

/** The token opens its sentence, or follows only function words there ("But Republicans said", "And yet Ruiz says"). */
function opensSentenceAfterFunctionWords(view: TokenView, index: number): boolean {
  const sentence = view.sentence(index);
  for (let cursor = index - 1; cursor >= 0 && view.sentence(cursor) === sentence; cursor--) {
    if (index - cursor > 3) return false;
    if (view.is(cursor, ',')) continue;
    if (!view.isWord(cursor) || (view.wordClass(cursor) & STOPWORD) === 0 || !NAME_STOPWORD_WORDS.has(view, cursor)) return false;
  }
  return true;
}

/** Nouns of time are never a reporting verb's subject (speakers/lexicon/time-nouns.ts). */
const TIME_NOUN_SET: ReadonlySet<string> = new Set(TIME_NOUNS);

/** Mentions for subjects of reporting verbs that no lexicon rule caught ("one user wrote"). */
function cueSubjects(view: TokenView, cues: readonly Cue[], covered: Uint8Array, slots: Int32Array): Draft[] {
  const found: Draft[] = [];
  for (let cueIndex = 0; cueIndex < cues.length; cueIndex++) {
    const cue = cues[cueIndex]!;
    if (cue.kind === 'according-to') {
      const np = nounPhraseAfter(view, view.lastEndingBy(cue.end) + 1, covered);
      if (np !== undefined) found.push(np);
      continue;
    }
    const head = slots[cueIndex]!;
    if (head < 0 || covered[head] === 1 || !view.isWord(head)) continue;
    if (view.isCapitalized(head)) {
      // "Trump has hailed …" opening a sentence: a capitalized word that is the subject of a cue is a name
      const lower = view.lower(head);
      // "Mayor says bridge will reopen": a headline drops its articles, so a bare role opening it is "the mayor"
      const headlineRole = opensSentenceAfterFunctionWords(view, head) ? bareRoleSubject(view, head) : undefined;
      if (headlineRole !== undefined) {
        found.push(headlineRole);
        covered[head] = 1;
        continue;
      }
      if (
        opensSentenceAfterFunctionWords(view, head) &&
        !NAME_STOPWORDS.has(lower) &&
        !ROLE_NOUNS.has(lower) &&
        view.end(head) - view.start(head) > 2
      ) {
        const possessive = endsWithApostropheS(view, head);
        found.push(
          newMention(
            view.start(head),
            view.end(head) - (possessive ? 2 : 0),
            'name',
            'person',
            'unknown',
            'speakers/mention-name',
            view.raw(head).slice(0, possessive ? -2 : undefined),
            undefined,
            undefined,
          ),
        );
        covered[head] = 1;
      }
      continue;
    }
    const headWord = view.lower(head);
    if (NAME_STOPWORDS.has(headWord) || MODIFIER_STOPS.has(headWord) || headWord.endsWith('ly') || TIME_NOUN_SET.has(headWord)) continue;
    let first = head;
    const sentence = view.sentence(head);
    while (
      first - 1 >= 0 &&
      head - first < 4 &&
      view.sentence(first - 1) === sentence &&
      covered[first - 1] !== 1 &&
      (view.isWord(first - 1) || view.isNumber(first - 1))
    ) {
      const lower = view.lower(first - 1);
      first--;
      if (isDeterminerToken(view, first, lower)) break;
      if (MODIFIER_STOPS.has(lower) || NAME_STOPWORDS.has(lower)) {
        first = -1;
        break;
      }
    }
    const opener = first < 0 ? '' : view.lower(first);
    const hasDeterminer = first >= 0 && isDeterminerToken(view, first, opener);
    if (!hasDeterminer) {
      // "Hospital to cut 200 jobs, union says": a headline's bare role after a comma is "the union"
      const headlineRole = first === head && head > 0 && view.is(head - 1, ',') ? bareRoleSubject(view, head) : undefined;
      if (headlineRole !== undefined) {
        found.push(headlineRole);
        covered[head] = 1;
        continue;
      }
      // "met with commuters who say …": a plural noun that a restrictive "who" follows names a group without a determiner
      if (isRestrictiveWho(view, head + 1) && isPluralNoun(headWord)) {
        found.push(
          newMention(
            view.start(head),
            view.end(head),
            'descriptor',
            'group',
            'plural',
            'speakers/mention-cue-subject',
            undefined,
            headWord,
            false,
          ),
        );
        covered[head] = 1;
      }
      continue;
    }
    const isAgent = /(?:er|or|ist|ian|ant|ent)s?$/u.test(headWord);
    found.push(
      newMention(
        view.start(first),
        view.end(head),
        'descriptor',
        WORK_HEADS.has(headWord) ? 'work' : isAgent ? (headWord.endsWith('s') ? 'group' : 'person') : 'other',
        'unknown',
        'speakers/mention-cue-subject',
        undefined,
        headWord,
        DEFINITE_DETERMINERS.has(opener),
      ),
    );
    for (let index = first; index <= head; index++) covered[index] = 1;
  }
  return found;
}

/** Closing quotation marks a quote-first attribution follows: “…,” said a deckhand. */
const CLOSING_MARK_CODES: ReadonlySet<number> = new Set([0x201d, 0x2019, 0x22, 0x27, 0xbb]);

/**
 * "“We found out from a reporter,” said a deckhand on the ferry.": after a quotation, the noun phrase a determiner
 * opens right after the reporting verb is its subject, whatever the noun (the order of cueSubjects turned round).
 */
function invertedCueSubjects(view: TokenView, cues: readonly Cue[], covered: Uint8Array): Draft[] {
  const found: Draft[] = [];
  const { text } = view;
  for (const cue of cues) {
    if (cue.kind !== 'verb' || cue.voice === 'passive') continue;
    // most cues follow a word: one character read before any token lookup
    let back = cue.start - 1;
    while (back > 0 && isSpaceCode(text.charCodeAt(back))) back--;
    const previous = back >= 0 ? text.charCodeAt(back) : 0;
    if (previous !== 0x2c && !CLOSING_MARK_CODES.has(previous)) continue;
    const first = view.firstAtOrAfter(cue.start);
    const before = view.is(first - 1, ',') ? first - 2 : first - 1;
    if (!CLOSING_MARK_CODES.has(view.singleChar(before))) continue;
    const next = view.lastEndingBy(cue.end) + 1;
    if (next >= view.count || view.sentence(next) !== view.sentence(first) || covered[next] === 1) continue;
    if (!isDeterminerToken(view, next, view.lower(next)) || endsWithApostropheS(view, next)) continue;
    const phrase = nounPhraseAfter(view, next, covered);
    if (phrase !== undefined && phrase.end > view.end(next)) found.push(phrase);
  }
  return found;
}

/** A descriptor for a lone singular role noun standing for "the <role>" (headline style), or undefined. */
function bareRoleSubject(view: TokenView, head: number): Draft | undefined {
  const role = ROLE_NOUN_TABLE.get(view, head);
  if (role === undefined || role.plural === true || role.type === 'group') return undefined;
  return newMention(
    view.start(head),
    view.end(head),
    'descriptor',
    role.type,
    role.gender ?? 'unknown',
    'speakers/mention-cue-subject',
    undefined,
    view.lower(head),
    true,
  );
}

/** The token (lower-cased form given) opens a noun phrase: a determiner, a number word or a possessive ("Ruiz’s"). */
function isDeterminerToken(view: TokenView, index: number, lower: string): boolean {
  return (
    DEFINITE_DETERMINERS.has(lower) || INDEFINITE_DETERMINERS.has(lower) || NUMBER_WORDS.has(lower) || endsWithApostropheS(view, index)
  );
}

/** A word shaped like a plural noun: "residents", "commuters" (not "boss", "its", "Ruiz’s"). */
function isPluralNoun(word: string): boolean {
  return word.length >= 4 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('’s') && !word.endsWith("'s");
}

/** The agreement of a pronoun's lower-cased form (subject, object, or one of the possessives "his", "their", "its"). */
function pronounAgreement(lower: string): PronounAgreement | undefined {
  return (
    SUBJECT_PRONOUNS.get(lower) ??
    OBJECT_PRONOUNS.get(lower) ??
    (lower === 'his' || lower === 'their' || lower === 'its' ? POSSESSIVE_PRONOUNS.get(lower) : undefined)
  );
}

/** Every pronoun pronounAgreement knows, with its agreement and its form as one string shared by every mention. */
const PLAIN_PRONOUNS = new WordTable(
  new Map(
    [...new Set([...SUBJECT_PRONOUNS.keys(), ...OBJECT_PRONOUNS.keys(), ...POSSESSIVE_PRONOUNS.keys()])].map((word) => [
      word,
      { word, agreement: pronounAgreement(word) },
    ]),
  ),
);

/** Tokens inside a mention found so far, for one findMentions call (pipeline/scratch.ts). */
const COVERED = new ScratchUint8();
const SUBJECT_SLOTS = new ScratchInt32();

/**
 * Per cue, the subject slot of an active reporting verb (subjectSlot), past a restrictive "who" to the noun it
 * restricts (speakers/relative-who.ts), else -1: asked by two rules, found once.
 */
function subjectSlots(view: TokenView, cues: readonly Cue[]): Int32Array {
  const slots = SUBJECT_SLOTS.take(cues.length, -1);
  for (let cueIndex = 0; cueIndex < cues.length; cueIndex++) {
    const cue = cues[cueIndex]!;
    if (cue.kind !== 'verb' || cue.voice === 'passive') continue;
    const slot = subjectSlot(view, view.firstAtOrAfter(cue.start));
    slots[cueIndex] = isRestrictiveWho(view, slot) ? slot - 1 : slot;
  }
  return slots;
}

/**
 * "voters who said …": the restrictive "who" before a reporting verb is a relative pronoun mention, the verb's
 * source; speakers/resolve joins it to the noun phrase before it (subjectSlots points the subject rules there).
 */
function restrictiveWhos(view: TokenView, slots: Int32Array): Draft[] {
  const found: Draft[] = [];
  for (let cueIndex = 0; cueIndex < slots.length; cueIndex++) {
    const who = slots[cueIndex]! + 1;
    if (slots[cueIndex]! < 0 || !isRestrictiveWho(view, who)) continue;
    const start = view.start(who);
    if (found.length > 0 && found[found.length - 1]!.start === start) continue;
    found.push(newMention(start, view.end(who), 'pronoun', 'person', 'unknown', 'speakers/mention-pronoun', undefined, 'who', undefined));
  }
  return found;
}

/** The name mentions classifyName made for this document, in text order, and their shapes' words. */
const NAMED: Draft[] = [];
const NAMED_WORDS: NameWords[] = [];

/** Per mention of the layer, the words of a name made from a shape (undefined for the others): speakers/name-words.ts. */
function wordsByMention(all: readonly Mention[]): Array<NameWords | undefined> {
  const words = new Array<NameWords | undefined>(all.length).fill(undefined);
  let named = 0;
  for (let index = 0; index < all.length && named < NAMED.length; index++) {
    const mention = all[index]!;
    // both lists are in text order, and the layer may have dropped a name (an overlap): step past those
    while (named < NAMED.length && NAMED[named]!.start < mention.start) named++;
    if (named < NAMED.length && NAMED[named] === mention && mention.name !== undefined) words[index] = NAMED_WORDS[named]!;
  }
  return words;
}

export function findMentions(view: TokenView, cues: readonly Cue[] = []): Mention[] {
  NAMED.length = 0;
  NAMED_WORDS.length = 0;
  const evidence = collectCaseEvidence(view);
  const drafts: Draft[] = [];
  let index = 0;
  while (index < view.count) {
    if (!view.isWord(index)) {
      index++;
      continue;
    }
    // 1. descriptors
    // only a determiner, a number word or a bare plural role noun can open a descriptor
    const wordClass = view.wordClass(index);
    const isCapitalized = view.isCapitalized(index);
    // most words are none of these: no lower-cased string is made for them
    if ((wordClass & (DEFINITE | INDEFINITE | NUMBER_WORD | ROLE | PRONOUN)) === 0 && !isCapitalized && view.hashes[index] !== WHO_HASH) {
      index++;
      continue;
    }
    const canOpenDescriptor = (wordClass & (DEFINITE | INDEFINITE | NUMBER_WORD | ROLE)) !== 0;
    if (
      canOpenDescriptor &&
      (!isCapitalized ||
        isClauseInitial(view, index) ||
        opensSentenceAfterFunctionWords(view, index) ||
        // "Police Chief Resigns, Officials Say": in a Title Case headline a capital says nothing of a name
        ((wordClass & ROLE) !== 0 && isTitleCaseSentence(view, index)))
    ) {
      const descriptor = readDescriptor(view, index);
      if (descriptor !== undefined) {
        drafts.push(descriptor.draft);
        index = descriptor.last + 1;
        continue;
      }
    }
    // "REPORTER: Will there be layoffs?": a role written as a transcript label is the speaker's descriptor
    const label = isCapitalized && (wordClass & ROLE) !== 0 ? roleLabelMention(view, index) : undefined;
    if (label !== undefined) {
      drafts.push(label);
      index++;
      continue;
    }
    // 2. names (a capitalized pronoun opening a sentence is still a pronoun)
    const isPronoun = (wordClass & PRONOUN) !== 0 && PRONOUN_WORDS.has(view, index);
    if (isCapitalized && !isPronoun) {
      const run = readNameRun(view, index);
      // a lone function word ("The", "But" opening a sentence) is never a name (nameShape drops it): a third of
      // the capitalized words of news text, spared the hash of their run and the shape cache's probe
      if (run.last === index && (wordClass & STOPWORD) !== 0 && NAME_STOPWORD_WORDS.has(view, index)) {
        index++;
        continue;
      }
      const draft = classifyName(view, run, evidence, isClauseInitial(view, index));
      if (draft !== undefined) {
        // "the Clinton campaign": a name modifying an organization noun is part of a descriptor
        const after = run.last + 1;
        const role =
          after < view.count && view.sentence(after) === view.sentence(run.last) && (view.wordClass(after) & ROLE) !== 0
            ? ROLE_NOUN_TABLE.get(view, after)
            : undefined;
        // "Lena Ortiz’s campaign" too: the possessor names the organization the same way
        if (role !== undefined && role.type === 'organization' && !view.isCapitalized(after)) {
          const isPossessor = endsWithApostropheS(view, run.last);
          const determiner = !isPossessor && index > 0 && view.sentence(index - 1) === view.sentence(index) ? view.lower(index - 1) : '';
          drafts.push(
            newMention(
              DEFINITE_DETERMINERS.has(determiner) ? view.start(index - 1) : draft.start,
              view.end(after),
              'descriptor',
              'organization',
              'unknown',
              'speakers/mention-descriptor',
              draft.name!,
              view.lower(after),
              DEFINITE_DETERMINERS.has(determiner) || determiner === '',
            ),
          );
          index = after + 1;
          continue;
        }
        // "Kessler's mother said": the possessor names someone else, whose role the noun gives
        if (role !== undefined && role.type === 'person' && !view.isCapitalized(after) && endsWithApostropheS(view, run.last)) {
          drafts.push(
            newMention(
              draft.start,
              view.end(after),
              'descriptor',
              'person',
              role.gender ?? 'unknown',
              'speakers/mention-descriptor',
              undefined,
              view.lower(after),
              true,
            ),
          );
          index = after + 1;
          continue;
        }
        retypeByContext(view, draft, index, run.last === index, after);
        const roles = preModifierRoles(view, index);
        if (roles !== undefined) draft.roles = draft.roles === undefined ? roles : [...roles, ...draft.roles];
        drafts.push(draft);
        index = run.last + 1;
        continue;
      }
      // "But Republicans said": a run that is no name after its leading function word is read again from its second word
      const opensWithFunctionWord = run.last > index && (wordClass & STOPWORD) !== 0 && NAME_STOPWORD_WORDS.has(view, index);
      index = opensWithFunctionWord ? index + 1 : run.last + 1;
      continue;
    }
    // 3. pronouns
    if ((wordClass & PRONOUN) === 0 && !view.matches(index, 'who')) {
      index++;
      continue;
    }
    // most pronouns are plain words: their form and agreement come from one table read, with no string made
    const plain = PLAIN_PRONOUNS.get(view, index);
    let lower = plain === undefined ? view.lower(index) : plain.word;
    // "He’s predicting": the pronoun's letters, without the auxiliary
    const contracted = plain === undefined && hasContractionApostrophe(lower) ? CONTRACTED_PRONOUNS.get(lower) : undefined;
    if (contracted !== undefined) lower = contracted;
    const end = contracted === undefined ? view.end(index) : view.start(index) + contracted.length;
    const agreement = plain !== undefined ? plain.agreement : pronounAgreement(lower);
    if (agreement !== undefined && agreement !== 'second') {
      const gender = agreement === 'male' || agreement === 'female' ? agreement : agreement === 'plural' ? 'plural' : 'unknown';
      const type = agreement === 'neuter' ? 'organization' : agreement === 'plural' ? 'group' : 'person';
      if (!(
        lower === 'her' &&
        view.isWord(index + 1) &&
        !isUpper(view.text.charCodeAt(view.start(index + 1))) &&
        !view.matches(index + 1, 'as')
      )) {
        drafts.push(newMention(view.start(index), end, 'pronoun', type, gender, 'speakers/mention-pronoun', undefined, lower, undefined));
      }
    } else if (lower === 'who' && index > 0 && view.is(index - 1, ',')) {
      drafts.push(
        newMention(view.start(index), end, 'pronoun', 'person', 'unknown', 'speakers/mention-pronoun', undefined, 'who', undefined),
      );
    }
    index++;
  }
  const slots = subjectSlots(view, cues);
  const quantities = quantitySubjects(view, cues, slots);
  const kept = mergeSpans(withoutOverlaps(drafts, quantities), mergeSpans(quantities, restrictiveWhos(view, slots)));
  const covered = COVERED.take(view.count);
  for (const draft of kept) {
    for (let index = view.firstAtOrAfter(draft.start); index < view.count && view.start(index) < draft.end; index++) covered[index] = 1;
  }
  const subjects = cueSubjects(view, cues, covered, slots);
  const inverted = invertedCueSubjects(view, cues, covered);
  const all = mergeSpans(kept, inverted.length === 0 ? subjects : mergeSpans(subjects, inverted));
  for (let position = 0; position < all.length; position++) all[position]!.id = MENTION_IDS.at(position);
  recordNameWords(all, wordsByMention(all));
  NAMED.length = 0;
  NAMED_WORDS.length = 0;
  return all;
}

export const mentionsStage = defineStage({
  name: 'speakers/mentions',
  requires: ['tokens', 'cues'],
  provides: ['mentions'],
  options: z.object({}),
  run(doc) {
    return { layers: { mentions: findMentions(tokenViewOf(doc.text, doc.layers.tokens!), doc.layers.cues!) } };
  },
});
