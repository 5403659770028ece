/**
 * WebVTT -> utterances. Reads the header, NOTE (speaker keys such as "Interviewer: Dana Whitfield"),
 * STYLE and REGION blocks, and cues with optional identifiers. Problems become messages and the
 * parser goes on: a malformed timing line keeps the cue's words without times, a cue without text
 * is skipped. Limits: cue settings are ignored; inline `<00:01.000>` karaoke times are dropped.
 */
import { parseCaptionPayload } from './caption-markup.js';
import { assignCueSpeakers, type RawCue } from './cue-speakers.js';
import { isBlank, splitLines, type SourceLine } from './lines.js';
import { createDirectory, readHeaderLine } from './speaker-directory.js';
import { parseClock } from './timestamps.js';
import type { FormatParseResult, TranscriptMessage } from './types.js';

export interface CueTiming {
  startMs?: number;
  endMs?: number;
}

/** Parses "start --> end [settings]"; reports a message for a malformed side and returns what parsed. */
export function parseTimingLine(line: SourceLine, messages: TranscriptMessage[], format: 'vtt' | 'srt'): CueTiming {
  const arrow = line.text.indexOf('-->');
  const left = line.text.slice(0, arrow).trim();
  const rightAll = line.text.slice(arrow + 3).trim();
  const rightEnd = rightAll.search(/[ \t]/);
  const right = rightEnd === -1 ? rightAll : rightAll.slice(0, rightEnd);
  const strict = { isStrict: true, needsFraction: true };
  const start = parseClock(left, strict);
  const end = parseClock(right, strict);
  const timing: CueTiming = {};
  if ('error' in start) {
    messages.push({
      ruleId: 'transcripts/malformed-timestamp',
      severity: 'error',
      reason: start.error,
      line: line.number,
      column: line.text.indexOf(left) + 1,
    });
  } else timing.startMs = start.ms;
  if ('error' in end) {
    const column = arrow + 3 + line.text.slice(arrow + 3).indexOf(right) + 1;
    messages.push({ ruleId: 'transcripts/malformed-timestamp', severity: 'error', reason: end.error, line: line.number, column });
  } else timing.endMs = end.ms;
  if (format === 'vtt' && left.includes(',') && !('error' in start)) {
    messages.push({
      ruleId: 'transcripts/srt-style-timestamp',
      severity: 'warning',
      reason: `Unexpected "," in "${left}", expected "." before the milliseconds in WebVTT`,
      line: line.number,
      column: 1,
    });
  }
  if (timing.startMs !== undefined && timing.endMs !== undefined && timing.endMs < timing.startMs) {
    messages.push({
      ruleId: 'transcripts/end-before-start',
      severity: 'error',
      reason: `Unexpected end time ${right} before start time ${left}, expected end >= start`,
      line: line.number,
      column: 1,
    });
    delete timing.endMs;
  }
  return timing;
}

export function parseVtt(raw: string): FormatParseResult {
  const lines = splitLines(raw);
  const messages: TranscriptMessage[] = [];
  const directory = createDirectory();
  const cues: RawCue[] = [];
  let position = 0;
  const first = lines[0]?.text ?? '';
  if (!/^WEBVTT(?:[ \t].*)?$/.test(first)) {
    messages.push({
      ruleId: 'transcripts/missing-webvtt-header',
      severity: 'warning',
      reason: `Unexpected "${first.slice(0, 20)}" on the first line, expected "WEBVTT"`,
      line: 1,
      column: 1,
    });
  } else position = 1;
  // Header lines run to the first blank line.
  while (position < lines.length && !isBlank(lines[position]!.text) && !lines[position]!.text.includes('-->')) position++;

  while (position < lines.length) {
    while (position < lines.length && isBlank(lines[position]!.text)) position++;
    if (position >= lines.length) break;
    const blockStart = position;
    while (position < lines.length && !isBlank(lines[position]!.text)) position++;
    const blockEnd = position;
    const head = lines[blockStart]!.text;
    if (head.startsWith('NOTE') && /^NOTE(?:[ \t]|$)/.test(head)) {
      if (!isBlank(head.slice(4))) readHeaderLine(directory, head.slice(4));
      for (let note = blockStart + 1; note < blockEnd; note++)
        if (!isBlank(lines[note]!.text)) readHeaderLine(directory, lines[note]!.text);
      continue;
    }
    // The timing line is the first or (after a cue identifier) the second line of a cue block.
    const timingAt = head.includes('-->')
      ? blockStart
      : blockStart + 1 < blockEnd && lines[blockStart + 1]!.text.includes('-->')
        ? blockStart + 1
        : -1;
    if (timingAt === -1) {
      if (head === 'STYLE' || head === 'REGION') continue;
      messages.push({
        ruleId: 'transcripts/missing-timing',
        severity: 'error',
        reason: `Unexpected "${head.slice(0, 30)}", expected a cue timing line "00:00:00.000 --> 00:00:00.000"`,
        line: lines[blockStart]!.number,
        column: 1,
      });
      continue;
    }
    const timingLine = lines[timingAt]!;
    const timing = parseTimingLine(timingLine, messages, 'vtt');
    const last = lines[blockEnd - 1]!;
    const sourceEnd = last.start + last.text.length;
    // The payload straight from the raw text: line breaks (\r\n too) are folded later.
    const parts = timingAt + 1 < blockEnd ? parseCaptionPayload(raw.slice(lines[timingAt + 1]!.start, sourceEnd)) : [];
    if (parts.length === 0) {
      messages.push({
        ruleId: 'transcripts/empty-cue',
        severity: 'warning',
        reason: 'Unexpected cue without text, expected at least one word after the timing line',
        line: timingLine.number,
        column: 1,
      });
      continue;
    }
    const cue: RawCue = { index: cues.length, parts, line: timingLine.number, sourceStart: lines[blockStart]!.start, sourceEnd };
    if (timing.startMs !== undefined) cue.startMs = timing.startMs;
    if (timing.endMs !== undefined) cue.endMs = timing.endMs;
    cues.push(cue);
  }
  return { utterances: assignCueSpeakers(cues, new Set(Object.keys(directory.aliases))), messages, directory };
}
