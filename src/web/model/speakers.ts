/**
 * The speakers of one article, as the side panel and the highlights show them: one entry per resolved
 * entity (or per unresolved mention text), in order of first quote, each with its style and quotes.
 */
import type { EntityView, QuotesView, QuoteView } from '../../index.js';
import { speakerStyle, UNATTRIBUTED_STYLE, type SpeakerStyle } from './palette.js';

export interface SpeakerEntry {
  /** Entity id, `mention:<text>` for a speaker mention with no entity, or `unattributed`. */
  key: string;
  name: string;
  type: EntityView['type'] | 'unknown';
  /** Short label shown as a badge before each quote (initials, made unique in the article). */
  badge: string;
  style: SpeakerStyle;
  quotes: QuoteView[];
  /** Distinct mention texts the quotes were attributed through ("Okafor", "she"). */
  mentions: string[];
}

export interface SpeakerModel {
  speakers: SpeakerEntry[];
  byQuote: Map<string, SpeakerEntry>;
  entities: Map<string, EntityView>;
}

export const UNATTRIBUTED_KEY = 'unattributed';

/** Determiners and quantifiers skipped when making initials ("A port spokesperson" -> "PS"). */
const SKIPPED_WORDS = new Set([
  'a',
  'an',
  'the',
  'one',
  'two',
  'three',
  'several',
  'some',
  'many',
  'other',
  'another',
  'his',
  'her',
  'their',
  'its',
  'of',
]);

/** Initials from a name: first letters of the first and last kept words ("Marisol Okafor" -> "MO"). */
export function initialsOf(name: string): string {
  const words = name.split(' ').filter((word) => word.length > 0 && !SKIPPED_WORDS.has(word.toLowerCase()));
  const letters = words.map((word) => firstLetter(word)).filter((letter) => letter !== '');
  if (letters.length === 0) return '?';
  if (letters.length === 1) {
    const word = words[0]!;
    const second = [...word].slice(1).find((character) => character.toLowerCase() !== character.toUpperCase()) ?? '';
    return (letters[0]! + second.toLowerCase()).slice(0, 3);
  }
  return letters[0]! + letters[letters.length - 1]!;
}

function firstLetter(word: string): string {
  for (const character of word) if (character.toLowerCase() !== character.toUpperCase()) return character.toUpperCase();
  return '';
}

export function speakerKeyOf(quote: QuoteView): string {
  if (quote.speaker === null) return UNATTRIBUTED_KEY;
  return quote.speaker.entity ?? `mention:${quote.speaker.text}`;
}

export function buildSpeakerModel(view: QuotesView): SpeakerModel {
  const entities = new Map(view.entities.map((entity) => [entity.id, entity]));
  const byKey = new Map<string, SpeakerEntry>();
  const byQuote = new Map<string, SpeakerEntry>();
  const usedBadges = new Map<string, number>();
  const ordered = [...view.quotes].sort((left, right) => left.start - right.start || left.end - right.end);
  for (const quote of ordered) {
    const key = speakerKeyOf(quote);
    let entry = byKey.get(key);
    if (entry === undefined) {
      const entity = quote.speaker?.entity == null ? undefined : entities.get(quote.speaker.entity);
      const name = key === UNATTRIBUTED_KEY ? 'Unattributed' : (entity?.name ?? quote.speaker!.text);
      const isUnattributed = key === UNATTRIBUTED_KEY;
      let badge = isUnattributed ? '?' : initialsOf(name);
      const seen = usedBadges.get(badge) ?? 0;
      usedBadges.set(badge, seen + 1);
      if (seen > 0) badge = `${badge}${seen + 1}`;
      entry = {
        key,
        name,
        type: entity?.type ?? 'unknown',
        badge,
        style: isUnattributed ? UNATTRIBUTED_STYLE : speakerStyle(byKey.size - (byKey.has(UNATTRIBUTED_KEY) ? 1 : 0)),
        quotes: [],
        mentions: [],
      };
      byKey.set(key, entry);
    }
    entry.quotes.push(quote);
    if (quote.speaker !== null && !entry.mentions.includes(quote.speaker.text)) entry.mentions.push(quote.speaker.text);
    byQuote.set(quote.id, entry);
  }
  // Most-quoted first; the unattributed group always last.
  const speakers = [...byKey.values()].sort((left, right) => {
    if (left.key === UNATTRIBUTED_KEY) return 1;
    if (right.key === UNATTRIBUTED_KEY) return -1;
    return right.quotes.length - left.quotes.length || left.quotes[0]!.start - right.quotes[0]!.start;
  });
  return { speakers, byQuote, entities };
}

/** The display name of an entity id, falling back to the mention text. */
export function entityName(model: SpeakerModel, entity: string | null, fallback: string): string {
  if (entity === null) return fallback;
  return model.entities.get(entity)?.name ?? fallback;
}
