/**
 * Generated articles for the corpus (store) bench and tests: short news items (about 1.3 KB, 10 quotes
 * each) with outlets and publication dates, whose quotes are mostly unique random sentences (words
 * drawn by Zipf's law from 8,000: a few hundred common ones, then invented ones) and partly
 * "wire" quotes copied across outlets: exactly, with a word dropped or changed, or elided, and now and
 * then given to another person. People are named in several forms (full, with a title, by initial),
 * so speaker merging has work to do. Deterministic from a seed; each article depends only on the seed
 * and its index. Every name is invented (bench/corpus/lexicon.ts).
 * `tsx bench/corpus/store-articles.ts --count 1000 > corpus.jsonl` writes JSON Lines.
 */
import { pathToFileURL } from 'node:url';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, OUTLETS, SURNAMES, TITLES } from './lexicon.js';
import { createRandom, deriveSeed, type Random } from './random.js';

export interface StoreArticle {
  id: string;
  title: string;
  published: string;
  outlet: string;
  text: string;
}

export interface StoreArticleOptions {
  seed?: number;
  /** Quotes per article, on average (default 10). */
  quotesPerArticle?: number;
  /** Share of articles that carry a wire quote (default 0.5). */
  wireShare?: number;
}

const WORDS = (
  'harbour council budget ferry pier tide quay storm winter summer school bridge road market mill river orchard ' +
  'library clinic nurse teacher driver farmer volunteer family neighbour village town county state plan vote meeting ' +
  'contract strike fare wage rent tax grant fund report study survey promise deadline permit license repair project ' +
  'water power light fuel grain fish boat train bus station runway airport tunnel canal dam levee flood fire smoke ' +
  'will must cannot should never always again still already soon today tomorrow tonight early late every each ' +
  'open close build fix pay raise cut keep lose win hold bring send carry wait stop start finish check count ' +
  'new old small large quiet busy fair clear hard simple honest local public private whole short long safe ' +
  'we they our their this that those these people everyone nobody somebody our the a to of and for in on with'
).split(' ');

/** Invented words after the common ones: a vocabulary of this many words in all, drawn with Zipf's law as prose is. */
const VOCABULARY_SIZE = 8000;
const SYLLABLES =
  'ba be bi bo bu da de di do du fa fe fi fo ga ge go ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi vo za ze zo'.split(
    ' ',
  );
const ENDINGS = ['', 'n', 'r', 's', 'l', 'm', 't', 'nd', 'rk', 'st'];

/** The vocabulary in rank order (common words first) and its cumulative Zipf weights. */
const VOCABULARY: { words: string[]; cumulative: Float64Array } = (() => {
  const random = createRandom(0x70cab);
  const words = [...WORDS];
  const seen = new Set(words);
  while (words.length < VOCABULARY_SIZE) {
    let word = '';
    for (let count = random.integer(2, 3); count > 0; count--) word += random.pick(SYLLABLES);
    word += random.pick(ENDINGS);
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const cumulative = new Float64Array(words.length);
  let total = 0;
  for (let rank = 0; rank < words.length; rank++) cumulative[rank] = total += 1 / (rank + 1);
  return { words, cumulative };
})();

/** A word drawn with Zipf's law: the r-th most common with probability proportional to 1/r. */
function wordOf(random: Random): string {
  const { words, cumulative } = VOCABULARY;
  const target = random.next() * cumulative[cumulative.length - 1]!;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return words[low]!;
}

const DAY_MS = 86_400_000;
const START = Date.UTC(2023, 0, 1);
const SPAN_DAYS = 730;

interface Person {
  first: string;
  last: string;
  title: string | undefined;
}

interface WireQuote {
  sentence: string;
  speaker: Person;
  day: number;
}

function sentenceOf(random: Random, minWords: number, maxWords: number): string {
  const words: string[] = [];
  for (let count = random.integer(minWords, maxWords); words.length < count;) words.push(wordOf(random));
  const text = words.join(' ');
  return text[0]!.toUpperCase() + text.slice(1);
}

/** The people of a corpus: a fixed population, so the same names recur across articles. */
function personOf(seed: number, index: number): Person {
  const random = createRandom(deriveSeed(seed ^ 0x5eed, index));
  const first = random.chance(0.5) ? random.pick(FEMALE_FIRST_NAMES) : random.pick(MALE_FIRST_NAMES);
  return { first, last: random.pick(SURNAMES), title: random.chance(0.4) ? random.pick(TITLES) : undefined };
}

/** How an article names a person: mostly in full, sometimes with a title or an initial. */
function nameOf(person: Person, random: Random): string {
  const form = random.weighted<'full' | 'titled' | 'initial'>([
    ['full', 6],
    ['titled', 3],
    ['initial', 1],
  ]);
  if (form === 'titled' && person.title !== undefined) return `${person.title} ${person.first} ${person.last}`;
  if (form === 'initial') return `${person.first[0]}. ${person.last}`;
  return `${person.first} ${person.last}`;
}

/** A wire quote as one outlet prints it: exact, or with a small edit. */
function copyOf(sentence: string, random: Random): string {
  const words = sentence.split(' ');
  const kind = random.weighted<'exact' | 'drop' | 'change' | 'elide'>([
    ['exact', 12],
    ['drop', 4],
    ['change', 3],
    ['elide', 1],
  ]);
  const at = random.integer(1, words.length - 2);
  if (kind === 'drop') words.splice(at, 1);
  if (kind === 'change') words[at] = wordOf(random);
  if (kind === 'elide' && words.length >= 12) words.splice(at, 2, '…');
  return words.join(' ');
}

function quoteParagraph(sentence: string, name: string, random: Random): string {
  switch (random.integer(0, 2)) {
    case 0:
      return `“${sentence},” said ${name}.`;
    case 1:
      return `${name} said: “${sentence}.”`;
    default:
      return `“${sentence},” ${name} said on ${random.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}.`;
  }
}

export class StoreArticleGenerator {
  private readonly seed: number;
  private readonly quotesPerArticle: number;
  private readonly wireShare: number;
  private readonly population: number;
  private readonly wirePool: number;

  /** `expectedCount` sizes the population of people and wire quotes, so density is alike at any scale. */
  constructor(expectedCount: number, options: StoreArticleOptions = {}) {
    this.seed = options.seed ?? 20240611;
    this.quotesPerArticle = options.quotesPerArticle ?? 10;
    this.wireShare = options.wireShare ?? 0.5;
    this.population = Math.max(40, Math.round(expectedCount / 3));
    this.wirePool = Math.max(10, Math.round(expectedCount / 8));
  }

  private wireQuote(index: number): WireQuote {
    const random = createRandom(deriveSeed(this.seed ^ 0x3e1e, index));
    return {
      sentence: sentenceOf(random, 10, 18),
      speaker: personOf(this.seed, random.integer(0, this.population - 1)),
      day: random.integer(0, SPAN_DAYS - 30),
    };
  }

  article(index: number): StoreArticle {
    const random = createRandom(deriveSeed(this.seed, index));
    const cast = Array.from({ length: random.integer(2, 4) }, () => personOf(this.seed, random.integer(0, this.population - 1)));
    const names = cast.map((person) => nameOf(person, random));
    let day = random.integer(0, SPAN_DAYS);
    const paragraphs: string[] = [];
    if (random.chance(this.wireShare)) {
      const wire = this.wireQuote(random.integer(0, this.wirePool - 1));
      day = wire.day + random.integer(0, 20);
      // Now and then the words go to someone else: a conflicting attribution.
      const speaker = random.chance(0.1) ? names[0]! : nameOf(wire.speaker, random);
      paragraphs.push(quoteParagraph(copyOf(wire.sentence, random), speaker, random));
    }
    const quotes = Math.max(1, this.quotesPerArticle + random.integer(-2, 2) - paragraphs.length);
    for (let count = 0; count < quotes; count++) {
      if (random.chance(0.3)) paragraphs.push(`${sentenceOf(random, 8, 14)}.`);
      paragraphs.push(quoteParagraph(sentenceOf(random, 6, 14), random.pick(names), random));
    }
    const published = new Date(START + day * DAY_MS).toISOString().slice(0, 10);
    return {
      id: `store-${this.seed}-${index}`,
      title: sentenceOf(random, 4, 8),
      published,
      outlet: random.pick(OUTLETS),
      text: paragraphs.join('\n\n'),
    };
  }

  *articles(count: number, from = 0): Generator<StoreArticle> {
    for (let index = from; index < from + count; index++) yield this.article(index);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const countAt = process.argv.indexOf('--count');
  const seedAt = process.argv.indexOf('--seed');
  const count = countAt === -1 ? 100 : Number(process.argv[countAt + 1]);
  const seed = seedAt === -1 ? undefined : Number(process.argv[seedAt + 1]);
  const generator = new StoreArticleGenerator(count, seed === undefined ? {} : { seed });
  let buffer = '';
  for (const article of generator.articles(count)) {
    buffer += `${JSON.stringify(article)}\n`;
    if (buffer.length > 1 << 20) {
      process.stdout.write(buffer);
      buffer = '';
    }
  }
  process.stdout.write(buffer);
}
