/** Types shared by the transcript parsers: what a parser returns and what verification reads. */
import type { VerbatimDocument } from '../../model/document.js';

export type TranscriptFormat = 'vtt' | 'srt' | 'text' | 'whisper-json' | 'asr-json';

/** A problem found in a transcript file; `line` and `column` are 1-based positions in the raw file. */
export interface TranscriptMessage {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  reason: string;
  line: number;
  column: number;
}

/** One speaker turn: consecutive cues by the same speaker, one line of the transcript text. */
export interface Turn {
  index: number;
  /** The label as written on the tape ("JOE B.", "Q", "SPEAKER_01"), or null when the tape names nobody. */
  speaker: string | null;
  /** Offsets into the transcript text, UTF-16, half-open. */
  start: number;
  end: number;
  startMs?: number;
  endMs?: number;
  /** First and last cue index (the `cue.index` of the source map segments). */
  firstCue: number;
  lastCue: number;
  /** 1-based line in the raw file where the turn starts. */
  line: number;
}

/** A speaker label used on the tape, with the full name and role a transcript header gives it, if any. */
export interface TranscriptSpeaker {
  label: string;
  name?: string;
  role?: 'interviewer' | 'interviewee';
  turns: number;
}

/** A parsed transcript: the document (spoken words, one turn per line, cue source map) plus turns. */
export interface Transcript {
  /** The file name as the caller gave it; messages and matches name it. */
  name: string;
  format: TranscriptFormat | 'unknown';
  document: VerbatimDocument;
  turns: Turn[];
  speakers: TranscriptSpeaker[];
  /** Header fields of a plain-text transcript ("Date", "Location" ...), lower-case keys. */
  header: Record<string, string>;
  messages: TranscriptMessage[];
}

/** A timed piece inside an utterance (a word of word-level speech-to-text output). */
export interface UtterancePiece {
  text: string;
  startMs?: number;
  endMs?: number;
}

/** What a format parser produces before the shared builder lays out text, turns and the source map. */
export interface Utterance {
  /** Cue or segment index in the source file (0-based, in file order). */
  index: number;
  speaker: string | null;
  /** Cleaned text: markup removed, entities decoded; white space is folded by the builder. */
  text: string;
  startMs?: number;
  endMs?: number;
  /** 1-based line of the cue in the raw file. */
  line: number;
  /** Range of the cue in the raw file. */
  sourceStart: number;
  sourceEnd: number;
  /** True when the source marks a change of speaker even though it names nobody ("- ", ">>"). */
  isNewTurn?: boolean;
  /** Word-level timing; when present the text is the pieces joined. */
  pieces?: UtterancePiece[];
}

/** Role and name information from a transcript header or NOTE block. */
export interface SpeakerDirectory {
  roles: { interviewer?: string; interviewee?: string };
  /** Label -> full name ("JOE B." -> "Joe Berlinger"), keys as written. */
  aliases: Record<string, string>;
  fields: Record<string, string>;
}

export interface FormatParseResult {
  utterances: Utterance[];
  messages: TranscriptMessage[];
  directory?: SpeakerDirectory;
}
