/**
 * Lays out parsed utterances as a transcript document: the spoken words only, one speaker turn per
 * line, with a source map segment per cue (or per word for word-level input) that carries the cue
 * index, its times, its speaker and its line. Every parser ends here, so all formats look alike.
 */
import { createDocument, type SourceKind, type SourceSegment } from '../../model/document.js';
import { createDirectory, resolveLabel } from './speaker-directory.js';
import type {
  SpeakerDirectory,
  Transcript,
  TranscriptFormat,
  TranscriptMessage,
  TranscriptSpeaker,
  Turn,
  Utterance,
  UtterancePiece,
} from './types.js';

/** Folds runs of white space to one space and trims; NFC so offsets never split a composed letter later. */
export function foldSpace(text: string): string {
  let isPlain = true;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128 || code < 32 || (code === 32 && (index === 0 || index === text.length - 1 || text.charCodeAt(index + 1) === 32))) {
      isPlain = false;
      break;
    }
  }
  return isPlain ? text : text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function hasWordCharacter(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

function nextStart(utterances: readonly Utterance[], position: number): number | undefined {
  for (let index = position + 1; index < utterances.length; index++) {
    const startMs = utterances[index]!.startMs;
    if (startMs !== undefined) return startMs;
  }
  return undefined;
}

export function buildTranscript(input: {
  name: string;
  format: TranscriptFormat | 'unknown';
  utterances: readonly Utterance[];
  messages: TranscriptMessage[];
  directory?: SpeakerDirectory;
}): Transcript {
  const { name, format, utterances, messages } = input;
  const directory = input.directory ?? createDirectory();
  let text = '';
  const sourceMap: SourceSegment[] = [];
  const turns: Turn[] = [];
  let current: Turn | undefined;

  for (let position = 0; position < utterances.length; position++) {
    const utterance = utterances[position]!;
    // Untimed ends (hand-typed "[00:12:31]" transcripts) end where the next utterance starts.
    const endMs = utterance.endMs ?? (utterance.startMs === undefined ? undefined : nextStart(utterances, position));
    const folded: UtterancePiece[] = [];
    if (utterance.pieces === undefined) {
      const piece: UtterancePiece = { text: foldSpace(utterance.text) };
      if (utterance.startMs !== undefined) piece.startMs = utterance.startMs;
      if (endMs !== undefined) piece.endMs = endMs;
      if (piece.text.length > 0) folded.push(piece);
    } else {
      for (const piece of utterance.pieces) {
        const pieceText = foldSpace(piece.text);
        if (pieceText.length > 0) folded.push({ ...piece, text: pieceText });
      }
    }
    if (folded.length === 0) continue;
    const isSameTurn = current !== undefined && utterance.isNewTurn !== true && current.speaker === utterance.speaker;
    if (isSameTurn) text += ' ';
    else {
      if (current !== undefined) text += '\n';
      current = {
        index: turns.length,
        speaker: utterance.speaker,
        start: text.length,
        end: text.length,
        firstCue: utterance.index,
        lastCue: utterance.index,
        line: utterance.line,
      };
      turns.push(current);
    }
    for (let pieceIndex = 0; pieceIndex < folded.length; pieceIndex++) {
      const piece = folded[pieceIndex]!;
      // Word-level pieces are joined with a space unless the piece continues a word ("'s", ",").
      if (pieceIndex > 0 && !/^[,.;:!?'\u2019%)]/.test(piece.text)) text += ' ';
      const start = text.length;
      text += piece.text;
      const cue: NonNullable<SourceSegment['cue']> = { index: utterance.index, line: utterance.line };
      if (piece.startMs !== undefined) cue.startMs = piece.startMs;
      if (piece.endMs !== undefined) cue.endMs = piece.endMs;
      if (utterance.speaker !== null) cue.speaker = utterance.speaker;
      sourceMap.push({ text: { start, end: text.length }, source: { start: utterance.sourceStart, end: utterance.sourceEnd }, cue });
      if (piece.startMs !== undefined) current!.startMs ??= piece.startMs;
      const pieceEnd = piece.endMs ?? piece.startMs;
      if (pieceEnd !== undefined) current!.endMs = Math.max(current!.endMs ?? pieceEnd, pieceEnd);
    }
    current!.end = text.length;
    current!.lastCue = utterance.index;
  }

  const isExplained = messages.some(
    (message) => message.ruleId === 'transcripts/unknown-format' || message.ruleId === 'transcripts/invalid-json',
  );
  if (!hasWordCharacter(text) && !isExplained) {
    messages.push({
      ruleId: 'transcripts/empty-transcript',
      severity: 'error',
      reason: 'Unexpected empty transcript, expected at least one spoken word',
      line: 1,
      column: 1,
    });
  }

  const counts = new Map<string, number>();
  for (const turn of turns) if (turn.speaker !== null) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
  const speakers: TranscriptSpeaker[] = [...counts].map(([label, count]) => ({
    label,
    ...resolveLabel(directory, label, format === 'text'),
    turns: count,
  }));

  const kind: SourceKind = format === 'vtt' || format === 'srt' ? format : 'text';
  const document = createDocument({ id: name, text, source: { kind, uri: name }, sourceMap });
  messages.sort((a, b) => a.line - b.line || a.column - b.column);
  return { name, format, document, turns, speakers, header: directory.fields, messages };
}
