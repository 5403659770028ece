/**
 * Speaker labels at the start of a line: "JOE B.: ...", "Q: ...", "Dana Whitfield: ...", "SPEAKER_01: ...".
 * A label is one to six name-like words before a colon. Callers decide how much to trust a label that
 * is neither Q/A nor in capitals (see `isTrustedLabel`), because "Look: we tried" has the same shape.
 */

export interface LabelMatch {
  label: string;
  /** Offset just past the colon and the white space after it. */
  end: number;
  isQuestionAnswer: boolean;
  isAllCaps: boolean;
}

const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'der',
  'den',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'ten',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'e',
  'of',
  'st.',
]);
const MAX_LABEL_LENGTH = 48;

function isUpper(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

function isLetter(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return char.toLowerCase() !== char.toUpperCase();
}

function isWordOfName(word: string, isFirst: boolean): boolean {
  const first = word[0]!;
  if (isUpper(first)) return true;
  if (isFirst) return false;
  return PARTICLES.has(word.toLowerCase()) || (first >= '0' && first <= '9');
}

/** Characters a name label may contain besides letters and digits. */
function isLabelPunctuation(char: string): boolean {
  return char === '.' || char === "'" || char === '\u2019' || char === '-' || char === '_' || char === ' ' || char === '(' || char === ')';
}

/** Reads a "NAME:" label starting at `from` (leading white space skipped). */
export function readLabel(line: string, from = 0): LabelMatch | null {
  let start = from;
  while (start < line.length && (line[start] === ' ' || line[start] === '\t')) start++;
  const firstColon = line.indexOf(':', start);
  if (firstColon === -1 || firstColon - start > MAX_LABEL_LENGTH) return null;
  let colon = -1;
  for (let index = start; index < line.length && index - start <= MAX_LABEL_LENGTH; index++) {
    const char = line[index]!;
    if (char === ':') {
      colon = index;
      break;
    }
    if (!isLetter(char) && !(char >= '0' && char <= '9') && !isLabelPunctuation(char)) return null;
  }
  if (colon <= start) return null;
  const after = line[colon + 1];
  if (after !== undefined && after !== ' ' && after !== '\t' && after !== '\u00a0') return null;
  const label = line.slice(start, colon).trim();
  const words = label.split(' ').filter((word) => word.length > 0);
  if (words.length === 0 || words.length > 6) return null;
  if (!words.every((word, index) => isWordOfName(word, index === 0))) return null;
  let end = colon + 1;
  while (end < line.length && (line[end] === ' ' || line[end] === '\t' || line[end] === '\u00a0')) end++;
  const letters = label.replace(/[^\p{L}]/gu, '');
  return {
    label,
    end,
    isQuestionAnswer: label === 'Q' || label === 'A',
    isAllCaps: letters.length >= 2 && letters === letters.toUpperCase(),
  };
}

/** Counts label candidates by text, so a label seen on several lines can be trusted. */
export function countLabels(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const match = readLabel(text);
    if (match !== null) counts.set(match.label, (counts.get(match.label) ?? 0) + 1);
  }
  return counts;
}

/** A label is trusted when it is Q/A, in capitals, used at least twice, or named in a header. */
export function isTrustedLabel(match: LabelMatch, counts: ReadonlyMap<string, number>, known: ReadonlySet<string>): boolean {
  return match.isQuestionAnswer || match.isAllCaps || (counts.get(match.label) ?? 0) >= 2 || known.has(match.label);
}
