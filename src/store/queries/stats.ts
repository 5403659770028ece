/** Corpus totals: documents, quotes, speakers (people, name variants merged) and provenance groups. */
import { mergePeople, type SpeakerForm } from '../names/merge-people.js';
import type { Store } from '../store.js';
import { toSpeakerForm } from './people.js';

export interface CorpusStats {
  documents: number;
  quotes: number;
  /** People and other speakers (organizations, descriptors), with the name forms of one person merged. */
  speakers: number;
  /** Groups of near-identical quotes seen in more than one place. */
  groups: number;
}

export async function corpusStats(store: Store): Promise<CorpusStats> {
  const counts = await store.counts();
  const forms = await store.findSpeakerForms();
  const bySurname = new Map<string, SpeakerForm[]>();
  let speakers = 0;
  for (const stored of forms) {
    if (stored.surname === null) {
      speakers++;
      continue;
    }
    const list = bySurname.get(stored.surname);
    if (list === undefined) bySurname.set(stored.surname, [toSpeakerForm(stored)]);
    else list.push(toSpeakerForm(stored));
  }
  // A bare surname ("Vereker") is one of the named people when there are any, not one more.
  for (const list of bySurname.values()) {
    const named = mergePeople(list).filter((person) =>
      person.keys.some((key) => list.some((form) => form.key === key && form.given.length > 0)),
    );
    speakers += Math.max(1, named.length);
  }
  return { documents: counts.documents, quotes: counts.quotes, speakers, groups: counts.groups };
}
