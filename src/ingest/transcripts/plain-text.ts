/**
 * Plain-text interview transcripts -> utterances: "NAME: text" turns (names in capitals or as
 * written, "Q:"/"A:" and "Q."/"A."), continuation lines, and clock times written inline as
 * "[00:12:31]" or "(00:12:31)" or at a line start as "00:12:31". A preamble before the first turn
 * may name the speakers ("Interviewer: Dana Whitfield", "Speakers: JOE B. (Joe Berlinger)").
 * A turn's end time is the next time the file gives. Limits: a one-off capitalized word before a
 * colon ("Look: we tried") is text, not a speaker, unless written in capitals.
 */
import { isBlank, splitLines, type SourceLine } from './lines.js';
import { createDirectory, readHeaderLine } from './speaker-directory.js';
import { isTrustedLabel, readLabel, type LabelMatch } from './speaker-labels.js';
import { looksLikeClock, parseClock } from './timestamps.js';
import type { FormatParseResult, TranscriptMessage, Utterance } from './types.js';

interface ClockToken {
  /** Offsets in the line of the whole token, brackets included. */
  start: number;
  end: number;
  ms?: number;
}

/** Reads "[clock]" or "(clock)" at `from`; reports a malformed clock and still returns its extent. */
function readBracketClock(line: SourceLine, from: number, messages: TranscriptMessage[] | null): ClockToken | null {
  const open = line.text[from];
  const closeChar = open === '[' ? ']' : open === '(' ? ')' : undefined;
  if (closeChar === undefined) return null;
  const close = line.text.indexOf(closeChar, from + 1);
  if (close === -1 || close - from > 18) return null;
  const content = line.text.slice(from + 1, close).trim();
  if (!looksLikeClock(content)) return null;
  const parsed = parseClock(content);
  if ('error' in parsed) {
    messages?.push({
      ruleId: 'transcripts/malformed-timestamp',
      severity: 'error',
      reason: parsed.error,
      line: line.number,
      column: from + 1,
    });
    return { start: from, end: close + 1 };
  }
  return { start: from, end: close + 1, ms: parsed.ms };
}

/** Reads a bare clock ("00:12:31", "12:31.5") at `from` when white space or a dash follows it. */
function readBareClock(line: SourceLine, from: number, messages: TranscriptMessage[] | null): ClockToken | null {
  let end = from;
  while (end < line.text.length && /[0-9:.,]/.test(line.text[end]!)) end++;
  const content = line.text.slice(from, end).replace(/[.,]$/, '');
  if (!looksLikeClock(content) || (end < line.text.length && !/[ \t\u2013\u2014-]/.test(line.text[end]!))) return null;
  const parsed = parseClock(content);
  if ('error' in parsed) {
    messages?.push({
      ruleId: 'transcripts/malformed-timestamp',
      severity: 'error',
      reason: parsed.error,
      line: line.number,
      column: from + 1,
    });
    return { start: from, end };
  }
  return { start: from, end, ms: parsed.ms };
}

function skipSpace(text: string, from: number): number {
  let index = from;
  while (
    index < text.length &&
    (text[index] === ' ' ||
      text[index] === '\t' ||
      text[index] === '\u2013' ||
      text[index] === '\u2014' ||
      (text[index] === '-' && text[index + 1] === ' '))
  )
    index++;
  return index;
}

interface LineStart {
  startMs?: number;
  hasClock: boolean;
  label: LabelMatch | null;
  /** Offset after the leading clock (or line start), where the text begins when the label is not trusted. */
  afterClock: number;
  /** Offset where the spoken text begins. */
  textStart: number;
}

/** Reads the optional clock, the optional label (with an optional clock inside it) at a line start. */
function readLineStart(line: SourceLine, messages: TranscriptMessage[] | null): LineStart {
  let index = skipSpace(line.text, 0);
  let clock = readBracketClock(line, index, messages) ?? readBareClock(line, index, messages);
  if (clock !== null) index = skipSpace(line.text, clock.end);
  const afterClock = index;
  let label: LabelMatch | null = null;
  const questionAnswer = /^([QA])\.[ \t]/.exec(line.text.slice(index, index + 3));
  if (questionAnswer !== null)
    label = { label: questionAnswer[1]!, end: skipSpace(line.text, index + 2), isQuestionAnswer: true, isAllCaps: false };
  else label = readLabel(line.text, index) ?? readLabelWithClock(line, index, messages, (token) => (clock ??= token));
  if (label !== null) {
    index = label.end;
    if (clock === null) {
      clock = readBracketClock(line, index, messages);
      if (clock !== null) index = skipSpace(line.text, clock.end);
    }
  }
  return { ...(clock?.ms === undefined ? {} : { startMs: clock.ms }), hasClock: clock !== null, label, afterClock, textStart: index };
}

/** "JOE B. [00:12:31]: text" and "JOE B. (00:12:31): text". */
function readLabelWithClock(
  line: SourceLine,
  from: number,
  messages: TranscriptMessage[] | null,
  onClock: (token: ClockToken) => void,
): LabelMatch | null {
  const limit = Math.min(line.text.length, from + 70);
  for (let index = from; index < limit; index++) {
    const char = line.text[index];
    if (char !== '[' && char !== '(') continue;
    const clock = readBracketClock(line, index, messages);
    if (clock === null || line.text[clock.end] !== ':') return null;
    const label = readLabel(line.text.slice(0, index).trimEnd() + ': ', from);
    if (label === null) return null;
    onClock(clock);
    return { ...label, end: skipSpace(line.text, clock.end + 1) };
  }
  return null;
}

export function parsePlainText(raw: string): FormatParseResult {
  const lines = splitLines(raw);
  const messages: TranscriptMessage[] = [];
  const directory = createDirectory();

  const counts = new Map<string, number>();
  const starts = lines.map((line) => readLineStart(line, null));
  for (const start of starts) if (start.label !== null) counts.set(start.label.label, (counts.get(start.label.label) ?? 0) + 1);

  // Preamble: header lines and titles up to the first trusted turn.
  let position = 0;
  let known = new Set<string>();
  const isTurn = (index: number) => {
    const label = starts[index]!.label;
    return label !== null && isTrustedLabel(label, counts, known);
  };
  const preamble: number[] = [];
  for (; position < lines.length; position++) {
    const line = lines[position]!;
    if (isBlank(line.text)) continue;
    if (readHeaderLine(directory, line.text)) {
      known = new Set(Object.keys(directory.aliases));
      continue;
    }
    if (isTurn(position) || starts[position]!.hasClock) break;
    preamble.push(position);
  }
  const hasTurns = starts.some((_, index) => index >= position && isTurn(index));
  // Without any label the whole file is speech by an unnamed speaker, preamble included.
  if (!hasTurns && preamble.length > 0) position = preamble[0]!;

  const utterances: Utterance[] = [];
  let current: Utterance | undefined;
  let speaker: string | null = null;
  let pendingMs: number | undefined;
  const open = (line: SourceLine, column: number, isNewTurn: boolean, startMs: number | undefined) => {
    if (current !== undefined && current.text.trim().length > 0) utterances.push(current);
    const start = startMs ?? pendingMs;
    pendingMs = undefined;
    current = {
      index: utterances.length,
      speaker,
      text: '',
      line: line.number,
      sourceStart: line.start + column,
      sourceEnd: line.start + column,
      ...(isNewTurn ? { isNewTurn } : {}),
      ...(start === undefined ? {} : { startMs: start }),
    };
  };

  for (; position < lines.length; position++) {
    const line = lines[position]!;
    if (isBlank(line.text)) continue;
    const lineStart = readLineStart(line, messages);
    let index = lineStart.textStart;
    if (lineStart.label !== null && isTurn(position)) {
      speaker = lineStart.label.label;
      open(line, 0, true, lineStart.startMs);
    } else {
      index = lineStart.afterClock;
      if (lineStart.hasClock) {
        if (index >= line.text.length) {
          // A clock alone on its line times whatever comes next.
          if (current !== undefined && current.text.trim().length > 0) {
            utterances.push(current);
            current = undefined;
          }
          pendingMs = lineStart.startMs;
          continue;
        }
        open(line, 0, false, lineStart.startMs);
      } else if (current === undefined) open(line, 0, false, undefined);
      else if (current.text.length > 0) current.text += ' ';
    }
    // Inline clocks split the utterance: words after "[00:12:40]" were spoken from then on.
    let segmentStart = index;
    for (let scan = index; scan < line.text.length; scan++) {
      const char = line.text[scan];
      if (char !== '[' && char !== '(') continue;
      const clock = readBracketClock(line, scan, messages);
      if (clock === null) continue;
      current!.text += line.text.slice(segmentStart, scan);
      current!.sourceEnd = line.start + scan;
      if (clock.ms !== undefined) open(line, clock.end, false, clock.ms);
      segmentStart = clock.end;
      scan = clock.end - 1;
    }
    current!.text += line.text.slice(segmentStart);
    current!.sourceEnd = line.start + line.text.length;
  }
  if (current !== undefined && (current as Utterance).text.trim().length > 0) utterances.push(current);
  if (!hasTurns && utterances.length > 0) {
    messages.push({
      ruleId: 'transcripts/no-speaker-labels',
      severity: 'info',
      reason: 'Unexpected transcript without "NAME:" speaker labels, expected labelled turns; all words are read as one unnamed speaker',
      line: 1,
      column: 1,
    });
  }
  return { utterances, messages, directory };
}
