/**
 * One lookup per word for every lexicon the hot loops consult: each lower-cased form maps to a bit set
 * of the word lists it belongs to. Stages test bits instead of probing several Sets per token.
 */
import { HashTable, hashWord } from '../../segment/word-hash.js';
import { NAME_STOPWORDS } from './name-stopwords.js';
import { NAME_PARTICLES } from './titles.js';
import { CONTRACTED_PRONOUNS, OBJECT_PRONOUNS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS } from './pronouns.js';
import { DEFINITE_DETERMINERS, INDEFINITE_DETERMINERS, ROLE_NOUNS } from './role-nouns.js';
import { QUANTITY_CORES } from './quantities.js';

export const DEFINITE = 1;
export const INDEFINITE = 2;
export const NUMBER_WORD = 4;
export const ROLE = 8;
export const PRONOUN = 16;
export const STOPWORD = 32;
/** A word some cue rule may start with (reporting verb forms, noun cues, "according"). */
export const CUE_WORD = 64;
/** A word that ends a descriptor's modifiers (conjunctions, prepositions, auxiliaries, "said"). */
export const MODIFIER_STOP = 128;

/** A finite reporting-verb form ("says", "warned"): in a Title Case headline it ends a name ("Glenn Beck Says …"). */
export const FINITE_CUE = 256;
export const FINITE_CUE_FORMS = new Set<string>();
/** A lower-case particle that may sit inside a name ("de", "van", "bin", "of"). */
export const NAME_PARTICLE = 512;
/** A word that may be the core of a quantity subject ("sixty-six", "half", "majority", "most"): speakers/quantity-subjects.ts. */
export const QUANTITY = 1024;

export const MODIFIER_STOPS = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'said', 'says', 'say', 'told', 'of', 'for', 'to', 'in', 'on', 'at', 'with', 'by', 'from', 'as', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would']);

export const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands']);

const classes = new Map<string, number>();
/** The hash table classOfHash reads, rebuilt lazily whenever words are added. */
let table: HashTable | undefined;
/** The same bits keyed by word hash: may hold false positives from collisions, never false negatives. */
const classesByHash = new Map<number, number>();

function mark(words: Iterable<string>, bit: number): void {
  table = undefined;
  for (const word of words) {
    classes.set(word, (classes.get(word) ?? 0) | bit);
    const hash = hashWord(word);
    classesByHash.set(hash, (classesByHash.get(hash) ?? 0) | bit);
  }
}

mark(DEFINITE_DETERMINERS, DEFINITE);
mark(INDEFINITE_DETERMINERS, INDEFINITE);
mark(NUMBER_WORDS, NUMBER_WORD);
mark(ROLE_NOUNS.keys(), ROLE);
mark(SUBJECT_PRONOUNS.keys(), PRONOUN);
mark(OBJECT_PRONOUNS.keys(), PRONOUN);
mark(POSSESSIVE_PRONOUNS.keys(), PRONOUN);
mark(CONTRACTED_PRONOUNS.keys(), PRONOUN);
mark(NAME_STOPWORDS, STOPWORD);
mark(MODIFIER_STOPS, MODIFIER_STOP);
mark([...NAME_PARTICLES, 'of'], NAME_PARTICLE);
mark(QUANTITY_CORES, QUANTITY);

/** Registers the words cue rules start with (called once by the cue lexicon). */
export function markCueWords(words: Iterable<string>): void {
  mark(words, CUE_WORD);
}

/** Bits a word with this hash may carry; callers confirm with the exact word before acting. */
export function classOfHash(hash: number): number {
  // built on first use, after every lexicon has registered its words
  table ??= new HashTable(classesByHash);
  return table.get(hash);
}

/** Registers the third-person and past forms of reporting verbs (called once by the cue lexicon). */
export function markFiniteCueForms(words: Iterable<string>): void {
  for (const word of words) FINITE_CUE_FORMS.add(word);
  mark(words, FINITE_CUE);
}

/** The bit set of a lower-cased word (0 for a word in no list). */
export function classOfWord(lower: string): number {
  return classes.get(lower) ?? 0;
}
