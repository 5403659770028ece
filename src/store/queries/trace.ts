/**
 * Provenance of a quote: the group of near-identical quotes across articles (found at ingest, so this is
 * a lookup), in date order, with the earliest appearance, each other wording as a word diff against the
 * earliest, and conflicting attributions (the same words given to people who cannot be one person).
 * A trace by words looks the words up by wording hash and LSH band keys and checks each candidate; words
 * too few to fingerprint fall back to full-text search.
 */
import { VerbatimError } from '../../errors.js';
import type { QuoteView } from '../../output/quotes-view.js';
import { mergePeople, type SpeakerForm } from '../names/merge-people.js';
import { fingerprintOf, isNearDuplicate } from '../provenance/minhash.js';
import { diffWords, type WordDiffOp } from '../provenance/word-diff.js';
import type { GroupMember, Store, StoredQuote } from '../store.js';
import { wordsOf } from '../text/words.js';
import { compareByDate, searchQuotes } from './search.js';
import { parseQuoteId, toResult, type QuoteResult } from './results.js';

export interface TraceOptions {
  /** Appearances listed per group at most (the count is always complete); default 100. */
  limit?: number;
  /** Groups returned at most for a trace by words; default 5. */
  maxGroups?: number;
}

export interface TraceVariant {
  /** The wording as first written. */
  text: string;
  /** Appearances with this wording. */
  count: number;
  /** The earliest appearance with this wording. */
  first: QuoteResult;
  /** From the earliest appearance's words to this wording's. */
  diff: WordDiffOp[];
}

export interface TraceConflict {
  /** The speaker's fullest name. */
  speaker: string;
  /** Names this speaker is given in the group. */
  names: string[];
  /** Appearances attributed to this speaker. */
  count: number;
  /** The earliest of them. */
  first: QuoteResult;
}

export interface TraceGroup {
  /** Group id (the id of a quote in it), null for a quote that nothing else repeats. */
  id: number | null;
  /** How the group was found: the quote itself, a near-duplicate of the words, or a word search. */
  match: 'quote' | 'near-duplicate' | 'words';
  /** Appearances in the corpus. */
  count: number;
  earliest: QuoteResult;
  /** In date order (undated last), up to the limit. */
  appearances: QuoteResult[];
  /** Each other wording, most common first. */
  variants: TraceVariant[];
  /** When the words are given to more than one person: one entry per person, earliest first; else empty. */
  conflicts: TraceConflict[];
}

export interface TraceResponse {
  groups: TraceGroup[];
}

export const DEFAULT_TRACE_LIMIT = 100;
const MAX_VARIANTS = 50;
const CANDIDATE_LIMIT = 500;

/** The words a quote puts in quotation marks, as written: the whole of a direct quote, the fragments of a mixed one. */
export function quotedTextOf(view: QuoteView): string {
  if (view.kind === 'mixed' && view.fragments !== undefined && view.fragments.length > 0)
    return view.fragments.map((fragment) => fragment.text).join(' … ');
  return view.text;
}

function compareMembers(first: GroupMember, second: GroupMember): number {
  const a = first.publishedAt;
  const b = second.publishedAt;
  if (a !== b) {
    if (a === null) return 1;
    if (b === null) return -1;
    return a < b ? -1 : 1;
  }
  return first.rowId - second.rowId;
}

/** Splits a group's speakers into people; more than one is a conflict. */
function speakersOf(members: readonly GroupMember[]): Array<{ name: string; names: string[]; members: GroupMember[] }> {
  const bySurname = new Map<string, GroupMember[]>();
  const others = new Map<string, GroupMember[]>();
  for (const member of members) {
    if (member.speakerKey === null) continue;
    const map = member.speakerSurname === null ? others : bySurname;
    const key = member.speakerSurname ?? member.speakerKey;
    const list = map.get(key);
    if (list === undefined) map.set(key, [member]);
    else list.push(member);
  }
  const people: Array<{ name: string; names: string[]; members: GroupMember[] }> = [];
  for (const [surname, list] of bySurname) {
    const forms = new Map<string, SpeakerForm>();
    for (const member of list) {
      const form = forms.get(member.speakerKey!);
      if (form !== undefined) form.quotes++;
      else
        forms.set(member.speakerKey!, {
          key: member.speakerKey!,
          surname,
          given: member.speakerGiven === null ? [] : member.speakerGiven.split(' '),
          name: member.speakerName ?? member.speakerKey!,
          quotes: 1,
        });
    }
    for (const person of mergePeople([...forms.values()])) {
      const keys = new Set(person.keys);
      people.push({ name: person.name, names: person.variants, members: list.filter((member) => keys.has(member.speakerKey!)) });
    }
  }
  for (const list of others.values()) {
    const names = [...new Set(list.map((member) => member.speakerName ?? member.speakerKey!))];
    people.push({ name: names[0]!, names, members: list });
  }
  return people.filter((person) => person.members.length > 0);
}

async function loadQuotes(store: Store, rowIds: readonly number[]): Promise<Map<number, StoredQuote>> {
  if (rowIds.length === 0) return new Map();
  const quotes = await store.findQuotes({ rowIds, order: 'published-asc', limit: rowIds.length });
  return new Map(quotes.map((quote) => [quote.rowId, quote]));
}

async function describeGroup(store: Store, groupId: number, match: TraceGroup['match'], limit: number): Promise<TraceGroup | undefined> {
  const members = (await store.listGroupMembers(groupId)).sort(compareMembers);
  if (members.length === 0) return undefined;
  const earliest = members[0]!;
  const wordings = new Map<number | null, { count: number; first: GroupMember }>();
  for (const member of members) {
    const wording = wordings.get(member.wordingHash);
    if (wording === undefined) wordings.set(member.wordingHash, { count: 1, first: member });
    else wording.count++;
  }
  const variantWordings = [...wordings.entries()]
    .filter(([hash]) => hash !== earliest.wordingHash)
    .sort((first, second) => second[1].count - first[1].count || compareMembers(first[1].first, second[1].first))
    .slice(0, MAX_VARIANTS);
  const people = speakersOf(members);
  const conflicting = people.length > 1 ? people : [];
  const wanted = new Set<number>([
    ...members.slice(0, limit).map((member) => member.rowId),
    ...variantWordings.map(([, wording]) => wording.first.rowId),
    ...conflicting.map((person) => person.members[0]!.rowId),
  ]);
  const quotes = await loadQuotes(store, [...wanted]);
  const resultOf = (rowId: number): QuoteResult => toResult(quotes.get(rowId)!);
  const earliestText = quotedTextOf(quotes.get(earliest.rowId)!.view);
  return {
    id: groupId,
    match,
    count: members.length,
    earliest: resultOf(earliest.rowId),
    appearances: members.slice(0, limit).map((member) => resultOf(member.rowId)),
    variants: variantWordings.map(([, wording]) => {
      const text = quotedTextOf(quotes.get(wording.first.rowId)!.view);
      return { text, count: wording.count, first: resultOf(wording.first.rowId), diff: diffWords(earliestText, text) };
    }),
    conflicts: conflicting
      .map((person) => ({
        speaker: person.name,
        names: person.names,
        count: person.members.length,
        first: resultOf(person.members[0]!.rowId),
        rowId: person.members[0]!.rowId,
      }))
      .sort((first, second) =>
        compareMembers(
          members.find((member) => member.rowId === first.rowId)!,
          members.find((member) => member.rowId === second.rowId)!,
        ),
      )
      .map(({ rowId: _rowId, ...conflict }) => conflict),
  };
}

function aloneGroup(quote: StoredQuote, match: TraceGroup['match']): TraceGroup {
  const result = toResult(quote);
  return { id: null, match, count: 1, earliest: result, appearances: [result], variants: [], conflicts: [] };
}

async function groupsOf(
  store: Store,
  quotes: readonly StoredQuote[],
  match: TraceGroup['match'],
  options: Required<TraceOptions>,
): Promise<TraceGroup[]> {
  const groups: TraceGroup[] = [];
  const seen = new Set<number>();
  for (const quote of [...quotes].sort(compareByDate)) {
    if (groups.length >= options.maxGroups) break;
    if (quote.groupId === null) {
      groups.push(aloneGroup(quote, match));
      continue;
    }
    if (seen.has(quote.groupId)) continue;
    seen.add(quote.groupId);
    const group = await describeGroup(store, quote.groupId, match, options.limit);
    if (group !== undefined) groups.push(group);
  }
  // Biggest spread first: the group a reader is most likely tracing.
  return groups.sort((first, second) => second.count - first.count);
}

/** Traces a quote given by its corpus id ("<document id>:<quote id>") or by its words. */
export async function traceQuote(store: Store, query: string, options: TraceOptions = {}): Promise<TraceResponse> {
  const settings: Required<TraceOptions> = {
    limit: Math.max(1, Math.floor(options.limit ?? DEFAULT_TRACE_LIMIT)),
    maxGroups: options.maxGroups ?? 5,
  };
  const reference = parseQuoteId(query);
  if (reference !== undefined) {
    const [quote] = await store.findQuotes({ reference, order: 'published-asc', limit: 1 });
    if (quote === undefined)
      throw new VerbatimError('VBT_STORE_UNKNOWN_QUOTE', `No stored quote has the id ${query.trim()}`, { details: { id: query.trim() } });
    return { groups: await groupsOf(store, [quote], 'quote', settings) };
  }
  const words = wordsOf(query);
  if (words.length === 0) throw new VerbatimError('VBT_OPTIONS_INVALID', `Expected quote words or a quote id to trace, found "${query}"`);
  const fingerprint = fingerprintOf(words);
  if (fingerprint !== null) {
    const candidates = await store.findTraceCandidates(
      { wordingHashes: [fingerprint.wordingHash], bandKeys: fingerprint.bandKeys },
      CANDIDATE_LIMIT,
    );
    const matches = candidates.filter((candidate) =>
      isNearDuplicate(words, candidate.traceTerms.length === 0 ? [] : candidate.traceTerms.split(' ')),
    );
    if (matches.length > 0) return { groups: await groupsOf(store, matches, 'near-duplicate', settings) };
  }
  const found = await searchQuotes(store, query, { limit: settings.maxGroups * 4 });
  const best = found.results.filter((result) => result.score >= 0.75);
  if (best.length === 0) return { groups: [] };
  const quotes = await loadQuotesByResult(store, best);
  return { groups: await groupsOf(store, quotes, 'words', settings) };
}

async function loadQuotesByResult(store: Store, results: readonly QuoteResult[]): Promise<StoredQuote[]> {
  const quotes: StoredQuote[] = [];
  for (const result of results) {
    const reference = parseQuoteId(result.id);
    if (reference === undefined) continue;
    const [quote] = await store.findQuotes({ reference, order: 'published-asc', limit: 1 });
    if (quote !== undefined) quotes.push(quote);
  }
  return quotes;
}
