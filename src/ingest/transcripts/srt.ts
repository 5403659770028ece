/**
 * SubRip (SRT) -> utterances. A cue is an optional counter line, a timing line "00:00:01,000 -->
 * 00:00:04,000" and text lines up to a blank line. Tolerates missing blank lines between cues and
 * "." before the milliseconds. Problems become messages; the words of a cue with a bad timing line
 * are kept without times.
 */
import { parseCaptionPayload } from './caption-markup.js';
import { assignCueSpeakers, type RawCue } from './cue-speakers.js';
import { isBlank, splitLines } from './lines.js';
import type { FormatParseResult, TranscriptMessage } from './types.js';
import { parseTimingLine } from './vtt.js';

function isCounter(text: string): boolean {
  return /^[ \t]*\d+[ \t]*$/.test(text);
}

export function parseSrt(raw: string): FormatParseResult {
  const lines = splitLines(raw);
  const messages: TranscriptMessage[] = [];
  const cues: RawCue[] = [];
  const isTiming = (index: number) => lines[index]?.text.includes('-->') === true;
  let position = 0;
  while (position < lines.length) {
    const line = lines[position]!;
    if (isBlank(line.text)) {
      position++;
      continue;
    }
    if (isCounter(line.text) && isTiming(position + 1)) {
      position++;
      continue;
    }
    if (!isTiming(position)) {
      messages.push({
        ruleId: 'transcripts/missing-timing',
        severity: 'error',
        reason: `Unexpected "${line.text.slice(0, 30)}", expected a cue number or a timing line "00:00:00,000 --> 00:00:00,000"`,
        line: line.number,
        column: 1,
      });
      // Skip the rest of this block.
      while (position < lines.length && !isBlank(lines[position]!.text)) position++;
      continue;
    }
    const timingLine = line;
    const timing = parseTimingLine(timingLine, messages, 'srt');
    position++;
    const payloadStart = position;
    while (
      position < lines.length &&
      !isBlank(lines[position]!.text) &&
      !isTiming(position) &&
      !(isCounter(lines[position]!.text) && isTiming(position + 1))
    )
      position++;
    const payloadLines = lines.slice(payloadStart, position);
    const parts = parseCaptionPayload(payloadLines.map((payloadLine) => payloadLine.text).join('\n'));
    if (parts.length === 0) {
      messages.push({
        ruleId: 'transcripts/empty-cue',
        severity: 'warning',
        reason: 'Unexpected cue without text, expected at least one line of text after the timing line',
        line: timingLine.number,
        column: 1,
      });
      continue;
    }
    const last = payloadLines[payloadLines.length - 1] ?? timingLine;
    cues.push({
      index: cues.length,
      parts,
      ...timing,
      line: timingLine.number,
      sourceStart: timingLine.start,
      sourceEnd: last.start + last.text.length,
    });
  }
  return { utterances: assignCueSpeakers(cues), messages };
}
