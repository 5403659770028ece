/**
 * speakers/resolve: groups mentions into entities (who is who in the article).
 * Reads: paragraphs, tokens, quoteMarks, mentions, frames. Writes: entities (ids `e0`, `e1` ...).
 * Rules, in order, per mention in text order:
 * 1. `resolve/name`: a name joins the latest entity whose name contains it as its surname, its first
 *    name or its whole (Ruiz, Ana, Mayor Ruiz -> Ana Ruiz); a fuller name met later absorbs a
 *    short-named entity ("Ruiz" then "Ana Ruiz"). Titles of different gender never join.
 * 2. `resolve/appositive`: a descriptor right after a name and a comma ("Ana Ruiz, the director,") or
 *    a number there ("Ruiz, 54,") attaches its head or age to that person.
 *    A person descriptor right before a name, with a comma ("The officer, Raymond Tillis, said") or without
 *    ("her colleague Daniel Osei"), joins the name's entity; an unnamed person it took up ("A former officer
 *    … The officer, Raymond Tillis,") takes the name.
 * 3. `resolve/descriptor`: a definite descriptor joins the latest entity with that role ("the director",
 *    "the 54-year-old", "the teenager" for an age of 13 to 19); "the company" and the like join the
 *    organization named in this sentence or the one before; otherwise it is an entity of its own,
 *    anonymous when indefinite ("a spokesperson").
 * 4. `resolve/pronoun`: he/she joins the most salient person of that gender among recent mentions
 *    (sources of reporting cues count double); they/it join groups and organizations; an ambiguous
 *    pronoun (two candidates equally likely) stays unresolved.
 * 5. `resolve/headline`: a role alone in the headline ("Mayor says …") joins the first person titled
 *    with it, or organization named with it, after the headline.
 * Mentions inside quotations are someone else's words: pronouns and descriptors there stay unresolved
 * (unless they are a source), and names there leave recency alone.
 * Limits: no cataphora ("Before he spoke, Ruiz ...": "he" stays unresolved, fixture
 * articles/cataphoric-pronoun-before-the-name); "I" and "we" outside quotes are not resolved.
 */
import { z } from 'zod';
import type { Entity, Mention, Paragraph } from '../model/layers.js';
import { ownedCopy } from '../model/owned-copy.js';
import { defineStage } from '../pipeline/stage.js';
import { tokenViewOf, type TokenView } from '../segment/token-view.js';
import { wordSet } from '../segment/word-table.js';
import { PREPOSITIONS } from '../quotes/lexicon/frame-words.js';
import { isSpace, isWordChar } from '../segment/chars.js';
import { NO_NAME, nameWordsOfName, recordedNameWords, type NameWords } from './name-words.js';
import { firstNameGender } from './lexicon/first-names.js';
import { isNewsOutlet } from './lexicon/outlets.js';
import { ROLE_NOUNS } from './lexicon/role-nouns.js';
import { LayerIds } from '../model/ids.js';
import { ScratchFloat64, ScratchInt32, ScratchUint8 } from '../pipeline/scratch.js';
import { quoteRegionsOf } from '../quotes/regions.js';
import { indexById, type Range } from '../model/span.js';

const ENTITY_IDS = new LayerIds('e');

interface EntityDraft {
  index: number;
  name: string;
  /** Lower-cased name words without titles, and the same joined by spaces. */
  words: string[];
  key: string;
  type: Entity['type'];
  gender: Entity['gender'];
  isAnonymous: boolean;
  /** Role words and ages seen for the entity: a handful at most, so arrays beat sets here; most have none (NONE, shared). */
  roles: readonly string[];
  ages: readonly string[];
  /** Offset of the latest mention, for recency. */
  lastSeen: number;
  /** Count of frames this entity is the source of so far (salience). */
  speaking: number;
  /** Sentence of the latest mention, and whether a mention of the entity opened that sentence (a subject). */
  lastSentence: number;
  wasSubject: boolean;
  /** Paragraph of the latest mention. */
  lastParagraph: number;
}

const PRONOUN_WINDOW = 1200;

/** Documents a source issues, which then "say" things for it ("the statement said"). */
const DOCUMENT_HEADS: ReadonlySet<string> = new Set(['statement', 'release', 'letter', 'email', 'memo', 'post', 'tweet']);

/** Prepositions whose object is no sentence subject. */
const OBJECT_PREPOSITIONS = wordSet([...PREPOSITIONS, 'about', 'against', 'toward', 'towards', 'into']);

const TEEN_HEADS: ReadonlySet<string> = new Set(['teenager', 'teen']);

/** Heads of descriptors that take up the company just named ("the company", "the utility", "the firm"). */
const COMPANY_HEADS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'utility',
  'corporation',
  'business',
  'retailer',
  'airline',
  'carrier',
  'operator',
  'insurer',
  'manufacturer',
  'automaker',
  'developer',
  'lender',
  'bank',
  'chain',
  'startup',
  'conglomerate',
  'supplier',
  'producer',
]);

/**
 * Names of mentions that came without recorded words (speakers/name-words.ts): their words are split, and
 * joined into a key, once. Bounded: cleared when full. Keys are owned copies (no document kept alive).
 */
const wordsOfName = new Map<string, NameWords>();
const WORDS_OF_NAME_LIMIT = 50_000;

/** The words of a name mention: recorded by the mention stage, else made (cached by name). */
function nameWordsOf(mention: Mention, recordedWords: NameWords | undefined): NameWords {
  if (recordedWords !== undefined) return recordedWords;
  const name = mention.name ?? '';
  let entry = wordsOfName.get(name);
  if (entry === undefined) {
    entry = nameWordsOfName(name);
    if (wordsOfName.size >= WORDS_OF_NAME_LIMIT) wordsOfName.clear();
    wordsOfName.set(ownedCopy(name), entry);
  }
  return entry;
}

/** The latest entity a name names (the same name, or a longer one it is part of), of a compatible gender. */
function findByName(byWord: ReadonlyMap<string, EntityDraft[]>, name: NameWords, gender: Entity['gender']): EntityDraft | undefined {
  const { words } = name;
  const last = words[words.length - 1]!;
  const first = words[0]!;
  // no closure per call: this runs for every name mention
  const best = latestNamed(byWord.get(last), name, gender, undefined);
  return first === last ? best : latestNamed(byWord.get(first), name, gender, best);
}

function latestNamed(
  candidates: readonly EntityDraft[] | undefined,
  { words, key }: NameWords,
  gender: Entity['gender'],
  found: EntityDraft | undefined,
): EntityDraft | undefined {
  if (candidates === undefined) return found;
  let best = found;
  for (const candidate of candidates) {
    if (best !== undefined && candidate.lastSeen <= best.lastSeen) continue;
    const isMatch = candidate.key === key || isSubsequence(words, candidate.words);
    if (isMatch && genderCompatible(candidate.gender, gender)) best = candidate;
  }
  return best;
}

function isSubsequence(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  // surname ("Ruiz"), first name ("Ana"), or first + last of a longer name ("Ana Ruiz" in "Ana Maria Ruiz")
  if (short.length === 1) return long[long.length - 1] === short[0] || long[0] === short[0];
  let at = 0;
  for (const word of long) if (word === short[at]) at++;
  return at === short.length && long[long.length - 1] === short[short.length - 1];
}

const NONE: readonly string[] = [];

/** The list with `item` added unless it is there already (a new array: NONE is shared). */
function addOnce(list: readonly string[], item: string): readonly string[] {
  return list.includes(item) ? list : [...list, item];
}

function genderCompatible(a: Entity['gender'], b: Entity['gender']): boolean {
  return a === 'unknown' || b === 'unknown' || a === b;
}

export interface ResolveResult {
  entities: Entity[];
}

// working tables of resolveMentions, per mention or per entity (pipeline/scratch.ts)
const BY_MENTION_INDEX = new ScratchInt32();
const CONFIDENCE_OF = new ScratchFloat64();
const SEEN_STAMPS = new ScratchInt32();
const SENTENCE_OF = new ScratchInt32();
const IS_SUBJECT = new ScratchUint8();
const PARAGRAPH_OF = new ScratchInt32();
const IS_QUOTED = new ScratchUint8();
const IS_SOURCE = new ScratchUint8();
const MENTION_COUNTS = new ScratchInt32();
const OUTPUT_INDEX = new ScratchInt32();

/**
 * `quotations`: the quotations' ranges in text order (quotes/regions.ts); a pronoun or a descriptor inside one
 * is in someone else's words ("“They blame the tides,” she said") and is left unresolved unless it is a source.
 * `headlineEnd`: where the headline ends, when the text opens with one (bindHeadlineRoles).
 */
export function resolveMentions(
  view: TokenView,
  mentions: readonly Mention[],
  sourceMentionIds: ReadonlySet<string>,
  quotations: readonly Range[] = [],
  headlineEnd = 0,
  paragraphs: readonly Paragraph[] = [],
): ResolveResult {
  const drafts: EntityDraft[] = [];
  const recordedWords = recordedNameWords(mentions);
  // per mention: the entity it joined, how sure, and by which rule (the entities' links, built at the end)
  const byMentionIndex = BY_MENTION_INDEX.take(mentions.length, -1);
  const confidenceOf = CONFIDENCE_OF.take(mentions.length);
  const ruleOf: string[] = new Array<string>(mentions.length);
  /** Entities by a name word, latest last: lookups stay O(1) however long the article. */
  const byWord = new Map<string, EntityDraft[]>();
  const recent: number[] = [];
  /** Per entity, the last pronoun (index + 1) that looked at it: a reusable "seen" set (entities <= mentions). */
  const seenStamps = SEEN_STAMPS.take(mentions.length + 1);
  // the sentence, paragraph, subjecthood and quotedness of each mention (markPositions)
  const sentenceOf = SENTENCE_OF.take(mentions.length);
  const isSubject = IS_SUBJECT.take(mentions.length);
  const paragraphOf = PARAGRAPH_OF.take(mentions.length);
  const isQuoted = IS_QUOTED.take(mentions.length);
  // per mention, whether it is a reporting cue's source: read per mention below, where a Set probe by id string cost more
  const isSource = IS_SOURCE.take(mentions.length);
  for (const id of sourceMentionIds) {
    const index = indexById(mentions, id);
    if (index >= 0) isSource[index] = 1;
  }
  markPositions(view, mentions, { sentenceOf, paragraphOf, isSubject, isQuoted }, quotations, paragraphs, isSource);

  /** Gives an entity a name's words, and files it under each of them. */
  const nameDraft = (draft: EntityDraft, name: NameWords, isNew = false): void => {
    draft.words = name.words;
    draft.key = name.key;
    for (const word of name.words) {
      // most words name one entity: a one-slot literal, not an empty array that push grows to 17 slots
      const list = byWord.get(word);
      if (list === undefined) byWord.set(word, [draft]);
      else if (isNew || !list.includes(draft)) list.push(draft);
    }
  };

  const create = (mention: Mention, mentionIndex: number, isAnonymous: boolean, name: NameWords = NO_NAME): EntityDraft => {
    const draft: EntityDraft = {
      index: drafts.length,
      name:
        mention.kind === 'name'
          ? (mention.name ?? view.text.slice(mention.start, mention.end))
          : view.text.slice(mention.start, mention.end),
      words: name.words,
      key: name.key,
      type: mention.type,
      gender: mention.gender,
      isAnonymous,
      roles: mention.kind === 'descriptor' && mention.head !== undefined ? [mention.head] : NONE,
      ages: NONE,
      lastSeen: mention.start,
      speaking: 0,
      lastSentence: 0,
      wasSubject: false,
      lastParagraph: 0,
    };
    drafts.push(draft);
    nameDraft(draft, name, true);
    attach(draft, mention, mentionIndex, 1, 'resolve/new');
    return draft;
  };

  /** The name mention being resolved when it lies inside a quotation (attach leaves recency alone), else -1. */
  let quotedName = -1;
  const attach = (draft: EntityDraft, mention: Mention, mentionIndex: number, confidence: number, rule: string): void => {
    confidenceOf[mentionIndex] = confidence;
    ruleOf[mentionIndex] = rule;
    byMentionIndex[mentionIndex] = draft.index;
    // a name in someone's quoted words ("“After what happened in Marlow …,” he said") is no antecedent for what follows
    if (mentionIndex === quotedName) return;
    draft.lastSeen = mention.start;
    // a subject stays the subject of its sentence when a pronoun there takes it up again ("Ms. Greer replied that she …")
    const sentence = sentenceOf[mentionIndex]!;
    draft.wasSubject = (draft.wasSubject && draft.lastSentence === sentence) || isSubject[mentionIndex] === 1;
    draft.lastSentence = sentence;
    draft.lastParagraph = paragraphOf[mentionIndex]!;
    if (isSource[mentionIndex] === 1) draft.speaking++;
    if (draft.gender === 'unknown' && mention.gender !== 'unknown' && mention.gender !== 'plural' && mention.kind !== 'pronoun')
      draft.gender = mention.gender;
    // "leaders Ashford … Ashford boss Gary Whitlock": a bare name read as a person turns out to be a body
    if (draft.type === 'person' && draft.gender === 'unknown' && mention.kind === 'name' && mention.type === 'organization')
      draft.type = 'organization';
    for (const role of mention.roles ?? NONE) draft.roles = addOnce(draft.roles, role);
    if (draft.type === 'person' || draft.type === 'organization' || draft.type === 'group') {
      recent.push(draft.index);
      if (recent.length > 64) recent.splice(0, recent.length - 32);
    }
  };

  /** A descriptor in apposition before a name joins the name's entity, with its role. */
  const attachDescriptor = (draft: EntityDraft, descriptor: Mention, descriptorIndex: number): void => {
    if (descriptor.head !== undefined) draft.roles = addOnce(draft.roles, descriptor.head);
    // "The company, Baltic Line,": a name no lexicon typed is the body its descriptor says
    if (descriptor.type === 'organization' && draft.type === 'person' && draft.gender === 'unknown') draft.type = 'organization';
    attach(draft, descriptor, descriptorIndex, 0.95, 'resolve/appositive');
  };

  /** A definite person descriptor's latest entity with that role ("the director", "the 54-year-old"). */
  const descriptorTarget = (mention: Mention): EntityDraft | undefined =>
    mention.isDefinite === true && mention.type === 'person' && mention.head !== undefined
      ? latestWithRole(drafts, recent, mention.head, view.text.slice(mention.start, mention.end))
      : undefined;

  for (let mentionIndex = 0; mentionIndex < mentions.length; mentionIndex++) {
    const mention = mentions[mentionIndex]!;
    if (mention.kind === 'name') {
      quotedName = isQuoted[mentionIndex] === 1 ? mentionIndex : -1;
      const nameEntry = nameWordsOf(mention, recordedWords?.[mentionIndex]);
      const { words } = nameEntry;
      // "The officer, Raymond Tillis, said": the descriptor waited for its name (see the descriptor branch)
      const described = describedByDescriptor(view, mentions, mentionIndex);
      if (words.length === 0) continue;
      const known = findByName(byWord, nameEntry, mention.gender);
      if (known !== undefined) {
        const age = ageAfter(view.text, mention.end);
        if (age !== undefined) known.ages = addOnce(known.ages, age);
        if (described >= 0) attachDescriptor(known, mentions[described]!, described);
        attach(known, mention, mentionIndex, known.words.length === words.length ? 1 : 0.9, 'resolve/name');
        continue;
      }
      if (described >= 0) {
        // an unnamed person taken up by role and named here ("A former officer … The officer, Raymond Tillis,") takes the name
        const descriptor = mentions[described]!;
        const unnamed = descriptorTarget(descriptor);
        if (unnamed !== undefined && unnamed.words.length === 0 && genderCompatible(unnamed.gender, mention.gender)) {
          attach(unnamed, descriptor, described, 0.8, 'resolve/descriptor');
          unnamed.name = mention.name ?? view.text.slice(mention.start, mention.end);
          unnamed.isAnonymous = false;
          nameDraft(unnamed, nameEntry);
          attach(unnamed, mention, mentionIndex, 0.95, 'resolve/appositive');
          continue;
        }
      }
      // a fuller name absorbs an earlier short-named entity ("Ruiz" ... "Ana Ruiz")
      let absorbed: EntityDraft | undefined;
      for (const candidate of byWord.get(words[words.length - 1]!) ?? []) {
        if (isSubsequence(candidate.words, words) && genderCompatible(candidate.gender, mention.gender) && candidate.type === mention.type)
          absorbed = candidate;
      }
      if (absorbed !== undefined) {
        absorbed.name = mention.name ?? absorbed.name;
        nameDraft(absorbed, nameEntry);
        if (absorbed.gender === 'unknown' && words.length > 1) absorbed.gender = firstNameGender(words[0]!) ?? 'unknown';
        if (described >= 0) attachDescriptor(absorbed, mentions[described]!, described);
        attach(absorbed, mention, mentionIndex, 0.9, 'resolve/name');
        continue;
      }
      const created = create(mention, mentionIndex, false, nameEntry);
      const age = ageAfter(view.text, mention.end);
      if (age !== undefined) created.ages = addOnce(created.ages, age);
      if (described >= 0) attachDescriptor(created, mentions[described]!, described);
      continue;
    }
    if (mention.kind === 'descriptor') {
      // “She's the most stubborn person I've met,” he said: a description in someone's words is no antecedent
      if (isQuoted[mentionIndex] === 1) continue;
      // "The officer, Raymond Tillis, said": resolved with the name that follows it (the name branch)
      const appositiveName = appositiveNameOf(view, mentions, mentionIndex);
      if (appositiveName >= 0 && nameWordsOf(mentions[appositiveName]!, recordedWords?.[appositiveName]).words.length > 0) continue;
      const appositive = appositiveOf(view, mentions, mentionIndex);
      if (appositive >= 0 && byMentionIndex[appositive]! >= 0) {
        const target = drafts[byMentionIndex[appositive]!]!;
        if (mention.head !== undefined) target.roles = addOnce(target.roles, mention.head);
        attach(target, mention, mentionIndex, 0.95, 'resolve/appositive');
        continue;
      }
      if (mention.isDefinite === true && mention.type === 'person' && mention.head !== undefined) {
        const target = descriptorTarget(mention);
        if (target !== undefined) {
          attach(target, mention, mentionIndex, 0.8, 'resolve/descriptor');
          continue;
        }
      }
      // "In a statement, the hospital said … “…,” the statement said": the statement speaks for whoever issued it
      const issuer =
        mention.isDefinite === true && DOCUMENT_HEADS.has(mention.head ?? '')
          ? documentIssuer(mentions, mentionIndex, sentenceOf, isSource)
          : -1;
      if (issuer >= 0 && byMentionIndex[issuer]! >= 0) {
        attach(drafts[byMentionIndex[issuer]!]!, mention, mentionIndex, 0.7, 'resolve/document-issuer');
        continue;
      }
      if (mention.isDefinite === true && mention.type !== 'person' && mention.name === undefined) {
        // "the campaign", "the company": the latest organization with that head noun
        const head = mention.head ?? '';
        let target: EntityDraft | undefined;
        for (let index = recent.length - 1; index >= 0 && target === undefined; index--) {
          const draft = drafts[recent[index]!]!;
          if (draft.type === mention.type && draft.roles.includes(head)) target = draft;
        }
        // "Marlow General Hospital … the hospital": the latest organization whose name holds the head noun
        if (target === undefined && mention.type === 'organization') target = latestOrganizationNaming(drafts, recent, head);
        // "Harbor City Utilities plans …, the company said": a company-like head takes up the organization just
        // named (this sentence or the one before), unless that is a news outlet
        if (target === undefined && COMPANY_HEADS.has(head)) {
          const sentence = sentenceOf[mentionIndex]!;
          for (let index = recent.length - 1; index >= 0 && target === undefined; index--) {
            const draft = drafts[recent[index]!]!;
            if (draft.lastSentence < sentence - 1) break;
            if (draft.type === 'organization' && draft.words.length > 0 && !isNewsOutlet(draft.name)) target = draft;
          }
          if (target !== undefined) target.roles = addOnce(target.roles, head);
        }
        if (target !== undefined) {
          attach(target, mention, mentionIndex, 0.75, 'resolve/descriptor');
          continue;
        }
      }
      create(mention, mentionIndex, mention.isDefinite !== true);
      continue;
    }
    // pronouns
    const head = mention.head ?? '';
    if (head === 'who') {
      // "Ruiz, who said": the relative pronoun joins the mention right before its comma; "voters who say" (restrictive,
      // speakers/relative-who.ts) the mention right before it
      const previous = mentionIndex > 0 ? byMentionIndex[mentionIndex - 1]! : -1;
      const gap = mentionIndex > 0 ? view.text.slice(mentions[mentionIndex - 1]!.end, mention.start) : '';
      if (previous >= 0 && (/^[\s’'s]*,\s*$/u.test(gap) || gap.trim() === ''))
        attach(drafts[previous]!, mention, mentionIndex, 0.9, 'resolve/relative');
      continue;
    }
    if (head === 'i' || head === 'we' || head === 'me' || head === 'us') continue;
    if (isQuoted[mentionIndex] === 1) continue;
    const candidate = pickAntecedent(
      drafts,
      recent,
      mention,
      sentenceOf[mentionIndex]!,
      paragraphOf[mentionIndex]!,
      seenStamps,
      mentionIndex + 1,
    );
    if (candidate !== undefined) attach(candidate.draft, mention, mentionIndex, candidate.confidence, 'resolve/pronoun');
  }

  // arrays sized exactly: most entities have one or two mentions, and push would give each 17 slots
  const mentionCounts = MENTION_COUNTS.take(drafts.length);
  for (let mentionIndex = 0; mentionIndex < mentions.length; mentionIndex++) {
    const entityIndex = byMentionIndex[mentionIndex]!;
    if (entityIndex >= 0) mentionCounts[entityIndex]!++;
  }
  if (headlineEnd > 0) bindHeadlineRoles(view, mentions, drafts, byMentionIndex, mentionCounts, headlineEnd, confidenceOf, ruleOf);
  // an entity left with no mention (its headline role joined a name) is not written; ids stay positions (span.ts entryById)
  const entities: Entity[] = [];
  const outputIndex = OUTPUT_INDEX.take(drafts.length, -1);
  for (let entityIndex = 0; entityIndex < drafts.length; entityIndex++) {
    const draft = drafts[entityIndex]!;
    if (mentionCounts[entityIndex] === 0) continue;
    outputIndex[entityIndex] = entities.length;
    entities.push({
      id: ENTITY_IDS.at(entities.length),
      name: draft.name,
      type: draft.type,
      gender: draft.gender,
      isAnonymous: draft.isAnonymous,
      mentions: new Array<string>(mentionCounts[entityIndex]!),
      links: new Array<Entity['links'][number]>(mentionCounts[entityIndex]!),
    });
  }
  // mentions were attached in text order, so each entity's mentions and links come out in text order
  const filled = mentionCounts.fill(0);
  for (let mentionIndex = 0; mentionIndex < mentions.length; mentionIndex++) {
    const entityIndex = byMentionIndex[mentionIndex]!;
    if (entityIndex < 0) continue;
    const entity = entities[outputIndex[entityIndex]!]!;
    const id = mentions[mentionIndex]!.id;
    const slot = filled[entityIndex]!++;
    entity.mentions[slot] = id;
    entity.links[slot] = { mention: id, rule: ruleOf[mentionIndex]!, confidence: confidenceOf[mentionIndex]! };
  }
  return { entities };
}

/** Per mention: its sentence, its paragraph, whether it is its sentence's subject, and whether it is quoted. */
interface MentionPositions {
  sentenceOf: Int32Array;
  paragraphOf: Int32Array;
  isSubject: Uint8Array;
  /** 1 for a mention inside a quotation that is no frame's source: someone else's words. */
  isQuoted: Uint8Array;
}

/**
 * Fills MentionPositions. A sentence's subject is its first mention outside quotations (words in a quotation are not
 * the sentence's own: "“…, we're finished,” Quintero-Hale said" has her as subject) that no preposition governs
 * ("Her message for the secretary …").
 */
function markPositions(
  view: TokenView,
  mentions: readonly Mention[],
  positions: MentionPositions,
  quotations: readonly Range[],
  paragraphs: readonly Paragraph[],
  isSource: Uint8Array,
): void {
  const { sentenceOf, paragraphOf, isSubject, isQuoted } = positions;
  let lastSentenceSeen = -1;
  let paragraph = 0;
  let quoted = 0;
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!;
    const token = view.firstAtOrAfter(mention.start);
    const sentence = token < view.count ? view.sentence(token) : lastSentenceSeen;
    sentenceOf[index] = sentence;
    while (paragraph + 1 < paragraphs.length && paragraphs[paragraph]!.end <= mention.start) paragraph++;
    paragraphOf[index] = paragraph;
    while (quoted < quotations.length && quotations[quoted]!.end <= mention.start) quoted++;
    if (quoted < quotations.length && quotations[quoted]!.start <= mention.start && isSource[index] !== 1) {
      isQuoted[index] = 1;
      continue;
    }
    if (sentence !== lastSentenceSeen && !(token > 0 && view.sentence(token - 1) === sentence && OBJECT_PREPOSITIONS.has(view, token - 1)))
      isSubject[index] = 1;
    lastSentenceSeen = sentence;
  }
}

/**
 * The source that issued the document a definite mention names: the latest "a statement" (same head) among the last
 * few mentions, and a frame's source in its sentence other than the document ("In a statement, the hospital said");
 * -1 when there is none.
 */
function documentIssuer(mentions: readonly Mention[], mentionIndex: number, sentenceOf: Int32Array, isSource: Uint8Array): number {
  const head = mentions[mentionIndex]!.head;
  for (let back = mentionIndex - 1; back >= 0 && mentionIndex - back <= 24; back--) {
    const earlier = mentions[back]!;
    if (earlier.kind !== 'descriptor' || earlier.head !== head || earlier.isDefinite === true) continue;
    const sentence = sentenceOf[back]!;
    for (let other = Math.max(0, back - 4); other < mentions.length && other - back <= 6; other++) {
      if (other === back || sentenceOf[other] !== sentence) continue;
      if (isSource[other] === 1 && mentions[other]!.kind !== 'pronoun') return other;
    }
    return -1;
  }
  return -1;
}

/** The latest organization among the recent entities whose name holds the noun ("Marlow General Hospital" for "hospital"). */
function latestOrganizationNaming(drafts: readonly EntityDraft[], recent: readonly number[], head: string): EntityDraft | undefined {
  for (let index = recent.length - 1; index >= 0; index--) {
    const draft = drafts[recent[index]!]!;
    if (draft.type === 'organization' && draft.words.length > 1 && draft.words.includes(head) && !isNewsOutlet(draft.name)) return draft;
  }
  return undefined;
}

/**
 * "Mayor says bridge will reopen" over a story that names "Mayor Ana Ruiz": a role that stands alone in the
 * headline (an entity of one mention, no name) joins the first person after the headline who carries that
 * role, as a title or a role word (`resolve/headline`); "…, Utility Says" joins "Harbor City Utilities".
 * Headlines name no one and the story names them next.
 */
function bindHeadlineRoles(
  view: TokenView,
  mentions: readonly Mention[],
  drafts: readonly EntityDraft[],
  byMentionIndex: Int32Array,
  mentionCounts: Int32Array,
  headlineEnd: number,
  confidenceOf: Float64Array,
  ruleOf: string[],
): void {
  for (let index = 0; index < mentions.length && mentions[index]!.start < headlineEnd; index++) {
    const mention = mentions[index]!;
    const own = byMentionIndex[index]!;
    // a title-case headline makes its role a name ("Mayor Vows to Fix Roads")
    const word = mention.kind === 'name' ? (mention.name ?? '').toLowerCase() : '';
    const role = ROLE_NOUNS.get(word)?.type;
    const type = mention.kind === 'descriptor' ? mention.type : role;
    const head = mention.kind === 'descriptor' ? mention.head : role === 'person' || role === 'organization' ? word : undefined;
    if ((type !== 'person' && type !== 'organization') || head === undefined || own < 0) continue;
    const ownWords = drafts[own]!.words;
    if (mentionCounts[own] !== 1 || (ownWords.length > 0 && !(ownWords.length === 1 && ownWords[0] === head))) continue;
    for (let later = index + 1; later < mentions.length; later++) {
      const candidate = mentions[later]!;
      const entity = byMentionIndex[later]!;
      if (candidate.start < headlineEnd || entity < 0 || candidate.kind !== 'name' || drafts[entity]!.type !== type) continue;
      // a person's title ("Mayor Ana Ruiz"), an organization's name word ("Harbor City Utilities"), or a role either had
      const { roles, words } = drafts[entity]!;
      const matches =
        type === 'person'
          ? view.text.slice(candidate.start, candidate.start + head.length + 1).toLowerCase() === head + ' '
          : words.some((name) => name === head || name === head + 's' || (head.endsWith('y') && name === head.slice(0, -1) + 'ies'));
      if (!matches && !roles.includes(head)) continue;
      byMentionIndex[index] = entity;
      mentionCounts[own] = 0;
      mentionCounts[entity]!++;
      confidenceOf[index] = 0.7;
      ruleOf[index] = 'resolve/headline';
      break;
    }
  }
}

/** "Ruiz, 54, said": the age in an appositive right after a name. */
function ageAfter(text: string, end: number): string | undefined {
  // most names are not followed by a comma: no slice, no regex for them
  if (end + 1 >= text.length) return undefined;
  const next = text.charCodeAt(end);
  if (next !== 0x2c && !(isSpace(next) && text.charCodeAt(end + 1) === 0x2c)) return undefined;
  const match = /^\s?,\s?(\d{1,3})\s?[,)]/u.exec(text.slice(end, end + 10));
  return match?.[1];
}

/**
 * The person's name in apposition right after the person descriptor at `index`, or -1: "The officer, Raymond
 * Tillis, said", "said the transport secretary, Ewan Fraser." One comma between, and a comma, a period, a
 * semicolon (a list: "a son, Peter; and …"), a bracket or a dash after the name ("the governor, Smith said" is
 * no apposition); or no comma after a definite descriptor ("her colleague Daniel Osei"). The descriptor may carry
 * a short prepositional phrase before its comma, holding one mention at most: "The ministry’s director of
 * coastal fisheries, Mateo Ibarra, told", "the head of the FBI, James Comey,".
 */
function appositiveNameOf(view: TokenView, mentions: readonly Mention[], index: number): number {
  const descriptor = mentions[index]!;
  if (descriptor.kind !== 'descriptor' || descriptor.gender === 'plural') return -1;
  // "The company, Baltic Line, said": a company-like head names the organization after it, as a person's role names a person
  const isCompany = COMPANY_HEADS.has(descriptor.head ?? '');
  if (descriptor.type !== 'person' && !(descriptor.type === 'organization' && isCompany)) return -1;
  // most descriptors have no mention within a phrase's reach: one comparison before any text is read
  const following = mentions[index + 1];
  if (following === undefined || following.start - descriptor.end > 90) return -1;
  const { text } = view;
  let nameIndex = index + 1;
  let from = descriptor.end;
  const phraseEnd = prepositionalPhraseEnd(text, descriptor.end);
  if (phraseEnd >= 0) {
    // the phrase's own mention ("the FBI") is passed over
    if (mentions[nameIndex] !== undefined && mentions[nameIndex]!.end <= phraseEnd) nameIndex++;
    from = phraseEnd;
  }
  const name = mentions[nameIndex];
  if (name === undefined || name.kind !== 'name' || !genderCompatible(descriptor.gender, name.gender)) return -1;
  // "The developer, Stonegate Logistics, said": a company's role before its name (a name no lexicon types may be either)
  if (name.type !== 'person' && !(name.type === 'organization' && isCompany)) return -1;
  if (descriptor.type === 'organization' && name.type === 'person' && name.gender !== 'unknown') return -1;
  let commas = 0;
  for (let cursor = from; cursor < name.start; cursor++) {
    const code = text.charCodeAt(cursor);
    if (code === 0x2c) commas++;
    else if (!isSpace(code)) return -1;
  }
  // "her colleague Daniel Osei", "the defendant Aaron Kessler": a definite role right before the name names the same person
  if (commas === 0) return phraseEnd < 0 && descriptor.isDefinite === true ? nameIndex : -1;
  if (commas !== 1) return -1;
  let after = name.end;
  while (after < text.length && isSpace(text.charCodeAt(after)) && text.charCodeAt(after) !== 0x0a) after++;
  const next = text.charCodeAt(after);
  return next === 0x2c || next === 0x2e || next === 0x3b || next === 0x29 || next === 0x2014 || next === 0x2013 ? nameIndex : -1;
}

/** Prepositions that may follow a person's role before an appositive name: "director of …", "spokesman for …". */
const ROLE_PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at']);

/**
 * Where " of coastal fisheries" (a preposition opening a phrase of at most six words, no sentence punctuation
 * nor quotation mark) ends before a comma, from `start` right after a descriptor; -1 when no such phrase is there.
 */
function prepositionalPhraseEnd(text: string, start: number): number {
  let cursor = start;
  if (cursor >= text.length || text.charCodeAt(cursor) !== 0x20) return -1;
  cursor++;
  let wordEnd = cursor;
  while (wordEnd < text.length && wordEnd - cursor < 4 && isWordChar(text.charCodeAt(wordEnd))) wordEnd++;
  // "of", "for", "at" read in place: no string for the word after most descriptors
  if (wordEnd - cursor < 2 || wordEnd - cursor > 3 || !ROLE_PHRASE_PREPOSITIONS.has(text.slice(cursor, wordEnd))) return -1;
  let words = 1;
  for (cursor = wordEnd; cursor < text.length && cursor - start < 80; cursor++) {
    const code = text.charCodeAt(cursor);
    if (code === 0x2c) return words >= 2 ? cursor : -1;
    if (code === 0x20) words++;
    else if (!isWordChar(code) && code !== 0x27 && code !== 0x2019 && code !== 0x2d && code !== 0x26) return -1;
    if (words > 7) return -1;
  }
  return -1;
}

/** The descriptor (one or two mentions back) whose appositive name is the mention at `nameIndex`, or -1. */
function describedByDescriptor(view: TokenView, mentions: readonly Mention[], nameIndex: number): number {
  for (let index = nameIndex - 1; index >= 0 && nameIndex - index <= 2; index--) {
    if (mentions[index]!.kind === 'descriptor' && appositiveNameOf(view, mentions, index) === nameIndex) return index;
  }
  return -1;
}

/** The name mention this descriptor is an appositive of ("Ana Ruiz, the director,"), or -1. */
function appositiveOf(view: TokenView, mentions: readonly Mention[], mentionIndex: number): number {
  const mention = mentions[mentionIndex]!;
  const previous = mentions[mentionIndex - 1];
  if (previous === undefined || previous.kind !== 'name' || previous.type !== 'person' || mention.type !== 'person') return -1;
  // an appositive is set off by a comma and nothing else ("Ruiz’s" possessive leaves "’s" between)
  let commas = 0;
  for (let index = previous.end; index < mention.start; index++) {
    const code = view.text.charCodeAt(index);
    if (code === 0x2c) commas++;
    else if (!isSpace(code)) return -1;
  }
  return commas === 1 ? mentionIndex - 1 : -1;
}

function latestWithRole(drafts: readonly EntityDraft[], recent: readonly number[], head: string, phrase: string): EntityDraft | undefined {
  const age = /(\d{1,3})-years?-old/u.exec(phrase)?.[1];
  for (let index = recent.length - 1; index >= 0; index--) {
    const draft = drafts[recent[index]!]!;
    // "a port spokesperson … the spokesperson": an anonymous source is taken up again by its role
    if (draft.type !== 'person') continue;
    if (age !== undefined ? draft.ages.includes(age) : draft.roles.includes(head)) return draft;
    // "Mensah, 19, … the teenager admitted": an age in the teens stands for the role
    if (age === undefined && TEEN_HEADS.has(head) && draft.ages.some((known) => Number(known) >= 13 && Number(known) <= 19)) return draft;
  }
  return undefined;
}

function pickAntecedent(
  drafts: readonly EntityDraft[],
  recent: readonly number[],
  mention: Mention,
  sentence: number,
  paragraph: number,
  seen: Int32Array,
  stamp: number,
): { draft: EntityDraft; confidence: number } | undefined {
  const head = mention.head ?? '';
  // possessives agree like their subject forms: "his" is a man's, "their" a group's, "its" an organization's
  const isMale = head === 'he' || head === 'him' || head === 'his';
  const isFemale = head === 'she' || head === 'her';
  const wantsPerson = isMale || isFemale;
  const gender = isMale ? 'male' : isFemale ? 'female' : 'unknown';
  let best: { draft: EntityDraft; score: number } | undefined;
  let secondScore = -Infinity;
  let second: EntityDraft | undefined;
  for (let index = recent.length - 1; index >= 0; index--) {
    const draft = drafts[recent[index]!]!;
    // an entity recurs in `recent`; only its latest entry counts
    if (seen[draft.index] === stamp) continue;
    seen[draft.index] = stamp;
    const distance = mention.start - draft.lastSeen;
    // an entity's latest entry in `recent` is its latest mention, and mentions attach in text order: every
    // entity met further back was last seen further back still, so none of them is in the window either
    if (distance > PRONOUN_WINDOW) break;
    if (wantsPerson) {
      if (draft.type !== 'person' || draft.gender === 'plural') continue;
      if (draft.gender !== 'unknown' && draft.gender !== gender) continue;
    } else if (head === 'they' || head === 'them' || head === 'their') {
      if (draft.type === 'person' && draft.gender !== 'plural') continue;
    } else if (head === 'it' || head === 'its') {
      if (draft.type !== 'organization') continue;
    }
    const sentences = Math.max(0, sentence - draft.lastSentence);
    const recency = 1 - Math.min(sentences, 6) * 0.2 - distance / (PRONOUN_WINDOW * 4);
    const knownGender = draft.gender === gender && gender !== 'unknown' ? 0.2 : 0;
    const subject = draft.wasSubject ? 0.3 : 0;
    // the paragraph is a topic: "Angus MacRae was unimpressed. “…,” he said." after another man's paragraph
    const sameParagraph = draft.lastParagraph === paragraph ? 0.15 : 0;
    const score = recency + knownGender + subject + sameParagraph + Math.min(draft.speaking, 2) * 0.1 - (draft.isAnonymous ? 0.2 : 0);
    if (best === undefined || score > best.score) {
      if (best !== undefined) {
        secondScore = best.score;
        second = best.draft;
      }
      best = { draft, score };
    } else if (score > secondScore) {
      secondScore = score;
      second = draft;
    }
  }
  if (best === undefined) return undefined;
  if (best.score - secondScore < 0.08) return undefined;
  // two people of the pronoun's gender in the same latest sentence, neither heard from yet: a guess either way
  if (
    second !== undefined &&
    wantsPerson &&
    second.lastSentence === best.draft.lastSentence &&
    second.gender === best.draft.gender &&
    best.draft.speaking <= second.speaking
  ) {
    return undefined;
  }
  const margin = secondScore === -Infinity ? 1 : Math.min(1, (best.score - secondScore) * 2);
  return { draft: best.draft, confidence: 0.6 + 0.35 * margin };
}

export const resolveStage = defineStage({
  name: 'speakers/resolve',
  requires: ['paragraphs', 'tokens', 'quoteMarks', 'mentions', 'frames'],
  provides: ['entities'],
  options: z.object({}),
  run(doc) {
    const sources = new Set<string>();
    for (const frame of doc.layers.frames!) if (frame.source !== null) sources.add(frame.source);
    const paragraphs = doc.layers.paragraphs!;
    const quotations = quoteRegionsOf(doc.text, paragraphs, doc.layers.quoteMarks!).map((region) => region.content);
    const view = tokenViewOf(doc.text, doc.layers.tokens!);
    const { entities } = resolveMentions(view, doc.layers.mentions!, sources, quotations, headlineEndOf(doc.text, paragraphs), paragraphs);
    return { layers: { entities } };
  },
});

/** The end of the headline: a short first paragraph without a closing period, before the story. 0 when there is none. */
function headlineEndOf(text: string, paragraphs: readonly Paragraph[]): number {
  const first = paragraphs[0];
  if (first === undefined || paragraphs.length < 2 || first.end - first.start > HEADLINE_LONGEST) return 0;
  let end = first.end;
  while (end > first.start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > first.start && text.charCodeAt(end - 1) !== 0x2e ? first.end : 0;
}

const HEADLINE_LONGEST = 200;
