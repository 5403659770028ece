/**
 * Character classes for the hand-written scanners. ASCII is answered from a table; other code
 * units are classified once with a Unicode property test and cached, so scanning stays O(1) per char.
 */

export const enum CharClass {
  Other = 0,
  Letter = 1,
  Digit = 2,
  Space = 3,
  Newline = 4,
  Punctuation = 5,
  Mark = 6,
}

const cache = new Uint8Array(65536).fill(255);
const letterPattern = /\p{L}/u;
const markPattern = /\p{M}/u;
const digitPattern = /\p{Nd}/u;
const spacePattern = /\p{Zs}/u;
const punctuationPattern = /\p{P}/u;

function classifySlow(code: number): CharClass {
  if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85) return CharClass.Newline;
  // control characters (tabs, NUL ...), zero-width and bidi format characters separate words like spaces do
  if (
    code < 32 ||
    code === 127 ||
    code === 0xfeff ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  ) {
    return CharClass.Space;
  }
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.Other;
  const char = String.fromCharCode(code);
  if (letterPattern.test(char)) return CharClass.Letter;
  if (markPattern.test(char)) return CharClass.Mark;
  if (digitPattern.test(char)) return CharClass.Digit;
  if (spacePattern.test(char)) return CharClass.Space;
  if (punctuationPattern.test(char)) return CharClass.Punctuation;
  return CharClass.Other;
}

export function charClass(code: number): CharClass {
  // charCodeAt past either end of a string gives NaN. Answered before the table: one NaN key would get
  // the table read recompiled for any number, which made every later call about 4x slower.
  if (!(code >= 0)) return CharClass.Other;
  const cached = cache[code]!;
  if (cached !== 255) return cached as CharClass;
  const computed = classifySlow(code);
  cache[code] = computed;
  return computed;
}

export function isSpace(code: number): boolean {
  const kind = charClass(code);
  return kind === CharClass.Space || kind === CharClass.Newline;
}

export function isLetter(code: number): boolean {
  return charClass(code) === CharClass.Letter;
}

export function isWordChar(code: number): boolean {
  const kind = charClass(code);
  return kind === CharClass.Letter || kind === CharClass.Digit || kind === CharClass.Mark;
}

export function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  const char = String.fromCharCode(code);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

export function isLower(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  const char = String.fromCharCode(code);
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Apostrophe-like characters that may sit inside a word (don't, O’Brien). */
export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

/** Dashes used as clause punctuation (not hyphens inside words). */
export function isDash(code: number): boolean {
  return code === 0x2014 || code === 0x2013 || code === 0x2012 || code === 0x2015;
}
