/**
 * Synthetic news articles for the bench, deterministic from a seed: headlines, bylines, datelines,
 * direct quotes in several mark styles (curly, straight, doubled apostrophes, guillemets, low-9),
 * split quotes around "she said", mixed and indirect speech, "according to", relayed quotes
 * ("told the Ledger"), pronoun attributions, multi-paragraph quotes, numbers, abbreviations
 * ("Sen.", "U.S.", "p.m."), and page noise (ads, share lines, captions). 2-12 KB each.
 * Every name is invented. `tsx bench/corpus/generate.ts --count 50 --seed 7 > corpus.jsonl` writes JSONL.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  CLAUSES,
  DAYS,
  FEMALE_FIRST_NAMES,
  INDIRECT_VERBS,
  MALE_FIRST_NAMES,
  MONTHS,
  NOISE_LINES,
  ORGANIZATIONS,
  OUTLETS,
  PHRASES,
  REPORTING_VERBS,
  STATEMENTS,
  STATES,
  SURNAMES,
  TITLES,
  TITLES_OF_WORKS,
  TOPICS,
  TOWNS,
  UNIVERSITIES,
  type Gender,
  type Topic,
} from './lexicon.js';
import { createRandom, deriveSeed, type Random } from './random.js';

export interface SyntheticArticle {
  id: string;
  title: string;
  text: string;
}

export interface CorpusOptions {
  seed?: number;
  count?: number;
  /** Smallest and largest article size in UTF-8 bytes (defaults 2 KB and 12 KB). */
  minBytes?: number;
  maxBytes?: number;
}

export const DEFAULT_SEED = 20240611;

interface MarkStyle {
  open: string;
  close: string;
  innerOpen: string;
  innerClose: string;
}

const MARK_STYLES: ReadonlyArray<readonly [MarkStyle | 'mixed', number]> = [
  [{ open: '“', close: '”', innerOpen: '‘', innerClose: '’' }, 50],
  [{ open: '"', close: '"', innerOpen: "'", innerClose: "'" }, 28],
  [{ open: "''", close: "''", innerOpen: "'", innerClose: "'" }, 5],
  [{ open: '«', close: '»', innerOpen: '‹', innerClose: '›' }, 5],
  [{ open: '„', close: '“', innerOpen: '‚', innerClose: '‘' }, 5],
  ['mixed', 7],
];

interface Person {
  first: string;
  last: string;
  title: string | undefined;
  role: string;
  gender: Gender;
}

/** What one article is about and who is in it; paragraph writers read it. */
interface Story {
  random: Random;
  topic: Topic;
  town: string;
  state: string;
  outlet: string;
  organization: string;
  people: Person[];
  marks: MarkStyle | 'mixed';
  /** The person the last paragraph was about, for "she said" attributions. */
  current: Person | undefined;
  /** People already named in full once (later mentions use the surname). */
  introduced: Set<Person>;
}

export function generateCorpus(options: CorpusOptions = {}): SyntheticArticle[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const count = options.count ?? 300;
  return Array.from({ length: count }, (_, index) => generateArticle(seed, index, options));
}

export function generateArticle(seed: number, index: number, options: CorpusOptions = {}): SyntheticArticle {
  const random = createRandom(deriveSeed(seed, index));
  const minBytes = options.minBytes ?? 2048;
  const maxBytes = options.maxBytes ?? 12 * 1024;
  const targetBytes = random.integer(minBytes, maxBytes);
  const story = createStory(random);
  const title = random.pick(story.topic.headline);
  const paragraphs: string[] = [title];
  if (random.chance(0.7)) paragraphs.push(byline(random));
  paragraphs.push(lead(story));

  let bytes = utf8Length(paragraphs.join('\n\n'));
  const closing = random.chance(0.5) ? closingNoise(story) : undefined;
  const reserve = closing === undefined ? 0 : utf8Length(closing) + 2;
  for (let attempt = 0; attempt < 400 && bytes < targetBytes - reserve; attempt++) {
    const paragraph = bodyParagraph(story);
    const added = utf8Length(paragraph) + 2;
    if (bytes + added + reserve > maxBytes) {
      if (bytes >= minBytes) break;
      continue;
    }
    paragraphs.push(paragraph);
    bytes += added;
  }
  if (closing !== undefined) paragraphs.push(closing);
  const separator = random.chance(0.06) ? '\r\n\r\n' : random.chance(0.1) ? '\n' : '\n\n';
  return { id: `synthetic-${seed}-${index}`, title, text: paragraphs.join(separator) };
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function createStory(random: Random): Story {
  const people = Array.from({ length: random.integer(2, 5) }, () => createPerson(random));
  return {
    random,
    topic: random.pick(TOPICS),
    town: random.pick(TOWNS),
    state: random.pick(STATES),
    outlet: random.pick(OUTLETS),
    organization: random.pick(ORGANIZATIONS),
    people,
    marks: random.weighted(MARK_STYLES),
    current: undefined,
    introduced: new Set(),
  };
}

function createPerson(random: Random): Person {
  const gender: Gender = random.chance(0.5) ? 'female' : 'male';
  const first = random.pick(gender === 'female' ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
  const title = random.chance(0.45) ? random.pick(TITLES) : undefined;
  const role = random.weighted<string>([
    [`a spokeswoman for the ${random.pick(ORGANIZATIONS)}`, gender === 'female' ? 3 : 0],
    [`a spokesman for the ${random.pick(ORGANIZATIONS)}`, gender === 'male' ? 3 : 0],
    [`a Democrat from ${random.pick(TOWNS)}`, 2],
    [`a Republican who represents the ${random.integer(1, 12)}th District`, 2],
    [`director of the ${random.pick(ORGANIZATIONS)}`, 2],
    [`a professor of economics at ${random.pick(UNIVERSITIES)}`, 2],
    [`who has lived on Calder Street for ${random.integer(5, 40)} years`, 1],
    [`the ${random.pick(ORGANIZATIONS)}'s chief financial officer`, 1],
    [`a ${random.integer(24, 81)}-year-old retired machinist`, 1],
  ]);
  return { first, last: random.pick(SURNAMES), title, role, gender };
}

function fill(story: Story, template: string): string {
  const { random, topic } = story;
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'noun':
        return random.pick(topic.nouns);
      case 'group':
        return random.pick(topic.groups);
      case 'town':
        return random.pick(TOWNS);
      case 'years':
        return String(random.integer(3, 40));
      case 'count':
        return random.chance(0.5)
          ? String(random.integer(12, 900))
          : `${random.integer(1, 48)},${String(random.integer(0, 999)).padStart(3, '0')}`;
      case 'money':
        return random.chance(0.5)
          ? `$${random.integer(1, 99)}.${random.integer(1, 9)} million`
          : `$${random.integer(200, 9000).toLocaleString('en-US')}`;
      case 'percent':
        return `${random.integer(3, 97)} percent`;
      case 'month':
        return random.pick(MONTHS);
      case 'day':
        return random.pick(DAYS);
      default:
        return slot;
    }
  });
}

function marksFor(story: Story): MarkStyle {
  if (story.marks !== 'mixed') return story.marks;
  const curly = { open: '“', close: '”', innerOpen: '‘', innerClose: '’' };
  const straight = { open: '"', close: '"', innerOpen: "'", innerClose: "'" };
  // Inconsistent marks, as in copy pasted from several sources: sometimes a curly open with a straight close.
  if (story.random.chance(0.1)) return { ...curly, close: '"' };
  return story.random.chance(0.5) ? curly : straight;
}

/** One to three statements; `ending` is the punctuation inside the closing mark. */
function utterance(story: Story, ending: ',' | '.' | '?' | '!', marks: MarkStyle): string {
  const { random } = story;
  const sentences = Array.from(
    {
      length: random.weighted([
        [1, 5],
        [2, 3],
        [3, 1],
      ] as const),
    },
    () => fill(story, random.pick(STATEMENTS)),
  );
  if (random.chance(0.12)) {
    sentences.push(`They told us it was ${marks.innerOpen}${random.pick(PHRASES)}${marks.innerClose}`);
  }
  if (random.chance(0.05)) sentences[0] = `${sentences[0]!} …`;
  const last = sentences.length - 1;
  return sentences.map((sentence, index) => sentence + (index === last ? ending : '.')).join(' ');
}

function person(story: Story): Person {
  const { random } = story;
  // Keep talking about the same person half the time, as articles do.
  const chosen = story.current !== undefined && random.chance(0.45) ? story.current : random.pick(story.people);
  story.current = chosen;
  return chosen;
}

/** Full name with title and role on first mention, surname (maybe with title) after. */
function name(story: Story, who: Person, position: 'subject' | 'after-verb'): string {
  if (!story.introduced.has(who)) {
    story.introduced.add(who);
    const full = `${who.title === undefined ? '' : `${who.title} `}${who.first} ${who.last}`;
    return story.random.chance(0.6) ? `${full}, ${who.role},` : full;
  }
  if (who.title !== undefined && story.random.chance(0.3)) return `${who.title} ${who.last}`;
  return position === 'subject' && story.random.chance(0.1) ? `${who.first} ${who.last}` : who.last;
}

function stripTrailingComma(text: string): string {
  return text.endsWith(',') ? text.slice(0, -1) : text;
}

function pronoun(who: Person): string {
  return who.gender === 'female' ? 'she' : who.gender === 'male' ? 'he' : 'they';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function byline(random: Random): string {
  const first = random.pick([...FEMALE_FIRST_NAMES, ...MALE_FIRST_NAMES]);
  const last = random.pick(SURNAMES);
  return random.chance(0.7)
    ? `By ${first} ${last}`
    : `By ${first} ${last} and ${random.pick(FEMALE_FIRST_NAMES)} ${random.pick(SURNAMES)}\nStaff writers`;
}

function lead(story: Story): string {
  const { random } = story;
  const who = person(story);
  const dateline = `${story.town.toUpperCase()}, ${story.state} — `;
  const clause = fill(story, random.pick(CLAUSES));
  return `${random.chance(0.7) ? dateline : ''}${name(story, who, 'subject')} ${random.pick(INDIRECT_VERBS)} on ${random.pick(DAYS)} that ${clause}, the latest turn in ${story.topic.subject} that has divided ${story.town} for months.`;
}

type ParagraphWriter = (story: Story) => string;

const PARAGRAPHS: ReadonlyArray<readonly [ParagraphWriter, number]> = [
  [quoteThenSaid, 14],
  [saidThenQuote, 8],
  [splitQuote, 7],
  [pronounQuote, 6],
  [mixedQuote, 6],
  [indirectSpeech, 8],
  [accordingTo, 4],
  [relayedQuote, 5],
  [multiParagraphQuote, 2],
  [background, 8],
  [scareQuoteOrTitle, 3],
  [interview, 1],
  [bulletList, 1],
  [noise, 3],
];

function bodyParagraph(story: Story): string {
  return story.random.weighted(PARAGRAPHS)(story);
}

/** “We are done,” said Sen. Ana Ruiz. / “We are done,” Ruiz said. */
function quoteThenSaid(story: Story): string {
  const { random } = story;
  const marks = marksFor(story);
  const who = person(story);
  const ending = random.weighted([
    [',', 10],
    ['?', 1],
    ['!', 1],
  ] as const);
  const quote = `${marks.open}${utterance(story, ending, marks)}${marks.close}`;
  const verb = random.pick(REPORTING_VERBS);
  const speaker = name(story, who, 'after-verb');
  const tail = random.chance(0.25) ? ` in an interview on ${random.pick(DAYS)}` : '';
  // An appositive keeps its closing comma before the verb ("Ruiz, a Democrat, said") and drops it at the end.
  return random.chance(0.35) && verb === 'said'
    ? `${quote} said ${stripTrailingComma(speaker)}${tail}.`
    : `${quote} ${speaker} ${verb}${tail}.`;
}

/** Ruiz said: “We are done.” / Ruiz told the council, “We are done.” */
function saidThenQuote(story: Story): string {
  const { random } = story;
  const marks = marksFor(story);
  const who = person(story);
  const lead = random.pick([
    `${name(story, who, 'subject')} said:`,
    `${name(story, who, 'subject')} told the council,`,
    `In a statement, ${name(story, who, 'subject')} said:`,
    `${name(story, who, 'subject')} put it bluntly:`,
  ]);
  return `${lead} ${marks.open}${utterance(story, '.', marks)}${marks.close}`;
}

/** “We are done,” Ruiz said. “Nobody asked us.” / “We are done,” she said, “and nobody asked us.” */
function splitQuote(story: Story): string {
  const { random } = story;
  const marks = marksFor(story);
  const who = person(story);
  const first = `${marks.open}${utterance(story, ',', marks)}${marks.close}`;
  const attribution = random.chance(0.5) ? name(story, who, 'after-verb') : pronoun(who);
  if (random.chance(0.5)) {
    const second = fill(story, random.pick(STATEMENTS));
    return `${first} ${attribution} said, ${marks.open}${second.charAt(0).toLowerCase()}${second.slice(1)}.${marks.close}`;
  }
  return `${first} ${attribution} said. ${marks.open}${utterance(story, '.', marks)}${marks.close}`;
}

/** “It's not over,” she said. (the speaker was named in an earlier paragraph) */
function pronounQuote(story: Story): string {
  const marks = marksFor(story);
  const who = story.current ?? person(story);
  story.introduced.add(who);
  const verb = story.random.pick(['said', 'added', 'said', 'continued']);
  return `${marks.open}${utterance(story, ',', marks)}${marks.close} ${pronoun(who)} ${verb}.`;
}

/** Ruiz called the plan “a slap in the face” and said the union would not back down. */
function mixedQuote(story: Story): string {
  const { random } = story;
  const marks = marksFor(story);
  const who = person(story);
  const subject = name(story, who, 'subject');
  const phrase = `${marks.open}${random.pick(PHRASES)}${marks.close}`;
  if (random.chance(0.5)) {
    return `${subject} called the ${random.pick(story.topic.nouns)} ${phrase} and said ${fill(story, random.pick(CLAUSES))}.`;
  }
  return `${subject} said the ${random.pick(story.topic.nouns)} was ${phrase}, adding that ${fill(story, random.pick(CLAUSES))}.`;
}

/** Ruiz said Tuesday that the bridge would be delayed. */
function indirectSpeech(story: Story): string {
  const { random } = story;
  const who = person(story);
  const subject = name(story, who, 'subject');
  const verb = random.pick(INDIRECT_VERBS);
  const object = verb === 'told' ? `${random.pick(['reporters', 'the board', `the ${random.pick(story.topic.groups)}`])} ` : '';
  const that = random.chance(0.6) ? 'that ' : '';
  const second = random.chance(0.4) ? ` ${capitalize(pronoun(who))} did not say when ${fill(story, random.pick(CLAUSES))}.` : '';
  return `${subject} ${verb} ${object}${random.chance(0.3) ? `on ${random.pick(DAYS)} ` : ''}${that}${fill(story, random.pick(CLAUSES))}.${second}`;
}

/** According to the U.S. Department of Transportation, ... / ..., officials said in a statement. */
function accordingTo(story: Story): string {
  const { random } = story;
  const clause = fill(story, random.pick(CLAUSES));
  return random.pick([
    `According to the ${story.organization}, ${clause}.`,
    `${capitalize(clause)}, according to figures released by the ${random.pick(ORGANIZATIONS)}.`,
    `${capitalize(clause)}, officials with the ${story.organization} said in a statement.`,
    `A spokesperson for the ${story.organization}, who asked not to be named because the talks were private, said ${clause}.`,
  ]);
}

/** Quotes that reached the page through someone else: told the Ledger, said on the radio, posted online. */
function relayedQuote(story: Story): string {
  const { random } = story;
  const marks = marksFor(story);
  const who = person(story);
  const speaker = name(story, who, 'after-verb');
  const quote = utterance(story, ',', marks);
  return random.pick([
    `${marks.open}${quote}${marks.close} ${speaker} told ${story.outlet}.`,
    `${marks.open}${quote}${marks.close} ${speaker} said in an interview with ${random.pick(OUTLETS)}.`,
    `${marks.open}${quote}${marks.close} ${speaker} wrote in a post on social media on ${random.pick(DAYS)} night. 🙏`,
    `${speaker} was quoted by ${random.pick(OUTLETS)} as saying: ${marks.open}${utterance(story, '.', marks)}${marks.close}`,
    `${capitalize(random.pick(story.topic.groups))} said ${speaker} had told them privately that ${fill(story, random.pick(CLAUSES))}.`,
  ]);
}

/** A quote running over paragraphs: the first has no closing mark, the next opens again. */
function multiParagraphQuote(story: Story): string {
  const marks = marksFor(story);
  const who = person(story);
  const opening = `${name(story, who, 'subject')} said: ${marks.open}${utterance(story, '.', marks)}`;
  return `${opening}\n\n${marks.open}${utterance(story, '.', marks)}${marks.close}`;
}

function background(story: Story): string {
  const { random } = story;
  return random.pick([
    `The ${random.pick(story.topic.nouns)} was approved in ${random.pick(MONTHS)} ${random.integer(2009, 2023)} by a vote of ${random.integer(4, 9)} to ${random.integer(0, 3)}. Since then, costs have risen by ${fill(story, '{percent}')}, to ${fill(story, '{money}')}, according to county records reviewed by ${story.outlet}.`,
    `About ${fill(story, '{count}')} ${random.pick(story.topic.groups)} live within ${random.integer(2, 15)}.${random.integer(1, 9)} miles of the site, according to U.S. Census estimates. The median household income is ${fill(story, '{money}')}, compared with a statewide figure of $${random.integer(48, 92)},${random.integer(100, 999)}.`,
    `The meeting, which began at ${random.integer(5, 7)}:${random.pick(['00', '30', '15'])} p.m. at St. Brendan's Hall on Main St., ran past midnight. More than ${random.integer(40, 300)} people signed up to speak, and the board took no vote.`,
    `${story.town} (pop. ${fill(story, '{count}')}) sits at the mouth of the Orrin River, roughly ${random.integer(20, 90)} km east of the state capital. Its economy, long tied to ${random.pick(['fishing', 'steel', 'rail freight', 'tourism'])}, has struggled since the early 2000s.`,
    `The dispute dates to ${random.integer(2015, 2022)}, when the ${story.organization} and the state signed a ${random.integer(5, 30)}-year agreement covering the ${random.pick(story.topic.nouns)}. The agreement, No. ${random.integer(100, 999)}-B, runs to ${random.integer(2030, 2050)}.`,
    `Residents can find more information at the library, 14 N. Harbor Ave., or by calling 555-0${random.integer(100, 199)}. Office hours are 9 a.m. to 4 p.m., Mon.–Fri.`,
  ]);
}

function scareQuoteOrTitle(story: Story): string {
  const { random } = story;
  const marks = marksFor(story);
  return random.pick([
    `Supporters call it the ${marks.open}${random.pick(PHRASES)}${marks.close} plan; critics have other names for it.`,
    `${random.pick(FEMALE_FIRST_NAMES)} ${random.pick(SURNAMES)}, whose book ${marks.open}${random.pick(TITLES_OF_WORKS)}${marks.close} traced the town's decline, has been a frequent critic of the ${random.pick(story.topic.nouns)}.`,
    `The word ${marks.open}temporary${marks.close} appears ${random.integer(11, 60)} times in the ${random.integer(40, 200)}-page report.`,
    `Known locally as ${marks.open}${random.pick(['Big Red', 'the Admiral', 'Doc', 'the Professor'])}${marks.close}, ${random.pick(MALE_FIRST_NAMES)} ${random.pick(SURNAMES)} ran the ${random.pick(story.topic.nouns)} for two decades.`,
  ]);
}

/** A short Q&A excerpt, a format quote extractors often trip over. */
function interview(story: Story): string {
  const who = person(story);
  story.introduced.add(who);
  const lines = [`Q: What happens to the ${story.random.pick(story.topic.nouns)} now?`, `A: ${utterance(story, '.', marksFor(story))}`];
  lines.push(
    `Q: And the ${story.random.pick(story.topic.groups)}?`,
    `${who.last.toUpperCase()}: ${fill(story, story.random.pick(STATEMENTS))}.`,
  );
  return lines.join('\n');
}

function bulletList(story: Story): string {
  const items = Array.from({ length: story.random.integer(3, 5) }, () => `• ${capitalize(fill(story, story.random.pick(CLAUSES)))}.`);
  return `What we know so far:\n${items.join('\n')}`;
}

function noise(story: Story): string {
  return story.random.chance(0.3) ? `Read more: ${story.random.pick(story.topic.headline)}` : story.random.pick(NOISE_LINES);
}

function closingNoise(story: Story): string {
  const { random } = story;
  return random.pick([
    `${random.pick(FEMALE_FIRST_NAMES)} ${random.pick(SURNAMES)} contributed reporting from ${random.pick(TOWNS)}.`,
    `Contact the reporter at newsroom@example.com. Copyright ${random.integer(2019, 2025)} ${capitalize(story.outlet)}. All rights reserved.`,
    `Follow ${story.outlet} on X: @${story.town.replace(/\s/g, '')}News\u00a0·\u00a0Updated ${random.integer(1, 12)}:${String(random.integer(0, 59)).padStart(2, '0')} a.m. ET`,
  ]);
}

function parseArguments(argv: readonly string[]): { seed: number; count: number; out?: string } {
  const value = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    return index === -1 ? undefined : argv[index + 1];
  };
  const out = value('--out');
  return { seed: Number(value('--seed') ?? DEFAULT_SEED), count: Number(value('--count') ?? 300), ...(out === undefined ? {} : { out }) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { seed, count, out } = parseArguments(process.argv.slice(2));
  const lines =
    generateCorpus({ seed, count })
      .map((article) => JSON.stringify(article))
      .join('\n') + '\n';
  if (out === undefined) process.stdout.write(lines);
  else writeFileSync(out, lines);
}
