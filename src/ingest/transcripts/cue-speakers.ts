/**
 * Speaker assignment shared by the caption formats: a `<v Name>` voice wins, then a trusted "NAME:"
 * label at the start of the text; a cue that names nobody continues the previous speaker unless it
 * starts with "- " or ">>".
 */
import type { CaptionPart } from './caption-markup.js';
import { countLabels, isTrustedLabel, readLabel } from './speaker-labels.js';
import type { Utterance } from './types.js';

export interface RawCue {
  index: number;
  parts: CaptionPart[];
  startMs?: number;
  endMs?: number;
  line: number;
  sourceStart: number;
  sourceEnd: number;
}

export function assignCueSpeakers(cues: readonly RawCue[], knownLabels: ReadonlySet<string> = new Set()): Utterance[] {
  const counts = countLabels(cues.flatMap((cue) => cue.parts.filter((part) => part.voice === undefined).map((part) => part.text)));
  const utterances: Utterance[] = [];
  let speaker: string | null = null;
  for (const cue of cues) {
    for (const [partIndex, part] of cue.parts.entries()) {
      let text = part.text;
      let isNewTurn = part.isNewTurn;
      if (part.voice !== undefined && part.voice.length > 0) {
        isNewTurn ||= part.voice !== speaker;
        speaker = part.voice;
      } else {
        const label = readLabel(text);
        if (label !== null && isTrustedLabel(label, counts, knownLabels)) {
          isNewTurn = true;
          speaker = label.label;
          text = text.slice(label.end);
        } else if (part.isNewTurn) speaker = null;
      }
      utterances.push({
        index: cue.index,
        speaker,
        text,
        line: cue.line,
        sourceStart: cue.sourceStart,
        sourceEnd: cue.sourceEnd,
        ...(isNewTurn ? { isNewTurn } : {}),
        // Several speakers in one cue share its times: the cue is the finest timing the file gives.
        ...(cue.startMs === undefined ? {} : { startMs: cue.startMs }),
        ...(cue.endMs === undefined ? {} : { endMs: cue.endMs }),
      });
      if (partIndex > 0) utterances[utterances.length - 1]!.isNewTurn = true;
    }
  }
  return utterances;
}
