/**
 * Speech-to-text JSON -> utterances. Shapes read, by the key that holds the segments:
 * - `segments` (openai-whisper, faster-whisper, WhisperX; times in seconds; optional `speaker`;
 *   optional `words` for the word-level variant, which gives every word its own times),
 * - `transcription` (whisper.cpp `-oj`; `offsets` in milliseconds),
 * - `utterances` (AssemblyAI-style; times in milliseconds),
 * - `word_segments` or `words` alone (word lists, grouped into utterances at speaker changes and
 *   sentence ends),
 * - a top-level array of `{ start, end, text, speaker }` (generic ASR output; times in seconds or
 *   as clock strings "00:01:02.500").
 * Times may also be named start_time/end_time, startTime/endTime, or start_ms/end_ms (milliseconds).
 */
import { lineAndColumn } from './lines.js';
import { parseJsonWithPositions, type JsonValue } from './json-with-positions.js';
import { parseClock } from './timestamps.js';
import type { FormatParseResult, TranscriptFormat, TranscriptMessage, Utterance, UtterancePiece } from './types.js';

type JsonObject = { [key: string]: JsonValue };

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Context {
  raw: string;
  positions: WeakMap<object, number>;
  messages: TranscriptMessage[];
  /** Unit of bare numbers in this shape. */
  unit: 'seconds' | 'milliseconds';
}

function placeOf(context: Context, object: object, key?: string): { line: number; column: number; offset: number } {
  let offset = context.positions.get(object) ?? 0;
  if (key !== undefined) {
    const keyAt = context.raw.indexOf(`"${key}"`, offset);
    if (keyAt !== -1) offset = keyAt;
  }
  return { ...lineAndColumn(context.raw, offset), offset };
}

function report(
  context: Context,
  object: object,
  key: string | undefined,
  ruleId: string,
  severity: TranscriptMessage['severity'],
  reason: string,
): void {
  const { line, column } = placeOf(context, object, key);
  context.messages.push({ ruleId, severity, reason, line, column });
}

const START_KEYS: ReadonlyArray<readonly [string, 'seconds' | 'milliseconds' | 'shape']> = [
  ['start', 'shape'],
  ['start_time', 'shape'],
  ['startTime', 'shape'],
  ['start_ms', 'milliseconds'],
  ['startMs', 'milliseconds'],
];
const END_KEYS: ReadonlyArray<readonly [string, 'seconds' | 'milliseconds' | 'shape']> = [
  ['end', 'shape'],
  ['end_time', 'shape'],
  ['endTime', 'shape'],
  ['end_ms', 'milliseconds'],
  ['endMs', 'milliseconds'],
];

/** Reads a time field: a number in the shape's unit or in ms, or a clock string. */
function readTime(context: Context, object: JsonObject, keys: typeof START_KEYS, nested?: 'from' | 'to'): number | undefined {
  if (nested !== undefined && isObject(object['offsets'])) {
    const value = object['offsets'][nested];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.round(value);
    report(
      context,
      object['offsets'],
      nested,
      'transcripts/malformed-timestamp',
      'error',
      `Unexpected offsets.${nested} ${JSON.stringify(value)}, expected milliseconds >= 0`,
    );
    return undefined;
  }
  for (const [key, unit] of keys) {
    if (!(key in object)) continue;
    const value = object[key];
    if (value === null) return undefined;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
      const isMilliseconds = unit === 'milliseconds' || (unit === 'shape' && context.unit === 'milliseconds');
      return Math.round(isMilliseconds ? value : value * 1000);
    }
    if (typeof value === 'string') {
      const trimmed = value.trim();
      if (/^\d+(?:\.\d+)?$/.test(trimmed)) return readTime(context, { [key]: Number(trimmed) }, [[key, unit]]);
      const parsed = parseClock(trimmed);
      if (!('error' in parsed)) return parsed.ms;
      report(context, object, key, 'transcripts/malformed-timestamp', 'error', `${parsed.error} in "${key}"`);
      return undefined;
    }
    report(
      context,
      object,
      key,
      'transcripts/malformed-timestamp',
      'error',
      `Unexpected "${key}": ${JSON.stringify(value)}, expected a time >= 0 in ${unit === 'milliseconds' || context.unit === 'milliseconds' ? 'milliseconds' : 'seconds'} or "hh:mm:ss.mmm"`,
    );
    return undefined;
  }
  return undefined;
}

function readSpeaker(object: JsonObject): string | null {
  for (const key of ['speaker', 'speaker_label', 'speakerLabel', 'speaker_name', 'spk']) {
    const value = object[key];
    if (typeof value === 'string' && value.trim().length > 0) return value.trim();
    if (typeof value === 'number') return `Speaker ${value}`;
  }
  return null;
}

function readText(object: JsonObject, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = object[key];
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/** Reads a list of segment objects into utterances; `words` inside a segment become timed pieces. */
function readSegments(context: Context, segments: JsonValue[]): Utterance[] {
  const utterances: Utterance[] = [];
  for (const [position, segment] of segments.entries()) {
    if (!isObject(segment)) {
      const { line, column } = lineAndColumn(context.raw, context.positions.get(segments) ?? 0);
      context.messages.push({
        ruleId: 'transcripts/bad-segment',
        severity: 'error',
        reason: `Unexpected ${JSON.stringify(segment)?.slice(0, 30)} as segment ${position}, expected an object with start, end and text`,
        line,
        column,
      });
      continue;
    }
    const isWhisperCpp = isObject(segment['offsets']);
    let startMs = isWhisperCpp ? readTime(context, segment, START_KEYS, 'from') : readTime(context, segment, START_KEYS);
    let endMs = isWhisperCpp ? readTime(context, segment, END_KEYS, 'to') : readTime(context, segment, END_KEYS);
    if (startMs !== undefined && endMs !== undefined && endMs < startMs) {
      report(
        context,
        segment,
        'end',
        'transcripts/end-before-start',
        'error',
        `Unexpected end ${endMs / 1000}s before start ${startMs / 1000}s in segment ${position}, expected end >= start`,
      );
      endMs = undefined;
    }
    const words = Array.isArray(segment['words']) ? segment['words'] : undefined;
    let pieces: UtterancePiece[] | undefined;
    if (words !== undefined && words.length > 0) {
      pieces = [];
      for (const word of words) {
        if (!isObject(word)) continue;
        const wordText = readText(word, ['word', 'text', 'punctuated_word']);
        if (wordText === undefined || wordText.trim().length === 0) continue;
        const piece: UtterancePiece = { text: wordText };
        const wordStart = readTime(context, word, START_KEYS);
        const wordEnd = readTime(context, word, END_KEYS);
        // WhisperX leaves numbers it could not align without times: they inherit the segment's.
        if (wordStart !== undefined) piece.startMs = wordStart;
        if (wordEnd !== undefined) piece.endMs = wordEnd;
        pieces.push(piece);
      }
      startMs ??= pieces.find((piece) => piece.startMs !== undefined)?.startMs;
    }
    const text = readText(segment, ['text', 'transcript', 'content']) ?? pieces?.map((piece) => piece.text).join(' ') ?? '';
    const place = placeOf(context, segment);
    if (text.trim().length === 0 && (pieces === undefined || pieces.length === 0)) {
      context.messages.push({
        ruleId: 'transcripts/empty-cue',
        severity: 'warning',
        reason: `Unexpected segment ${position} without text, expected a non-empty "text"`,
        line: place.line,
        column: place.column,
      });
      continue;
    }
    const speaker = readSpeaker(segment) ?? (words !== undefined && isObject(words[0]) ? readSpeaker(words[0]) : null);
    utterances.push({
      index: utterances.length,
      speaker,
      text,
      line: place.line,
      sourceStart: place.offset,
      sourceEnd: place.offset,
      ...(startMs === undefined ? {} : { startMs }),
      ...(endMs === undefined ? {} : { endMs }),
      ...(pieces === undefined || pieces.length === 0 ? {} : { pieces: spreadSegmentTimes(pieces, startMs, endMs) }),
    });
  }
  return utterances;
}

/** Untimed words get the nearest known time so every piece maps to a timecode. */
function spreadSegmentTimes(pieces: UtterancePiece[], startMs: number | undefined, endMs: number | undefined): UtterancePiece[] {
  let last = startMs;
  for (const piece of pieces) {
    if (piece.startMs === undefined && last !== undefined) piece.startMs = last;
    if (piece.endMs === undefined) piece.endMs = piece.startMs ?? endMs;
    last = piece.endMs ?? last;
  }
  return pieces;
}

/** Groups a bare word list into segments at speaker changes and after sentence-final punctuation. */
function groupWords(words: JsonValue[]): JsonObject[] {
  const segments: JsonObject[] = [];
  let current: JsonValue[] = [];
  let speaker: string | null = null;
  const flush = () => {
    if (current.length > 0) segments.push({ words: current, ...(speaker === null ? {} : { speaker }) });
    current = [];
  };
  for (const word of words) {
    if (!isObject(word)) continue;
    const wordSpeaker = readSpeaker(word);
    if (current.length > 0 && wordSpeaker !== speaker) flush();
    speaker = wordSpeaker;
    current.push(word);
    const text = readText(word, ['word', 'text', 'punctuated_word']) ?? '';
    if (/[.?!]["\u201d']?$/.test(text.trim()) && current.length >= 8) flush();
  }
  flush();
  return segments;
}

export function parseSpeechJson(raw: string): FormatParseResult & { format: TranscriptFormat | 'unknown' } {
  const messages: TranscriptMessage[] = [];
  const parsed = parseJsonWithPositions(raw);
  if (parsed.error !== undefined) {
    const { line, column } = lineAndColumn(raw, parsed.error.offset);
    messages.push({ ruleId: 'transcripts/invalid-json', severity: 'error', reason: parsed.error.reason, line, column });
    return { utterances: [], messages, format: 'unknown' };
  }
  const value = parsed.value!;
  const context: Context = { raw, positions: parsed.positions, messages, unit: 'seconds' };
  if (Array.isArray(value)) return { utterances: readSegments(context, value), messages, format: 'asr-json' };
  if (isObject(value)) {
    if (Array.isArray(value['segments']) && value['segments'].length > 0)
      return { utterances: readSegments(context, value['segments']), messages, format: 'whisper-json' };
    if (Array.isArray(value['transcription']))
      return { utterances: readSegments(context, value['transcription']), messages, format: 'whisper-json' };
    if (Array.isArray(value['utterances'])) {
      context.unit = 'milliseconds';
      return { utterances: readSegments(context, value['utterances']), messages, format: 'asr-json' };
    }
    const words = Array.isArray(value['word_segments'])
      ? value['word_segments']
      : Array.isArray(value['words'])
        ? value['words']
        : undefined;
    if (words !== undefined) {
      const grouped = groupWords(words);
      // Grouped segments are new objects: point their messages at the word list.
      for (const segment of grouped) context.positions.set(segment, context.positions.get(words) ?? 0);
      return {
        utterances: readSegments(context, grouped),
        messages,
        format: value['word_segments'] === undefined ? 'asr-json' : 'whisper-json',
      };
    }
    if (Array.isArray(value['segments'])) return { utterances: [], messages, format: 'whisper-json' };
  }
  messages.push({
    ruleId: 'transcripts/unknown-format',
    severity: 'error',
    reason:
      'Unexpected JSON shape, expected Whisper JSON ({ "segments": [{ "start", "end", "text" }] }) or a list of { start, end, text, speaker } segments',
    line: 1,
    column: 1,
  });
  return { utterances: [], messages, format: 'unknown' };
}
