/** `verbatim transcript`: reads interview transcripts (WebVTT, SRT, "NAME:" text, speech-to-text JSON) and prints them normalized. */
import { readFile, stat } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { VerbatimError } from '../../errors.js';
import { decodeBytes } from '../../ingest/decode.js';
import { formatClock, parseTranscript, type Transcript } from '../../ingest/transcripts/index.js';
import { DEFAULT_MAX_LENGTH } from '../../index.js';
import { parseSize } from '../option-parsers.js';
import { printError } from '../report.js';

type TranscriptFormatOption = 'auto' | 'vtt' | 'srt' | 'text' | 'json';

interface TranscriptOptions {
  format?: 'text' | 'json';
  as: TranscriptFormatOption;
  maxBytes: number;
}

const HELP_AFTER = `
Formats (detected from the content, then the extension; --as overrides):
  WebVTT (.vtt) with or without <v Speaker> voice tags; SRT (.srt); plain text with "NAME: text"
  turns, "Q:"/"A:" interviews and inline [00:12:31] times (a header such as "Interviewer: Dana
  Whitfield" names Q and A); speech-to-text JSON: Whisper (segments, optionally word-level),
  whisper.cpp, WhisperX, or a list of { start, end, text, speaker } segments.

Problems in a file (malformed timestamp, cue without text, unknown format, empty transcript) are
printed to stderr as FILE:LINE:COLUMN severity rule reason; the rest of the file is still read.

Output:
  text: one line per speaker turn, "[start - end] SPEAKER: words"
  json: { transcript, format, speakers, text, turns: [{ speaker, start, end, startTime, endTime, ... }],
        segments: [{ start, end, cue: { index, startMs, endMs, speaker, line } }], messages }
        (start/end are UTF-16 offsets into "text"; every segment maps back to a timecode)

Exit status: 0 all read cleanly, 1 a file could not be read or had an error, 2 usage.

Examples:
  verbatim transcript interview.vtt
  verbatim transcript --format json tape2.srt`;

/** Reads and parses a transcript file; problems inside the file are messages, an unreadable file throws. */
export async function readTranscriptFile(
  path: string,
  options: { as?: TranscriptFormatOption; maxBytes?: number } = {},
): Promise<Transcript> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_LENGTH;
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' });
    if (info.size > maxBytes) {
      throw new VerbatimError(
        'VBT_INPUT_TOO_LARGE',
        `${path} is ${info.size} bytes, larger than the limit of ${maxBytes} (raise it with --max-bytes)`,
        { details: { name: path } },
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof VerbatimError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new VerbatimError('VBT_INPUT_UNREADABLE', `Cannot read ${path}: ${reason}`, { cause: error, details: { name: path } });
  }
  const { text } = decodeBytes(bytes, path);
  return parseTranscript(text, { name: path, format: options.as ?? 'auto' });
}

/** Prints a transcript's messages as `file:line:column severity rule reason`; true when one is an error. */
export function printTranscriptMessages(transcript: Transcript): boolean {
  for (const message of transcript.messages) {
    process.stderr.write(`${transcript.name}:${message.line}:${message.column} ${message.severity} ${message.ruleId} ${message.reason}\n`);
  }
  return transcript.messages.some((message) => message.severity === 'error');
}

function describeSpeakers(transcript: Transcript): string {
  if (transcript.speakers.length === 0) return 'no speaker labels';
  return transcript.speakers
    .map((speaker) => {
      const notes = [speaker.name, speaker.role].filter((note) => note !== undefined);
      return notes.length === 0 ? speaker.label : `${speaker.label} (${notes.join(', ')})`;
    })
    .join(', ');
}

export function renderTranscript(transcript: Transcript): string {
  const lines = [
    `${transcript.name}: ${transcript.format}, ${transcript.turns.length} ${transcript.turns.length === 1 ? 'turn' : 'turns'}; ${describeSpeakers(transcript)}`,
  ];
  for (const turn of transcript.turns) {
    const time =
      turn.startMs === undefined ? '' : `[${formatClock(turn.startMs)} - ${turn.endMs === undefined ? '?' : formatClock(turn.endMs)}] `;
    lines.push(`${time}${turn.speaker ?? '(unnamed)'}: ${transcript.document.text.slice(turn.start, turn.end)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function transcriptToJson(transcript: Transcript): Record<string, unknown> {
  const { text, sourceMap } = transcript.document;
  return {
    transcript: transcript.name,
    format: transcript.format,
    offsetUnit: 'utf16',
    speakers: transcript.speakers,
    ...(Object.keys(transcript.header).length === 0 ? {} : { header: transcript.header }),
    text,
    turns: transcript.turns.map((turn) => ({
      index: turn.index,
      speaker: turn.speaker,
      start: turn.start,
      end: turn.end,
      startTime: turn.startMs === undefined ? null : formatClock(turn.startMs),
      endTime: turn.endMs === undefined ? null : formatClock(turn.endMs),
      line: turn.line,
      text: text.slice(turn.start, turn.end),
    })),
    segments: sourceMap.map((segment) => ({ start: segment.text.start, end: segment.text.end, cue: segment.cue })),
    messages: transcript.messages,
  };
}

export function register(program: Command): void {
  program
    .command('transcript')
    .summary('read interview transcripts and print them normalized')
    .description('Read interview transcripts (WebVTT, SRT, "NAME:" text, speech-to-text JSON) and print speaker turns with their times.')
    .argument('<files...>', 'transcript files')
    .addOption(new Option('-f, --format <format>', 'output: text (readable) or json').choices(['text', 'json']))
    .addOption(
      new Option('--as <format>', 'read every file as this format instead of detecting it')
        .choices(['auto', 'vtt', 'srt', 'text', 'json'])
        .default('auto'),
    )
    .addOption(
      new Option('--max-bytes <size>', 'largest file accepted, e.g. 512KiB, 32MiB')
        .argParser(parseSize)
        .default(DEFAULT_MAX_LENGTH, '32MiB'),
    )
    .addHelpText('after', HELP_AFTER)
    .action(async (files: string[], options: TranscriptOptions) => {
      const format = options.format ?? 'text';
      const results: Array<Record<string, unknown>> = [];
      let printed = 0;
      let hasProblem = false;
      for (const file of files) {
        let transcript: Transcript;
        try {
          transcript = await readTranscriptFile(file, { as: options.as, maxBytes: options.maxBytes });
        } catch (error) {
          printError(error, file);
          hasProblem = true;
          continue;
        }
        if (printTranscriptMessages(transcript)) hasProblem = true;
        if (format === 'json') results.push(transcriptToJson(transcript));
        else process.stdout.write((printed++ > 0 ? '\n' : '') + renderTranscript(transcript));
      }
      if (format === 'json' && results.length > 0)
        process.stdout.write(`${JSON.stringify(results.length === 1 && files.length === 1 ? results[0] : results, null, 2)}\n`);
      if (hasProblem) process.exitCode = 1;
    });
}
