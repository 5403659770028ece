/**
 * Finds the people a name means in the corpus: every name form with the name's surname is merged into
 * people (names/merge-people.ts), then the people the name can be are kept: the one with exactly this
 * form, else those whose first name fits, or all of them for a bare surname. Names that are not
 * people's (organizations, "the mayor") match their own normalized form only.
 */
import { mergePeople, type CoOccurrence, type Person, type SpeakerForm } from '../names/merge-people.js';
import { areNamesCompatible, parsePersonName, type PersonName } from '../names/person-name.js';
import type { SpeakerFilter, Store, StoredQuote, StoredSpeakerForm } from '../store.js';
import { wordsOf } from '../text/words.js';

/** Documents read for co-occurrence evidence at most (a surname quoted in more is decided on a sample). */
const MAX_EVIDENCE_PAIRS = 20_000;
const MAX_EVIDENCE_DOCUMENTS = 5_000;

export interface ResolvedPeople {
  people: Person[];
  /** The quotes of these people; null when the name matches nobody. */
  filter: SpeakerFilter | null;
  /** Which of the people a stored quote belongs to. */
  personOf(quote: StoredQuote): Person | undefined;
}

function titleCase(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => (word.length === 0 ? word : word[0]!.toUpperCase() + word.slice(1)))
    .join(' ');
}

/** A name as typed by a user: "berlinger" reads like "Berlinger". */
export function readQueryName(name: string): PersonName | null {
  return parsePersonName(name) ?? parsePersonName(titleCase(name));
}

export function toSpeakerForm(stored: StoredSpeakerForm): SpeakerForm {
  return {
    key: stored.key,
    surname: stored.surname ?? stored.key,
    given: stored.given === null || stored.given.length === 0 ? [] : stored.given.split(' '),
    name: stored.name,
    quotes: stored.quotes,
  };
}

async function gatherEvidence(store: Store, surname: string): Promise<CoOccurrence> {
  const pairs = await store.findSpeakerDocuments(surname, MAX_EVIDENCE_PAIRS);
  const documentsByKey = new Map<string, number[]>();
  const surnameOnlyDocuments = new Map<number, number>();
  for (const pair of pairs) {
    if (pair.key === surname) surnameOnlyDocuments.set(pair.documentRowId, pair.quotes);
    const list = documentsByKey.get(pair.key);
    if (list === undefined) documentsByKey.set(pair.key, [pair.documentRowId]);
    else list.push(pair.documentRowId);
  }
  const documents = [...new Set(pairs.map((pair) => pair.documentRowId))].slice(0, MAX_EVIDENCE_DOCUMENTS);
  const speakersByDocument = await store.findDocumentSpeakers(documents);
  return { speakersByDocument, documentsByKey, surnameOnlyDocuments };
}

function nonPerson(key: string, forms: readonly StoredSpeakerForm[]): ResolvedPeople {
  const form = forms.find((candidate) => candidate.key === key);
  if (form === undefined) return { people: [], filter: null, personOf: () => undefined };
  const person: Person = {
    id: key.split(' ').join('-'),
    name: form.name,
    variants: [form.name],
    keys: [key],
    surnameDocuments: [],
    quotes: form.quotes,
  };
  return { people: [person], filter: { keys: [key] }, personOf: (quote) => (quote.speakerKey === key ? person : undefined) };
}

export async function resolvePeople(store: Store, name: string): Promise<ResolvedPeople> {
  const parsed = readQueryName(name);
  const normalized = wordsOf(name).join(' ');
  if (parsed === null) return nonPerson(normalized, normalized.length === 0 ? [] : await store.findSpeakerForms({ key: normalized }));
  const stored = await store.findSpeakerForms({ surname: parsed.surname });
  // None: maybe an organization that reads like a name ("Harbor Authority").
  if (stored.length === 0) return nonPerson(normalized, await store.findSpeakerForms({ key: normalized }));
  const forms = stored.map(toSpeakerForm);
  const hasBare = forms.some((form) => form.given.length === 0);
  const fullForms = forms.filter((form) => form.given.length > 0).length;
  const evidence = hasBare && fullForms >= 2 ? await gatherEvidence(store, parsed.surname) : undefined;
  const everyone = mergePeople(forms, evidence);
  let people = everyone;
  if (parsed.given.length > 0) {
    const exact = everyone.filter((person) => person.keys.includes(parsed.key));
    people =
      exact.length > 0
        ? exact
        : everyone.filter((person) =>
            person.keys.some((key) => {
              const form = forms.find((candidate) => candidate.key === key);
              return (
                form !== undefined &&
                form.given.length > 0 &&
                areNamesCompatible(parsed, { key, surname: form.surname, given: form.given, isTitled: false })
              );
            }),
          );
  }
  if (people.length === 0) return { people, filter: null, personOf: () => undefined };
  const keys = [...new Set(people.flatMap((person) => person.keys))];
  const surnameDocuments = [...new Set(people.flatMap((person) => person.surnameDocuments))];
  const filter: SpeakerFilter = { keys, ...(surnameDocuments.length > 0 ? { surnameKey: parsed.surname, surnameDocuments } : {}) };
  const byKey = new Map<string, Person>();
  const byDocument = new Map<number, Person>();
  for (const person of people) {
    for (const key of person.keys) byKey.set(key, person);
    for (const document of person.surnameDocuments) byDocument.set(document, person);
  }
  return {
    people,
    filter,
    personOf: (quote) =>
      (quote.speakerKey === null ? undefined : byKey.get(quote.speakerKey)) ??
      (quote.speakerKey === parsed.surname ? byDocument.get(quote.documentRowId) : undefined),
  };
}
