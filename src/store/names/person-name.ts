/**
 * Reads a speaker's name as the corpus compares people: titles dropped ("Police Chief", "Sen."),
 * suffixes dropped ("Jr."), a surname with its particles ("van der Berg"), and the given names. First
 * names are compatible when equal, when one is an initial of the other ("J."), a short form that starts
 * the other ("Alex", "Alexander") or a known nickname ("Joe", "Joseph"; "Bill", "William").
 */
import { wordsOf } from '../text/words.js';

export interface PersonName {
  /** Normalized given names and surname: the form's identity ("joe berlinger", "berlinger"). */
  key: string;
  surname: string;
  /** Given names in order; empty when only the surname is known. */
  given: string[];
  /** Whether a title came before the name ("Police Chief", "Sen."): a sign of a person. */
  isTitled: boolean;
}

const TITLES = new Set(
  (
    'mr mrs ms miss mx mister sir dame lord lady king queen prince princess father sister brother pope rabbi imam rev reverend ' +
    'pastor bishop cardinal dr doctor prof professor sen senator rep representative congressman congresswoman gov governor lt ' +
    'mayor president vice secretary minister chancellor premier ambassador amb gen general adm admiral col colonel capt captain ' +
    'maj major sgt sergeant cpl corporal pvt private lieutenant cmdr commander judge justice attorney atty sheriff officer ' +
    'detective det inspector chief police fire commissioner councilman councilwoman councilmember councillor councilor council ' +
    'member alderman alderwoman speaker leader chairman chairwoman chair coach nurse delegate assemblyman assemblywoman ' +
    'assemblymember trooper deputy superintendent principal director manager spokesman spokeswoman spokesperson treasurer ' +
    'comptroller clerk dean provost sra sr mme mlle herr frau state city county district former acting interim assistant ' +
    'associate executive senior prime foreign defense u s us st saint'
  ).split(' '),
);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'la',
  'le',
  'da',
  'di',
  'du',
  'dos',
  'das',
  'bin',
  'al',
  'ibn',
  'ter',
]);

/** Nickname -> formal names; a name is also compatible with itself and its formal names' nicknames. */
const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  joe: ['joseph'],
  joey: ['joseph'],
  bill: ['william'],
  billy: ['william'],
  will: ['william'],
  willy: ['william'],
  liam: ['william'],
  bob: ['robert'],
  bobby: ['robert'],
  rob: ['robert'],
  robbie: ['robert'],
  dick: ['richard'],
  rick: ['richard', 'frederick', 'eric'],
  ricky: ['richard'],
  rich: ['richard'],
  jim: ['james'],
  jimmy: ['james'],
  jamie: ['james'],
  mike: ['michael'],
  mick: ['michael'],
  mickey: ['michael'],
  tom: ['thomas'],
  tommy: ['thomas'],
  tony: ['anthony', 'antonio'],
  ted: ['edward', 'theodore'],
  ed: ['edward', 'edwin', 'edmund'],
  eddie: ['edward'],
  ned: ['edward'],
  jack: ['john'],
  johnny: ['john'],
  jon: ['john', 'jonathan'],
  kate: ['katherine', 'catherine', 'kathleen'],
  katie: ['katherine', 'catherine', 'kathleen'],
  kathy: ['katherine', 'kathleen'],
  cathy: ['catherine'],
  liz: ['elizabeth'],
  beth: ['elizabeth'],
  betty: ['elizabeth'],
  libby: ['elizabeth'],
  peggy: ['margaret'],
  meg: ['margaret', 'megan'],
  maggie: ['margaret'],
  sue: ['susan', 'suzanne'],
  dave: ['david'],
  steve: ['stephen', 'steven'],
  nick: ['nicholas', 'nicolas'],
  matt: ['matthew'],
  pat: ['patrick', 'patricia'],
  larry: ['lawrence', 'laurence'],
  harry: ['henry', 'harold'],
  hank: ['henry'],
  chuck: ['charles'],
  charlie: ['charles'],
  andy: ['andrew'],
  drew: ['andrew'],
  greg: ['gregory'],
  fred: ['frederick', 'alfred'],
  al: ['albert', 'alan', 'alfred', 'allen'],
  don: ['donald'],
  ron: ['ronald'],
  ken: ['kenneth'],
  jerry: ['gerald', 'jerome'],
  gene: ['eugene'],
  jeff: ['jeffrey'],
  tim: ['timothy'],
  vince: ['vincent'],
  jen: ['jennifer'],
  jenny: ['jennifer'],
  becky: ['rebecca'],
  deb: ['deborah'],
  debbie: ['deborah'],
  molly: ['mary'],
  polly: ['mary'],
  sally: ['sarah'],
  abby: ['abigail'],
  vicky: ['victoria'],
  manny: ['manuel'],
  pepe: ['jose'],
  paco: ['francisco'],
  bea: ['beatrice'],
  trish: ['patricia'],
  sandy: ['sandra', 'alexander'],
};

function formalNamesOf(name: string): string[] {
  return [name, ...(NICKNAMES[name] ?? [])];
}

/** Whether two normalized first names can belong to one person. */
export function areFirstNamesCompatible(first: string, second: string): boolean {
  if (first === second) return true;
  const [short, long] = first.length <= second.length ? [first, second] : [second, first];
  if (short.length === 1) return long.startsWith(short);
  if (short.length >= 3 && long.startsWith(short)) return true;
  const formal = formalNamesOf(long);
  return formalNamesOf(short).some((name) => formal.includes(name));
}

/** Whether an initial ("J") stands for a first name. */
export function isInitial(name: string): boolean {
  return name.length === 1;
}

function isCapitalized(token: string): boolean {
  const first = token.codePointAt(0);
  if (first === undefined) return false;
  const character = String.fromCodePoint(first);
  return character !== character.toLowerCase() || (first >= 48 && first <= 57);
}

/**
 * Reads a person's name; null when it does not look like one (a descriptor such as "the mayor", an
 * empty string, or a name made only of titles).
 */
export function parsePersonName(name: string): PersonName | null {
  const tokens = name.split(/\s+/).filter((token) => token.length > 0);
  // "Berlinger's" and "Berlinger," name Berlinger.
  const cleaned = tokens.map((token) => (token.endsWith("'s") || token.endsWith('’s') ? token.slice(0, -2) : token));
  let end = cleaned.length;
  while (end > 0 && SUFFIXES.has(wordsOf(cleaned[end - 1]!).join(''))) end--;
  if (end === 0) return null;
  const last = cleaned[end - 1]!;
  if (!isCapitalized(last)) return null;
  let surnameStart = end - 1;
  while (surnameStart > 0 && PARTICLES.has(cleaned[surnameStart - 1]!.toLowerCase()) && !isCapitalized(cleaned[surnameStart - 1]!))
    surnameStart--;
  const surname = wordsOf(cleaned.slice(surnameStart, end).join(' ')).join(' ');
  if (surname.length === 0 || TITLES.has(surname)) return null;
  let givenStart = 0;
  while (givenStart < surnameStart) {
    const token = cleaned[givenStart]!;
    const normalized = wordsOf(token).join('');
    if (normalized.length > 0 && !TITLES.has(normalized) && isCapitalized(token)) break;
    givenStart++;
  }
  const given = cleaned
    .slice(givenStart, surnameStart)
    .map((token) => wordsOf(token).join(''))
    .filter((token) => token.length > 0);
  return { key: [...given, surname].join(' '), surname, given, isTitled: givenStart > 0 };
}

/** Whether two names can be one person: same surname, and first names compatible (or one unknown). */
export function areNamesCompatible(first: PersonName, second: PersonName): boolean {
  if (first.surname !== second.surname) return false;
  const a = first.given[0];
  const b = second.given[0];
  if (a === undefined || b === undefined) return true;
  return areFirstNamesCompatible(a, b);
}
