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
  const unvoiced: string[] = [];
  for (const cue of cues) for (const part of cue.parts) if (part.voice === undefined) unvoiced.push(part.text);
  const counts = countLabels(unvoiced);
  const utterances: Utterance[] = [];
  let speaker: string | null = null;
  for (const cue of cues) {
    for (let partIndex = 0; partIndex < cue.parts.length; partIndex++) {
      const part = cue.parts[partIndex]!;
      let text = part.text;
      let isNewTurn = part.isNewTurn || partIndex > 0;
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
      const utterance: Utterance = {
        index: cue.index,
        speaker,
        text,
        line: cue.line,
        sourceStart: cue.sourceStart,
        sourceEnd: cue.sourceEnd,
      };
      if (isNewTurn) utterance.isNewTurn = true;
      // Several speakers in one cue share its times: the cue is the finest timing the file gives.
      if (cue.startMs !== undefined) utterance.startMs = cue.startMs;
      if (cue.endMs !== undefined) utterance.endMs = cue.endMs;
      utterances.push(utterance);
    }
  }
  return utterances;
}
