/**
 * Word normalization for comparing an article's quote with a transcript. Both sides are tokenized the
 * same way, so the comparison ignores case, punctuation, filler words ("um", "you know,"), false
 * starts ("th- the"), the spelling of numbers ("10", "ten"; "1,000", "a thousand"; "10%", "ten per
 * cent"; "$5", "five dollars"), contractions ("don't" = "do not"; "'d" stands for would/had/did) and
 * hyphenation ("well-known" = "well known"). Article mode also reads the editor's marks: an ellipsis
 * ("...", "…", "[…]") and square-bracketed words. Transcript mode drops bracketed sound notes
 * ("[laughs]", "(inaudible)"). Every token keeps the range of the raw words it came from.
 */
import { FILLERS, ORDINALS, PHRASE_FILLERS, REWRITES, S_CONTRACTION_HOSTS, SCALES, UNITS } from './lexicon.js';

/** What stands before a token in an article quote. */
export type Marker = 'none' | 'elision' | 'gap';

export interface WordToken {
  norm: string;
  /** Range of the raw word(s) in the tokenized text. */
  start: number;
  end: number;
  marker: Marker;
  /** Article: the word is inside square brackets (the editor's words, not the speaker's). */
  isBracketed: boolean;
  /** Transcript: the same word as the one before ("we we need"), free to drop. */
  isRepeat: boolean;
}

export interface TokenizeResult {
  tokens: WordToken[];
  /** Article: the text ends with an elision mark. */
  hasTrailingMarker: boolean;
}

type Mode = 'article' | 'transcript';

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordCode(code: number, text: string, index: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code === 0x2019 || code === 0x2018 || code === 0x2010 || code === 0x2011 || code === 0x2026) return false;
  return WORD_CHAR.test(text[index]!);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2bc || code === 0x2018;
}

function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

const CURRENCY: Readonly<Record<string, string>> = { $: 'dollars', '£': 'pounds', '€': 'euros' };

interface RawToken extends WordToken {
  norm: string;
  start: number;
  end: number;
  marker: Marker;
  isBracketed: boolean;
  isFalseStart: boolean;
  /** Punctuation (not a space) right after the raw word. */
  hasPunctuationAfter: boolean;
  currency?: string;
}

const rewriteCache = new Map<string, readonly string[]>();

/** One raw word (lower-cased, apostrophes straightened, hyphen-free) -> normalized tokens. */
function normalizePart(part: string): readonly string[] {
  if (part.length === 0) return [];
  const rewrite = REWRITES[part];
  if (rewrite !== undefined) return rewrite;
  const first = part.charCodeAt(0);
  if (isDigitCode(first)) {
    const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(part);
    if (ordinal !== null) return [`${Number(ordinal[1])}#o`];
    const plain = part.replaceAll(',', '');
    return [/^\d+(?:\.\d+)?$/.test(plain) ? String(Number(plain)) : plain];
  }
  // Dotted abbreviations: "u.s" -> "us", "o.k" -> "okay".
  if (part.includes('.')) {
    const joined = part.replaceAll('.', '');
    return REWRITES[joined] ?? [joined];
  }
  const apostrophe = part.indexOf("'");
  if (apostrophe > 0) {
    const head = part.slice(0, apostrophe);
    const tail = part.slice(apostrophe);
    if (tail === "'t" && head.endsWith('n')) return [...normalizePart(head.slice(0, -1)), 'not'];
    if (tail === "'m") return [head, 'am'];
    if (tail === "'re") return [head, 'are'];
    if (tail === "'ve") return [head, 'have'];
    if (tail === "'ll") return [head, 'will'];
    if (tail === "'d") return [head, "'d"];
    if (tail === "'s" && S_CONTRACTION_HOSTS.has(head)) return [head, "'s"];
    if (tail === "'") return [head];
  }
  // Dropped g: "goin'" was cut to "goin" by the scanner's apostrophe handling.
  return [part];
}

function normalizeRaw(raw: string): readonly string[] {
  const cached = rewriteCache.get(raw);
  if (cached !== undefined) return cached;
  let lower = raw.toLowerCase();
  if (lower.includes('\u2019') || lower.includes('\u2018') || lower.includes('\u02bc')) lower = lower.replace(/[\u2019\u2018\u02bc]/g, "'");
  let result: string[];
  const whole = REWRITES[lower];
  if (whole !== undefined) result = [...whole];
  else if (lower.endsWith("in'") && lower.length > 4) result = [lower.slice(0, -1) + 'g'];
  else {
    const parts = lower.split(/[-\u2010\u2011]/);
    // Number ranges ("2019-2020") and compounds split the same way: one token per part.
    result = parts.flatMap((part) => normalizePart(part));
  }
  if (rewriteCache.size > 50_000) rewriteCache.clear();
  rewriteCache.set(raw, result);
  return result;
}

/** Finds the end of a raw word starting at `start`: word characters joined by apostrophes, hyphens, inner periods, digit commas. */
function scanWord(text: string, start: number, to: number): number {
  let index = start;
  while (index < to) {
    const code = text.charCodeAt(index);
    if (isWordCode(code, text, index)) {
      index++;
      continue;
    }
    const next = index + 1 < to ? text.charCodeAt(index + 1) : -1;
    const previous = text.charCodeAt(index - 1);
    const isJoiner =
      ((isApostrophe(code) || isHyphen(code)) && next !== -1 && isWordCode(next, text, index + 1)) ||
      (code === 46 &&
        next !== -1 &&
        isWordCode(next, text, index + 1) &&
        isWordCode(previous, text, index - 1) &&
        isDigitCode(next) === isDigitCode(previous)) ||
      (code === 44 &&
        isDigitCode(previous) &&
        isDigitCode(next) &&
        isDigitCode(index + 2 < to ? text.charCodeAt(index + 2) : -1) &&
        isDigitCode(index + 3 < to ? text.charCodeAt(index + 3) : -1));
    if (!isJoiner) break;
    index++;
  }
  return index;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

/** Reads ". . ." or "..." or "…" at `index`; returns the index after it, or -1. */
function readEllipsis(text: string, index: number, to: number): number {
  if (text.charCodeAt(index) === 0x2026) return index + 1;
  if (text.startsWith('...', index)) {
    let end = index + 3;
    while (end < to && text.charCodeAt(end) === 46) end++;
    return end;
  }
  if (text.startsWith('. . .', index)) return index + 5;
  return -1;
}

function closingIndex(text: string, open: number, to: number, close: string, limit: number): number {
  const end = text.indexOf(close, open + 1);
  return end === -1 || end >= to || end - open > limit ? -1 : end;
}

function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const isWord = isWordCode(text.charCodeAt(index), text, index);
    if (isWord && !inWord) count++;
    inWord = isWord;
  }
  return count;
}

function scanRaw(
  text: string,
  from: number,
  to: number,
  mode: Mode,
  isBracketed: boolean,
  raws: RawToken[],
  state: { marker: Marker },
): void {
  let index = from;
  while (index < to) {
    const code = text.charCodeAt(index);
    // Spaces are most of what is not a word: skip them before any other test.
    if (code === 32 || code === 10) {
      index++;
      continue;
    }
    const isWord = isWordCode(code, text, index);
    let currency: string | undefined;
    let isLeadingApostrophe = false;
    if (!isWord) {
      const next = index + 1 < to ? text.charCodeAt(index + 1) : -1;
      currency = isDigitCode(next) ? CURRENCY[text[index]!] : undefined;
      isLeadingApostrophe =
        isApostrophe(code) &&
        next !== -1 &&
        isWordCode(next, text, index + 1) &&
        (index === from || !isWordCode(text.charCodeAt(index - 1), text, index - 1));
    }
    if (isWord || currency !== undefined || isLeadingApostrophe) {
      const wordStart = currency !== undefined ? index + 1 : index;
      let end = scanWord(text, wordStart + (isLeadingApostrophe ? 1 : 0), to);
      let raw = text.slice(wordStart, end);
      // Keep "'cause", "'em", "'til"; other leading apostrophes are quotation marks.
      if (isLeadingApostrophe && REWRITES[raw.toLowerCase().replace(/^[\u2019\u2018]/, "'")] === undefined) raw = raw.slice(1);
      // "goin'" -> "going": an apostrophe after "in" that ends the word.
      if (
        end < to &&
        isApostrophe(text.charCodeAt(end)) &&
        /in$/i.test(raw) &&
        !(end + 1 < to && isWordCode(text.charCodeAt(end + 1), text, end + 1)) &&
        raw.length > 3
      ) {
        raw += "'";
        end++;
      }
      const after = end < to ? text.charCodeAt(end) : -1;
      const afterNext = end + 1 < to ? text.charCodeAt(end + 1) : -1;
      const isFalseStart = mode === 'transcript' && isHyphen(after) && (afterNext === -1 || isSpaceCode(afterNext));
      const hasPunctuationAfter = after !== -1 && !isSpaceCode(after);
      const norms = normalizeRaw(raw);
      for (let position = 0; position < norms.length; position++) {
        const raw: RawToken = {
          norm: norms[position]!,
          start: index,
          end,
          marker: position === 0 ? state.marker : 'none',
          isBracketed,
          isRepeat: false,
          isFalseStart,
          hasPunctuationAfter: hasPunctuationAfter && position === norms.length - 1,
        };
        if (currency !== undefined && position === 0) raw.currency = currency;
        raws.push(raw);
        if (position === 0) state.marker = 'none';
      }
      if (after === 37 /* % */) {
        raws.push({
          norm: 'percent',
          start: index,
          end: end + 1,
          marker: 'none',
          isBracketed,
          isRepeat: false,
          isFalseStart: false,
          hasPunctuationAfter: false,
        });
        end++;
      }
      index = end;
      continue;
    }
    if (mode === 'article') {
      const ellipsisEnd = readEllipsis(text, index, to);
      if (ellipsisEnd !== -1) {
        state.marker = 'elision';
        index = ellipsisEnd;
        continue;
      }
    }
    if (code === 91 /* [ */ || code === 40 /* ( */) {
      const close = closingIndex(text, index, to, code === 91 ? ']' : ')', 200);
      if (close !== -1) {
        const inner = text.slice(index + 1, close).trim();
        if (mode === 'article' && (inner === '...' || inner === '\u2026' || inner === '. . .')) {
          state.marker = 'elision';
          index = close + 1;
          continue;
        }
        if (mode === 'article' && code === 91) {
          // The editor's words replace or clarify the speaker's: a marked change.
          state.marker = 'elision';
          scanRaw(text, index + 1, close, mode, true, raws, state);
          state.marker = 'elision';
          index = close + 1;
          continue;
        }
        if (mode === 'transcript' && (code === 91 || countWords(inner) <= 4)) {
          // Sound notes ("[laughs]", "(inaudible)") are not speech.
          index = close + 1;
          continue;
        }
      }
    }
    index++;
  }
}

/** Merges spelled and written numbers into one canonical token ("twenty-five", "25" -> "25"). */
function mergeNumbers(raws: RawToken[]): RawToken[] {
  const out: RawToken[] = [];
  let index = 0;
  while (index < raws.length) {
    const token = raws[index]!;
    if (token.norm === 'per' && raws[index + 1]?.norm === 'cent') {
      out.push({ ...token, norm: 'percent', end: raws[index + 1]!.end });
      index += 2;
      continue;
    }
    const run = NUMBER_STARTS.has(token.norm) || isDigitCode(token.norm.charCodeAt(0)) ? readNumberRun(raws, index) : null;
    if (run === null) {
      out.push(token);
      index++;
      continue;
    }
    const last = raws[run.end - 1]!;
    out.push({ ...token, norm: run.value, end: last.end, hasPunctuationAfter: last.hasPunctuationAfter });
    const currency = raws.slice(index, run.end).find((raw) => raw.currency !== undefined)?.currency;
    if (currency !== undefined) out.push({ ...last, norm: currency, marker: 'none', start: token.start });
    index = run.end;
  }
  return out;
}

const NUMBER_STARTS: ReadonlySet<string> = new Set(['a', ...Object.keys(UNITS), ...Object.keys(SCALES), ...Object.keys(ORDINALS)]);

function isDigits(norm: string): boolean {
  return /^\d+(?:\.\d+)?$/.test(norm);
}

function smallValue(norm: string | undefined): number | undefined {
  return norm === undefined ? undefined : UNITS[norm];
}

function canAdd(current: number, small: number): boolean {
  if (current === 0) return true;
  if (current % 100 === 0) return small < 100;
  return current % 10 === 0 && current % 100 >= 20 && small < 10;
}

function readNumberRun(raws: readonly RawToken[], start: number): { value: string; end: number } | null {
  let total = 0;
  let current = 0;
  let any = false;
  let last: 'digits' | 'small' | 'scale' | 'none' = 'none';
  let index = start;
  let suffix = '';
  /** Non-empty once the number has a decimal part: no more words may be added to it. */
  let decimal = '';
  for (; index < raws.length; index++) {
    const norm = raws[index]!.norm;
    // A marker inside a run ("twenty … five") ends it.
    if (index > start && raws[index]!.marker !== 'none') break;
    if (isDigits(norm)) {
      if (any) break;
      if (norm.includes('.')) decimal = norm;
      current = Number(norm);
      any = true;
      last = 'digits';
      continue;
    }
    if (norm === 'a' && !any && SCALES[raws[index + 1]?.norm ?? ''] !== undefined) {
      current = 1;
      any = true;
      last = 'small';
      continue;
    }
    const small = UNITS[norm];
    if (small !== undefined) {
      if (!any) current = small;
      else if (last === 'digits') break;
      else if (last === 'small' && total === 0 && current >= 10 && current < 100 && small >= 10 && !canAdd(current, small))
        current = current * 100 + small;
      else if (canAdd(current, small)) current += small;
      else break;
      any = true;
      last = 'small';
      continue;
    }
    const scale = SCALES[norm];
    if (scale !== undefined && !(last === 'digits' && decimal !== '' && scale === 100)) {
      if (!any) current = 1;
      any = true;
      if (scale === 100) {
        if (current >= 100 || current === 0) break;
        current *= 100;
      } else {
        total += (current === 0 ? 1 : current) * scale;
        current = 0;
      }
      last = 'scale';
      continue;
    }
    if (
      norm === 'and' &&
      any &&
      last === 'scale' &&
      (smallValue(raws[index + 1]?.norm) !== undefined || isDigits(raws[index + 1]?.norm ?? ''))
    )
      continue;
    if (norm === 'point' && any && last !== 'scale' && Number.isInteger(current) && decimal === '') {
      let digits = '';
      let scan = index + 1;
      while (scan < raws.length && (UNITS[raws[scan]!.norm] ?? 10) < 10) digits += String(UNITS[raws[scan++]!.norm]);
      if (digits.length === 0) break;
      // "four point two million": the decimal joins the number and a scale may follow.
      decimal = digits;
      current = Number(`${current}.${digits}`);
      index = scan - 1;
      last = 'digits';
      continue;
    }
    const ordinal = ORDINALS[norm];
    if (ordinal !== undefined && (!any || (last !== 'digits' && canAdd(current, ordinal)))) {
      current = any ? (ordinal >= 100 ? current * ordinal : current + ordinal) : ordinal;
      any = true;
      suffix = '#o';
      index++;
      break;
    }
    break;
  }
  if (!any) return null;
  // Rounding keeps 4.2 x 1e6 from printing as 4200000.000000001.
  const value = Math.round((total + current) * 1e6) / 1e6;
  return { value: String(value) + suffix, end: index };
}

/** Tokenizes `text[from, to)`; offsets in the result index into `text`. */
export function tokenizeWords(text: string, mode: Mode, from = 0, to = text.length): TokenizeResult {
  const raws: RawToken[] = [];
  const state = { marker: 'none' as Marker };
  scanRaw(text, from, to, mode, false, raws, state);
  const hasTrailingMarker = state.marker !== 'none';
  const kept: RawToken[] = [];
  for (let index = 0; index < raws.length; index++) {
    const token = raws[index]!;
    if (token.isFalseStart || FILLERS.has(token.norm)) {
      // A dropped word passes its marker on.
      if (token.marker !== 'none' && raws[index + 1] !== undefined && raws[index + 1]!.marker === 'none')
        raws[index + 1]!.marker = token.marker;
      continue;
    }
    const next = raws[index + 1];
    if (
      next !== undefined &&
      next.hasPunctuationAfter &&
      PHRASE_FILLERS.some(([a, b]) => token.norm === a && next.norm === b) &&
      (index === 0 || raws[index - 1]!.hasPunctuationAfter)
    ) {
      index++;
      continue;
    }
    kept.push(token);
  }
  const tokens = mergeNumbers(kept);
  if (mode === 'transcript')
    for (let index = 1; index < tokens.length; index++) tokens[index]!.isRepeat = tokens[index - 1]!.norm === tokens[index]!.norm;
  return { tokens, hasTrailingMarker };
}
