/**
 * Interview headers that say who the labels are: "Interviewer: Dana Whitfield", "Q = Dana Whitfield",
 * "Speakers: JOE B. (Joe Berlinger), DANA W. (Dana Whitfield, interviewer)", "JOE B. = Joe Berlinger".
 * Used for the preamble of plain-text transcripts and for WebVTT NOTE blocks.
 */
import type { SpeakerDirectory } from './types.js';

const INTERVIEWER_KEYS = new Set(['interviewer', 'reporter', 'host', 'moderator', 'q', 'question', 'questions', 'interviewed by']);
const INTERVIEWEE_KEYS = new Set(['interviewee', 'subject', 'guest', 'respondent', 'a', 'answer', 'answers', 'narrator']);
const LIST_KEYS = new Set(['speakers', 'participants', 'present', 'voices', 'key', 'speaker key']);
const FIELD_KEYS = new Set([
  'date',
  'recorded',
  'location',
  'place',
  'title',
  'topic',
  'transcribed by',
  'transcriber',
  'duration',
  'file',
  'tape',
  'recording',
  'source',
  'interview',
  'time',
  'language',
]);

export function createDirectory(): SpeakerDirectory {
  return { roles: {}, aliases: {}, fields: {} };
}

/** True when a value looks like a person's name rather than a sentence: 1-5 capitalized words, no sentence punctuation. */
export function looksLikeName(value: string): boolean {
  const words = value.trim().split(/\s+/);
  if (words.length === 0 || words.length > 5 || words[0] === '') return false;
  return words.every((word, index) => {
    const first = word[0]!;
    const isCapital = first !== first.toLowerCase();
    const isParticle = index > 0 && /^(de|da|del|van|von|der|di|la|le|al|bin)$/.test(word);
    if (!isCapital && !isParticle) return false;
    if (/[?!,;]$/.test(word)) return false;
    // A final period is fine after an initial ("B.") or a title ("Dr."), not after a whole word.
    return !(word.endsWith('.') && word.length > 4);
  });
}

/** Splits "Dana Whitfield (interviewer)" into the name and the note in parentheses. */
function nameAndNote(value: string): { name: string; note: string } {
  const open = value.indexOf('(');
  const close = value.lastIndexOf(')');
  if (open === -1 || close < open) return { name: value.trim(), note: '' };
  return { name: value.slice(0, open).trim(), note: value.slice(open + 1, close).trim() };
}

function roleOfNote(note: string): 'interviewer' | 'interviewee' | undefined {
  const lower = note.toLowerCase();
  for (const key of INTERVIEWER_KEYS) if (key.length > 1 && lower.includes(key)) return 'interviewer';
  for (const key of INTERVIEWEE_KEYS) if (key.length > 1 && lower.includes(key)) return 'interviewee';
  return undefined;
}

/** Reads one list item: "JOE B. (Joe Berlinger)", "JOE B. = Joe Berlinger", "Dana Whitfield (interviewer)". */
function addListItem(directory: SpeakerDirectory, item: string): void {
  const equals = item.search(/=|\s[\u2013\u2014-]\s/);
  if (equals !== -1) {
    const label = item.slice(0, equals).trim();
    const rest = item.slice(equals + (item[equals] === '=' ? 1 : 3)).trim();
    const { name, note } = nameAndNote(rest);
    if (label.length > 0 && looksLikeName(name)) {
      directory.aliases[label] = name;
      const role = roleOfNote(note);
      if (role !== undefined) directory.roles[role] ??= name;
    }
    return;
  }
  const { name, note } = nameAndNote(item);
  const role = roleOfNote(note);
  if (role !== undefined && looksLikeName(name)) directory.roles[role] ??= name;
  else if (note.length > 0 && looksLikeName(note)) directory.aliases[name] = note;
}

/** Splits a list at commas and semicolons that are not inside parentheses. */
function splitOutsideParentheses(value: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < value.length; index++) {
    const char = value[index];
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if ((char === ',' || char === ';') && depth === 0) {
      items.push(value.slice(start, index).trim());
      start = index + 1;
    }
  }
  items.push(value.slice(start).trim());
  return items;
}

/**
 * Reads one header line into the directory. Returns false when the line is not a header line, so the
 * caller can stop reading the preamble.
 */
export function readHeaderLine(directory: SpeakerDirectory, line: string): boolean {
  const text = line.trim();
  const separator = text.search(/[:=]/);
  if (separator <= 0) return false;
  const key = text.slice(0, separator).trim();
  const value = text.slice(separator + 1).trim();
  const lowerKey = key.toLowerCase();
  if (value.length === 0) return false;
  if (INTERVIEWER_KEYS.has(lowerKey) || INTERVIEWEE_KEYS.has(lowerKey)) {
    const { name } = nameAndNote(value);
    // "Q: What happened?" is a turn, not a header.
    if (!looksLikeName(name)) return false;
    const role = INTERVIEWER_KEYS.has(lowerKey) ? 'interviewer' : 'interviewee';
    directory.roles[role] ??= name;
    if (key.length <= 2 || key === key.toUpperCase()) directory.aliases[key] = name;
    return true;
  }
  if (LIST_KEYS.has(lowerKey)) {
    for (const item of splitOutsideParentheses(value)) if (item.length > 0) addListItem(directory, item);
    return true;
  }
  if (FIELD_KEYS.has(lowerKey)) {
    directory.fields[lowerKey] = value;
    return true;
  }
  if (text[separator] === '=') {
    addListItem(directory, text);
    return true;
  }
  return false;
}

/** The full name behind a label: an explicit alias, else Q/A through the interviewer/interviewee roles. */
export function resolveLabel(
  directory: SpeakerDirectory,
  label: string,
  isInterviewStyle: boolean,
): { name?: string; role?: 'interviewer' | 'interviewee' } {
  const alias = directory.aliases[label];
  const upper =
    isInterviewStyle || directory.roles.interviewer !== undefined || directory.roles.interviewee !== undefined ? label.toUpperCase() : '';
  const role =
    upper === 'Q' || upper === 'INTERVIEWER' || (directory.roles.interviewer !== undefined && alias === directory.roles.interviewer)
      ? 'interviewer'
      : upper === 'A' || upper === 'INTERVIEWEE' || (directory.roles.interviewee !== undefined && alias === directory.roles.interviewee)
        ? 'interviewee'
        : undefined;
  const name = alias ?? (role === undefined ? undefined : directory.roles[role]);
  return { ...(name === undefined ? {} : { name }), ...(role === undefined ? {} : { role }) };
}
