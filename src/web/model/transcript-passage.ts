/** Finds the passage a verdict points at inside a transcript: by timecode, then by line, then by its words. */
import type { TapeMatch } from '../../index.js';
import type { TranscriptSummary } from './analysis-core.js';
import { parseClock } from './clock.js';

export interface Passage {
  start: number;
  end: number;
  /** Indexes (into `summary.cues`) of the cues the passage touches. */
  cues: number[];
}

function clockMs(value: string | null): number | undefined {
  return value === null ? undefined : parseClock(value);
}

function cuesInTime(summary: TranscriptSummary, fromMs: number, toMs: number): number[] {
  const found: number[] = [];
  summary.cues.forEach((cue, index) => {
    if (cue.startMs === undefined) return;
    const cueEnd = cue.endMs ?? cue.startMs;
    if (cue.startMs <= toMs && cueEnd >= fromMs) found.push(index);
  });
  return found;
}

function cuesTouching(summary: TranscriptSummary, start: number, end: number): number[] {
  const found: number[] = [];
  summary.cues.forEach((cue, index) => {
    if (cue.start < end && cue.end > start) found.push(index);
  });
  return found;
}

export function locatePassage(summary: TranscriptSummary, match: TapeMatch): Passage | null {
  const fromMs = clockMs(match.start);
  const toMs = clockMs(match.end) ?? fromMs;
  let candidates = fromMs === undefined || toMs === undefined ? [] : cuesInTime(summary, fromMs, toMs);
  if (candidates.length === 0 && match.line !== null) {
    const line = match.line;
    candidates = summary.cues.flatMap((cue, index) => (cue.line === line ? [index] : []));
  }
  const words = match.text.trim();
  const searchFrom = candidates.length === 0 ? 0 : summary.cues[candidates[0]!]!.start;
  if (words.length > 0) {
    const found = summary.text.indexOf(words, searchFrom);
    const nearEnough = candidates.length === 0 || (found !== -1 && found <= summary.cues[candidates[candidates.length - 1]!]!.end);
    if (found !== -1 && nearEnough)
      return { start: found, end: found + words.length, cues: cuesTouching(summary, found, found + words.length) };
  }
  if (candidates.length === 0) return null;
  return { start: summary.cues[candidates[0]!]!.start, end: summary.cues[candidates[candidates.length - 1]!]!.end, cues: candidates };
}
