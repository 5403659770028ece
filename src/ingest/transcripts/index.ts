/**
 * Transcript ingest: any supported file's text -> a Transcript (document with cue source map, turns,
 * speakers, messages). Pure: the caller reads the file (CLI: `decodeBytes`); this runs in a browser too.
 */
import { buildTranscript } from './build-transcript.js';
import { detectTranscriptFormat, type DetectedFormat } from './detect-format.js';
import { parsePlainText } from './plain-text.js';
import { parseSpeechJson } from './speech-json.js';
import { parseSrt } from './srt.js';
import type { FormatParseResult, Transcript, TranscriptFormat } from './types.js';
import { parseVtt } from './vtt.js';

export type { Transcript, TranscriptFormat, TranscriptMessage, TranscriptSpeaker, Turn } from './types.js';
export { formatClock, parseClock } from './timestamps.js';
export { detectTranscriptFormat } from './detect-format.js';

export interface ParseTranscriptOptions {
  /** The file name as given; messages and matches name it, and its extension helps detection. */
  name?: string;
  /** Skip detection. `json` covers every speech-to-text JSON shape. */
  format?: Exclude<DetectedFormat, 'unknown'> | 'auto';
}

export function parseTranscript(raw: string, options: ParseTranscriptOptions = {}): Transcript {
  const name = options.name ?? 'transcript';
  const detected =
    options.format === undefined || options.format === 'auto' ? detectTranscriptFormat(raw, name) : { format: options.format };
  let result: FormatParseResult;
  let format: TranscriptFormat | 'unknown';
  switch (detected.format) {
    case 'vtt':
      result = parseVtt(raw);
      format = 'vtt';
      break;
    case 'srt':
      result = parseSrt(raw);
      format = 'srt';
      break;
    case 'json': {
      const parsed = parseSpeechJson(raw);
      result = parsed;
      format = parsed.format;
      break;
    }
    case 'text':
      result = parsePlainText(raw);
      format = 'text';
      break;
    default:
      result = {
        utterances: [],
        messages: [
          {
            ruleId: 'transcripts/unknown-format',
            severity: 'error',
            reason: 'reason' in detected && detected.reason !== undefined ? detected.reason : 'Unexpected file format',
            line: 1,
            column: 1,
          },
        ],
      };
      format = 'unknown';
  }
  return buildTranscript({
    name,
    format,
    utterances: result.utterances,
    messages: result.messages,
    ...(result.directory === undefined ? {} : { directory: result.directory }),
  });
}
