/**
 * A long synthetic interview (WebVTT with voice tags) and quotes taken from it, deterministic for a
 * seed. Words follow a Zipf-like distribution over function words and invented content words, so
 * common bigrams are as common as in speech and the index is tested on realistic posting lists.
 */
import { createRandom, type Random } from '../corpus/random.js';

const FUNCTION = (
  'the and to of a in that it is was i you we they he she for on with as have be at this but not are ' +
  'so what there all were by one about if just do can would my our your their out up when like no them ' +
  'said more had been from because then very really think know people going get well now who which'
).split(' ');

const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'tin',
  'sa',
  'bel',
  'dor',
  'fi',
  'gran',
  'hol',
  'ith',
  'jur',
  'ven',
  'pra',
  'quil',
  'ros',
  'tam',
  'ul',
  'wex',
  'zan',
];

export interface GeneratedQuote {
  text: string;
  expected: 'exact' | 'elided' | 'altered' | 'absent';
}

export interface GeneratedInterview {
  vtt: string;
  words: number;
  durationMs: number;
  quotes: GeneratedQuote[];
}

function contentWords(random: Random, count: number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    let word = '';
    const syllables = random.integer(2, 3);
    for (let index = 0; index < syllables; index++) word += random.pick(SYLLABLES);
    words.add(word);
  }
  return [...words];
}

/** Zipf-like pick: index ~ floor(n^u) favours the head of the list. */
function zipf(random: Random, items: readonly string[]): string {
  const index = Math.floor(Math.pow(items.length, random.next())) - 1;
  return items[Math.max(0, Math.min(items.length - 1, index))]!;
}

function sentence(random: Random, content: readonly string[]): string[] {
  const length = random.integer(6, 18);
  const words: string[] = [];
  for (let index = 0; index < length; index++) words.push(random.chance(0.5) ? zipf(random, FUNCTION) : zipf(random, content));
  return words;
}

function clock(ms: number): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

export function generateInterview(seed: number, targetWords = 100_000, quoteCount = 100): GeneratedInterview {
  const random = createRandom(seed);
  const content = contentWords(random, 6000);
  const lines = ['WEBVTT', ''];
  const answers: string[][] = [];
  let words = 0;
  let ms = 0;
  while (words < targetWords) {
    const question = sentence(random, content);
    const answer: string[] = [];
    const sentences = random.integer(3, 12);
    for (let index = 0; index < sentences; index++) answer.push(...sentence(random, content));
    answers.push(answer);
    for (const [speaker, turn] of [
      ['INTERVIEWER', question],
      ['SUBJECT', answer],
    ] as const) {
      for (let index = 0; index < turn.length; index += 10) {
        const cue = turn.slice(index, index + 10);
        // About 2.5 words a second, as in conversation.
        const duration = cue.length * 400;
        const spoken = cue.map((word, position) => (position > 0 && random.chance(0.02) ? `um, ${word}` : word)).join(' ');
        lines.push(`${clock(ms)} --> ${clock(ms + duration)}`, `<v ${speaker}>${spoken}`, '');
        ms += duration;
        words += cue.length;
      }
    }
  }
  const quotes: GeneratedQuote[] = [];
  const kinds: GeneratedQuote['expected'][] = [
    'exact',
    'exact',
    'exact',
    'exact',
    'elided',
    'elided',
    'altered',
    'altered',
    'altered',
    'absent',
  ];
  for (let index = 0; index < quoteCount; index++) {
    const expected = kinds[index % kinds.length]!;
    const answer = random.pick(answers.filter((candidate) => candidate.length >= 40));
    const length = random.integer(8, 20);
    const start = random.integer(0, answer.length - length - 20);
    const span = answer.slice(start, start + length);
    let text: string;
    if (expected === 'exact') text = span.join(' ');
    else if (expected === 'elided') {
      const skip = random.integer(2, 10);
      text = `${span.join(' ')} \u2026 ${answer.slice(start + length + skip, start + length + skip + 6).join(' ')}`;
    } else if (expected === 'altered') {
      const changed = [...span];
      const position = random.integer(1, changed.length - 2);
      const word = changed[position]!;
      // A typo: two letters swapped, or a letter doubled for short words.
      changed[position] = word.length > 3 ? word.slice(0, 1) + word[2] + word[1] + word.slice(3) : word + word.slice(-1);
      text = changed.join(' ');
    } else text = sentence(random, contentWords(random, 50)).join(' ');
    quotes.push({ text: text[0]!.toUpperCase() + text.slice(1), expected });
  }
  return { vtt: lines.join('\n'), words, durationMs: ms, quotes };
}
