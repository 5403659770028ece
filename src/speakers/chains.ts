/**
 * speakers/chains: the reporting chain of each quote beyond its speaker.
 * Reads: quotes, frames, cues, entities. Writes: chains (ids `h0` ...).
 * Rules, in order, hops from the speaker outward:
 * 1. `chains/relay`: "A quoted B as saying …": A relayed B's words.
 * 2. `chains/told-outlet`: "Ruiz told the Harbor Gazette …": a news outlet that heard the words published them
 *    (also after an outer report: "the guard told the Tribune that Danner said “…”").
 * 3. `chains/outer-report`: a frame whose content holds the quote's cue ("…, the Gazette reported",
 *    "according to the Gazette, Ruiz said …"); repeated outward while such frames nest. A frame whose
 *    content follows its cue counts only for a direct quote relayed to it ("the Gazette reported that a
 *    guard quoted Ruiz as saying “…”"; quotes/right-hand-reports.ts), as in quotes/find-quotes.
 * A hop is never the quote's own speaker (a pronoun resolved to the speaker names no relay).
 * Limits: "Danner spoke to a guard. He told the Tribune that Danner said “…”": "He" resolves to Danner,
 * so the guard is missing from the chain (fixture articles/relay-pronoun-that-resolves-to-the-speaker).
 */
import { z } from 'zod';
import type { Chain, ChainHop, Cue, Entity, Frame, Mention, Quote } from '../model/layers.js';
import { contains, entryById, extentsOf, indexById, lookupById, spanAt, type Range } from '../model/span.js';
import { mentionLinks } from './mention-links.js';
import { canRelayOnTheRight, isRelayableReport } from '../quotes/right-hand-reports.js';
import { defineStage } from '../pipeline/stage.js';
import { isNewsOutlet } from './lexicon/outlets.js';
import { LayerIds } from '../model/ids.js';

const CHAIN_IDS = new LayerIds('h');

/** Outer reports followed from one quote ("A told B, who told the Gazette, as the Wire reported, …"). */
const MAX_OUTER_REPORTS = 6;

/**
 * "A guard quoted Ruiz as saying “…”, the Gazette reported": both cues claim the same quotation; the one
 * farther from it (and naming someone else) is the outer report.
 */
function reportsSameWordsFromFarther(inner: Frame, outer: Frame, innerCue: number, outerCue: number): boolean {
  if (outer.source === inner.source || outerCue < 0) return false;
  const piece = inner.content[0]!;
  if (!outer.content.some((candidate) => candidate.start === piece.start && candidate.end === piece.end)) return false;
  // a report closing the sentence ("…, the Gazette reported") wraps a cue that opened it ("quoted X as saying")
  if (inner.side === 'right' && outer.side === 'left' && outerCue > piece.end && innerCue < piece.start) return true;
  const distance = (cue: number): number => (cue < piece.start ? piece.start - cue : cue - piece.end);
  return distance(outerCue) > distance(innerCue);
}

function holdsAll(holder: Range, pieces: readonly Range[]): boolean {
  for (const piece of pieces) if (!contains(holder, piece)) return false;
  return true;
}

export function findChains(
  text: string,
  quotes: readonly Quote[],
  frames: readonly Frame[],
  cues: readonly Cue[],
  entities: readonly Entity[],
  mentions: readonly Mention[] = [],
): Chain[] {
  const mentionById = lookupById(mentions);
  const links = mentionLinks(mentions, entities);
  const frameById = lookupById(frames);
  const cueById = lookupById(cues);
  const chains: Chain[] = [];
  // per frame, once: where its cue starts, whether it can be an outer report at all (it has a source), and of
  // any quote (its content is on the cue's left or follows "according to"); one with its content on the right
  // reports a direct quote relayed to it (quotes/right-hand-reports.ts)
  const cueStarts = new Array<number>(frames.length);
  const canReport = new Array<boolean>(frames.length);
  const relaysOnTheRight = new Array<boolean>(frames.length);
  const isRelayable = new Array<boolean>(frames.length);
  // the bounds of each frame's content: most neighbours hold neither the cue nor the quote, and these say so without a search
  const { firsts: contentFirst, lasts: contentLast } = extentsOf(frames, (frame) => frame.content);
  for (let index = 0; index < frames.length; index++) {
    const frame = frames[index]!;
    cueStarts[index] = entryById(cues, frame.cue)?.start ?? -1;
    relaysOnTheRight[index] = canRelayOnTheRight(frame, cueById);
    isRelayable[index] = isRelayableReport(text, frame, cueById, mentionById);
    canReport[index] = frame.source !== null && !(frame.side === 'right' && !frame.rule.startsWith('frames/according-to'));
  }

  /** The nearest frame (in cue order) whose content holds this frame's cue. */
  const outerOf = (frame: Frame, isDirect: boolean): Frame | undefined => {
    const index = indexById(frames, frame.id);
    const start = index >= 0 ? cueStarts[index]! : (entryById(cues, frame.cue)?.start ?? -1);
    const from = Math.max(0, index);
    let best: Frame | undefined;
    const piece = frame.content[0];
    for (let other = Math.max(0, from - 4); other < Math.min(frames.length, from + 5); other++) {
      const candidate = frames[other]!;
      if (candidate === frame) continue;
      if (!canReport[other] && !(isDirect && relaysOnTheRight[other] && index >= 0 && isRelayable[index])) continue;
      const first = contentFirst[other]!;
      const last = contentLast[other]!;
      // neither holding the cue nor sharing the first piece (reportsSameWordsFromFarther)
      if (!(start >= first && start < last) && !(piece !== undefined && piece.start >= first && piece.end <= last)) continue;
      const holder = spanAt(candidate.content, start);
      const holdsWhole = holder !== undefined && holdsAll(holder, frame.content);
      if (!holdsWhole && !reportsSameWordsFromFarther(frame, candidate, start, cueStarts[other]!)) continue;
      if (best === undefined || candidate.content[0]!.end - candidate.content[0]!.start < best.content[0]!.end - best.content[0]!.start)
        best = candidate;
    }
    return best;
  };

  // reused from quote to quote: most quotes have no hops, and a chain gets its own copy
  const hops: ChainHop[] = [];
  const seen: string[] = [];
  /** "… told the Gazette": a news outlet that heard the words published them. */
  const addOutletHearer = (reporting: Frame): void => {
    if (reporting.hearer == null) return;
    const hearer = mentionById.get(reporting.hearer);
    const entity = links.get(reporting.hearer)?.entity;
    if (hearer !== undefined && entity !== undefined && isNewsOutlet(hearer.name ?? '') && !hops.some((hop) => hop.entity === entity))
      hops.push({ entity, mention: reporting.hearer, cue: reporting.cue, rule: 'chains/told-outlet' });
  };
  for (const quote of quotes) {
    if (quote.frame === undefined) continue;
    const frame = frameById.get(quote.frame);
    if (frame === undefined) continue;
    // emptied by popping: setting an array's length is a runtime call, and these hold a hop or two
    while (hops.length > 0) hops.pop();
    while (seen.length > 0) seen.pop();
    seen.push(frame.id);
    if (frame.relay !== null) {
      const entity = links.get(frame.relay)?.entity;
      if (entity !== undefined) hops.push({ entity, mention: frame.relay, cue: frame.cue, rule: 'chains/relay' });
    }
    const speaker = frame.source === null ? undefined : links.get(frame.source)?.entity;
    addOutletHearer(frame);
    let current: Frame | undefined = frame;
    // a chain of reports nests a few deep at most; the bound keeps a sentence of hundreds of nested reports linear
    for (let depth = 0; current !== undefined && depth < MAX_OUTER_REPORTS; depth++) {
      const outer = outerOf(current, quote.kind === 'direct');
      if (outer === undefined || seen.includes(outer.id) || outer.source === null) break;
      seen.push(outer.id);
      const entity = links.get(outer.source)?.entity;
      // the speaker never relays their own words: such a hop is a pronoun resolved to the speaker
      if (entity !== undefined && entity !== speaker && !hops.some((hop) => hop.entity === entity))
        hops.push({ entity, mention: outer.source, cue: outer.cue, rule: 'chains/outer-report' });
      // "The guard told the Tribune that Danner said “…”": the guard, then the Tribune
      addOutletHearer(outer);
      current = outer;
    }
    if (hops.length > 0) chains.push({ id: CHAIN_IDS.at(chains.length), quote: quote.id, hops: hops.slice() });
  }
  return chains;
}

export const chainsStage = defineStage({
  name: 'speakers/chains',
  requires: ['quotes', 'frames', 'cues', 'mentions', 'entities'],
  provides: ['chains'],
  options: z.object({}),
  run(doc) {
    return {
      layers: {
        chains: findChains(doc.text, doc.layers.quotes!, doc.layers.frames!, doc.layers.cues!, doc.layers.entities!, doc.layers.mentions!),
      },
    };
  },
});
