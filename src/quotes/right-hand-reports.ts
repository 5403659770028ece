/**
 * When a report whose content follows its cue is only the outer layer of another report: "The Gazette
 * reported that a guard had quoted Ruiz as saying, “…”" gives Ruiz's quotation, relayed by the guard and
 * the Gazette. Both cues must report speech, and the inner report must be a clause of its own: a finite
 * verb after its subject ("a guard quoted Ruiz as saying", "the inmate boasted that"), the subject a name
 * or a descriptor. In "Ruiz said she knows that “…”" or "Ruiz said that she told them “…”" the inner
 * source is a pronoun, most often the outer speaker again; "Ryan said that Ginsburg’s comments “…”" has a
 * noun cue and "…, adding “…”" a participle: each whole is the outer speaker's mixed report (as PolNeAR
 * annotates it).
 * Shared by quotes/find-quotes (which report yields the quote) and speakers/chains (who relayed it).
 */
import type { IdLookup } from '../model/span.js';
import type { Cue, Frame, Mention } from '../model/layers.js';

/** Frame rules of a subject and its finite reporting verb (quotes/frames.ts). */
const INNER_RULES: ReadonlySet<string> = new Set(['frames/source-cue-content', 'frames/source-cue-clause', 'frames/quoted-as-saying']);

/** The outer half: a speech report whose content follows its cue. */
export function canRelayOnTheRight(outer: Frame, cueById: IdLookup<Cue>): boolean {
  return outer.side === 'right' && outer.source !== null && cueById.get(outer.cue)?.class === 'speech';
}

/** The inner half: a subject and its finite verb of speech, the subject no pronoun. */
export function isRelayableReport(text: string, inner: Frame, cueById: IdLookup<Cue>, mentionById: IdLookup<Mention>): boolean {
  if (inner.source === null || !INNER_RULES.has(inner.rule)) return false;
  const innerCue = cueById.get(inner.cue);
  if (innerCue?.class !== 'speech' || innerCue.kind !== 'verb') return false;
  // "people at the polls saying “…”": a participle after a noun is no clause of its own
  if (inner.rule !== 'frames/quoted-as-saying' && text.endsWith('ing', innerCue.end)) return false;
  const source = mentionById.get(inner.source);
  return source !== undefined && source.kind !== 'pronoun';
}

export function isRightHandRelay(
  text: string,
  outer: Frame,
  inner: Frame,
  cueById: IdLookup<Cue>,
  mentionById: IdLookup<Mention>,
): boolean {
  return canRelayOnTheRight(outer, cueById) && isRelayableReport(text, inner, cueById, mentionById);
}
