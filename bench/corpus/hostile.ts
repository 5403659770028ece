/**
 * Hostile inputs for the pump suites: long runs built to make a backtracking regex or a quadratic
 * scan show itself. Each builder makes a string of exactly `length` UTF-16 code units (or one less, when
 * an astral character would not fit), deterministic from the seed.
 */
import { generateArticle } from './generate.js';
import { createRandom } from './random.js';

/** A pump: `prefix + unit * n + suffix`, with n chosen to reach the length. */
export interface PumpSpec {
  name: string;
  prefix?: string;
  unit: string;
  suffix?: string;
}

export interface HostileText {
  name: string;
  build(length: number, seed: number): string;
}

export function pumpToLength(spec: PumpSpec, length: number): string {
  const prefix = spec.prefix ?? '';
  const suffix = spec.suffix ?? '';
  const room = Math.max(0, length - prefix.length - suffix.length);
  const unit = spec.unit.length === 0 ? ' ' : spec.unit;
  const body = unit.repeat(Math.ceil(room / unit.length)).slice(0, room);
  return avoidSplitPair(prefix + body) + suffix;
}

/** Cutting a run of astral characters can leave a lone high surrogate at the end; drop it. */
function avoidSplitPair(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

const QUOTE_MARKS = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '‹', '›', '‚', '「', '」'];

/** Random code points over the whole range, lone surrogates and controls included. */
export function randomUnicode(length: number, seed: number): string {
  const random = createRandom(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const kind = random.next();
    let piece: string;
    if (kind < 0.3) piece = String.fromCharCode(random.integer(0x20, 0x7e));
    else if (kind < 0.4) piece = random.pick(QUOTE_MARKS);
    else if (kind < 0.45) piece = random.pick([' ', '\n', '\n\n', '\t', '\r\n', '\u00a0', '\u2028', '\u0000']);
    else if (kind < 0.5) piece = String.fromCharCode(random.integer(0xd800, 0xdfff));
    else if (kind < 0.7) piece = String.fromCodePoint(random.integer(0x10000, 0x10ffff));
    else piece = String.fromCharCode(random.integer(0x80, 0xffff));
    if (size + piece.length > length) piece = ' ';
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('');
}

/** Realistic article text with every line break replaced by a space: one huge paragraph and line. */
export function hugeLine(length: number, seed: number): string {
  let text = '';
  for (let index = 0; text.length < length; index++) {
    text += generateArticle(seed, index).text.replace(/[\r\n]+/g, ' ') + ' ';
  }
  return avoidSplitPair(text.slice(0, length));
}

/**
 * An introduction naming people, then a Q&A of as many characters: the label sieve once re-read the
 * introduction's mentions for every answer (0.54 MB took 1.9 s).
 */
export function interviewAfterLongIntroduction(length: number): string {
  const half = Math.floor(length / 2);
  const introduction = pumpToLength({ name: 'introduction', unit: 'Ana Ruiz met Tom Berg on the pier. ' }, half);
  return introduction + pumpToLength({ name: 'Q&A', unit: '\n\nQ: What happened at the port?\n\nA: We worked all day.' }, length - half);
}

const repeated = (name: string, unit: string, prefix?: string): HostileText => ({
  name,
  build: (length) => pumpToLength({ name, unit, ...(prefix === undefined ? {} : { prefix }) }, length),
});

/** Whole-article inputs for pumping `extract`. */
export const HOSTILE_ARTICLES: readonly HostileText[] = [
  {
    name: 'only quote marks',
    build: (length, seed) => {
      const random = createRandom(seed);
      return Array.from({ length }, () => random.pick(QUOTE_MARKS)).join('');
    },
  },
  repeated('unbalanced opens “', '“'),
  repeated('unbalanced opens “word ', '“word '),
  repeated('nested opens “‘«„', '“‘«„'),
  repeated('"a" repeated', '"a" '),
  repeated('“a,” she said. repeated', '“a,” she said. '),
  repeated('closing marks ” and ’', '”’ '),
  repeated('said repeated', 'said '),
  repeated('Sen. Ana Ruiz said, repeated', 'Sen. Ana Ruiz said, '),
  // every quotation introduced by a colon: the colon-intro sieve once scanned all mentions per quotation
  repeated('colon-introduced quotations', 'Ana Ruiz put it plainly:\n\n“We sail.”\n\n'),
  // a long transcript of "NAME: text" lines: the label sieve once searched the mentions from the first
  repeated('NAME: text transcript lines', 'ANA RUIZ: We sail at six.\n\n'),
  { name: 'Q&A after a long introduction', build: interviewAfterLongIntroduction },
  // one sentence of reports nested in each other's content: chains once followed every outer report
  repeated('one sentence of nested reports', ', and Pike noted, saying it was late', 'Ana Ruiz left the port'),
  // participles in one sentence: each one's subject clause once searched back to the sentence's start
  repeated('one sentence of coordinated participles', ' and said, saying so', 'Ana Ruiz left the port'),
  repeated('capitalized words', 'Ana Ruiz Belk '),
  repeated('abbreviations U.S. Sen. Dr.', 'U.S. Sen. Dr. '),
  repeated('newlines only', '\n'),
  repeated('one-word paragraphs (no period, no mark)', 'word\n\n'),
  repeated('spaces only', ' '),
  { name: 'one huge line (article text, no newline)', build: hugeLine },
  { name: 'random Unicode', build: randomUnicode },
];

/** Characters a regex source names literally, with class escapes turned into a sample character. */
export function literalCharacters(source: string): string[] {
  const found = new Set<string>();
  const classSamples: Record<string, string> = { s: ' ', S: 'a', d: '1', D: 'a', w: 'a', W: ' ', b: '', B: '', n: '\n', t: '\t', r: '\r' };
  for (let index = 0; index < source.length; index++) {
    const character = source[index]!;
    if (character === '\\') {
      const next = source[index + 1];
      index++;
      if (next === undefined) break;
      if (next === 'p' || next === 'P') {
        const close = source.indexOf('}', index);
        const property = source.slice(index + 2, close);
        found.add(
          next === 'P'
            ? ' '
            : property.startsWith('Lu')
              ? 'A'
              : property.startsWith('N')
                ? '7'
                : property.startsWith('Z')
                  ? ' '
                  : property.startsWith('P')
                    ? ','
                    : 'a',
        );
        if (close !== -1) index = close;
      } else if (next === 'u' && source[index + 1] === '{') {
        const close = source.indexOf('}', index);
        const code = Number.parseInt(source.slice(index + 2, close), 16);
        if (Number.isFinite(code) && code <= 0x10ffff) found.add(String.fromCodePoint(code));
        if (close !== -1) index = close;
      } else if (next === 'u' || next === 'x') {
        const digits = next === 'u' ? 4 : 2;
        const code = Number.parseInt(source.slice(index + 1, index + 1 + digits), 16);
        if (Number.isFinite(code)) found.add(String.fromCharCode(code));
        index += digits;
      } else if (next in classSamples) {
        if (classSamples[next] !== '') found.add(classSamples[next]!);
      } else found.add(next);
    } else if (!'^$.|?*+()[]{}-'.includes(character)) {
      found.add(character);
    }
  }
  return [...found];
}

/** Generic pumps for one regex, on top of recheck's own attack string. */
export function regexPumps(source: string): PumpSpec[] {
  const literals = literalCharacters(source);
  const pumps: PumpSpec[] = [];
  if (literals.length > 0) {
    pumps.push({ name: 'its literal characters', unit: literals.join(''), suffix: '\u0000' });
    for (const character of literals.slice(0, 4))
      pumps.push({ name: `run of ${JSON.stringify(character)}`, unit: character, suffix: '\u0000' });
  }
  pumps.push(
    { name: 'spaces', unit: ' ', suffix: '\u0000' },
    { name: 'white space mix', unit: ' \t\n\u00a0', suffix: '\u0000' },
    { name: 'quote marks', unit: '“”"\'‘’«»„', suffix: '\u0000' },
    { name: 'alternating quote/letter', unit: '"a', suffix: '\u0000' },
    { name: 'letters', unit: 'a', suffix: '\u0000' },
    { name: 'capitalized words', unit: 'Ana ', suffix: '\u0000' },
    { name: '"a" repeated', unit: '"a" ' },
    { name: 'said repeated', unit: 'said ', suffix: '"' },
    { name: 'abbreviations', unit: 'Sen. U.S. ' },
    { name: 'digits and separators', unit: '1,2.', suffix: 'x' },
  );
  return pumps;
}
