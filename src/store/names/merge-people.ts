/**
 * Merges the name forms that share a surname into people. Forms with a first name join when their first
 * names are compatible (Joe Berlinger, Joseph Berlinger); an initial ("J. Berlinger") joins the one
 * person it fits and stays apart when it fits several; a document that gives only the surname
 * ("Berlinger") goes to the person whose other documents quote the same other people (co-occurrence),
 * to the only person when there is one, and otherwise stays unresolved under the bare surname.
 */
import { areFirstNamesCompatible, isInitial } from './person-name.js';

/** One way a surname appears as a speaker across the corpus. */
export interface SpeakerForm {
  key: string;
  surname: string;
  given: string[];
  /** The name as most often written (with titles), for display. */
  name: string;
  quotes: number;
}

export interface Person {
  /** Stable for a given corpus: the key of the person's main form, hyphenated ("joe-berlinger"). */
  id: string;
  /** The fullest common name ("Joe Berlinger"). */
  name: string;
  /** Every name the person is quoted under. */
  variants: string[];
  /** Form keys that always mean this person. */
  keys: string[];
  /** Documents where only the surname appears and the quotes there were given to this person. */
  surnameDocuments: number[];
  quotes: number;
}

/** What decides surname-only documents: who else is quoted in each document. */
export interface CoOccurrence {
  /** Per document: the speaker keys quoted there (the surname-only form itself excluded or not, it does not matter). */
  speakersByDocument: ReadonlyMap<number, readonly string[]>;
  /** Documents of each full form (a sample). */
  documentsByKey: ReadonlyMap<string, readonly number[]>;
  /** Documents where the bare surname is the speaker, with their quote counts. */
  surnameOnlyDocuments: ReadonlyMap<number, number>;
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, index) => index);
  }
  find(index: number): number {
    let root = index;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[index] !== root) {
      const next = this.parent[index]!;
      this.parent[index] = root;
      index = next;
    }
    return root;
  }
  union(first: number, second: number): void {
    const a = this.find(first);
    const b = this.find(second);
    if (a !== b) this.parent[Math.max(a, b)] = Math.min(a, b);
  }
}

interface Cluster {
  forms: SpeakerForm[];
}

function byQuotes(first: SpeakerForm, second: SpeakerForm): number {
  // Most quoted first; among equals the fullest ("Thomas" before "Tom"), then by key for a stable order.
  return second.quotes - first.quotes || second.key.length - first.key.length || first.key.localeCompare(second.key);
}

function toPerson(cluster: Cluster, surnameDocuments: number[], surnameQuotes: number): Person {
  const forms = [...cluster.forms].sort(byQuotes);
  // The main form: most quoted among those with a full first name, else the most quoted.
  const main = forms.find((form) => form.given.length > 0 && !isInitial(form.given[0]!)) ?? forms[0];
  const variants = [...new Set(forms.map((form) => form.name))];
  const id = (main?.key ?? 'unknown').split(' ').join('-');
  return {
    id,
    name: main?.name ?? '',
    variants,
    keys: forms.map((form) => form.key),
    surnameDocuments,
    quotes: forms.reduce((total, form) => total + form.quotes, 0) + surnameQuotes,
  };
}

/** Groups name forms of one surname into people (see the file comment). */
export function mergePeople(forms: readonly SpeakerForm[], evidence?: CoOccurrence): Person[] {
  const full = forms.filter((form) => form.given.length > 0 && !isInitial(form.given[0]!));
  const initials = forms.filter((form) => form.given.length > 0 && isInitial(form.given[0]!));
  const bare = forms.filter((form) => form.given.length === 0);

  const union = new UnionFind(full.length);
  for (let i = 0; i < full.length; i++)
    for (let j = i + 1; j < full.length; j++) if (areFirstNamesCompatible(full[i]!.given[0]!, full[j]!.given[0]!)) union.union(i, j);
  const clusterByRoot = new Map<number, Cluster>();
  for (const [index, form] of full.entries()) {
    const root = union.find(index);
    const cluster = clusterByRoot.get(root) ?? { forms: [] };
    cluster.forms.push(form);
    clusterByRoot.set(root, cluster);
  }
  const clusters = [...clusterByRoot.values()];

  for (const form of initials) {
    const fitting = clusters.filter((cluster) => cluster.forms.some((other) => areFirstNamesCompatible(form.given[0]!, other.given[0]!)));
    if (fitting.length === 1) fitting[0]!.forms.push(form);
    else {
      // An initial that fits nobody, or several people, is its own person (or the same initial's).
      const sameInitial = clusters.find((cluster) => cluster.forms.every((other) => other.given[0] === form.given[0]));
      if (sameInitial !== undefined && fitting.length === 0) sameInitial.forms.push(form);
      else clusters.push({ forms: [form] });
    }
  }

  if (bare.length === 0) return clusters.map((cluster) => toPerson(cluster, [], 0));
  if (clusters.length === 0) return [toPerson({ forms: bare }, [], 0)];
  if (clusters.length === 1) return [toPerson({ forms: [...clusters[0]!.forms, ...bare] }, [], 0)];

  // Several people share the surname: each surname-only document goes to the person it co-occurs with.
  const assigned = clusters.map(() => ({ documents: [] as number[], quotes: 0 }));
  const unresolved = { documents: [] as number[], quotes: 0 };
  if (evidence !== undefined) {
    const profiles = clusters.map((cluster) => {
      const counts = new Map<string, number>();
      const keys = new Set(cluster.forms.map((form) => form.key));
      for (const form of cluster.forms) {
        for (const document of evidence.documentsByKey.get(form.key) ?? []) {
          for (const key of evidence.speakersByDocument.get(document) ?? []) {
            if (!keys.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
          }
        }
      }
      return counts;
    });
    const surnameKeys = new Set(bare.map((form) => form.key));
    for (const [document, quotes] of [...evidence.surnameOnlyDocuments.entries()].sort((a, b) => a[0] - b[0])) {
      const others = (evidence.speakersByDocument.get(document) ?? []).filter((key) => !surnameKeys.has(key));
      const distinct = [...new Set(others)];
      const scores = profiles.map((profile) => distinct.reduce((sum, key) => sum + (profile.has(key) ? 1 : 0), 0));
      const best = Math.max(...scores);
      const winners = scores.filter((score) => score === best).length;
      const target = best > 0 && winners === 1 ? assigned[scores.indexOf(best)]! : unresolved;
      target.documents.push(document);
      target.quotes += quotes;
    }
  } else {
    for (const form of bare) unresolved.quotes += form.quotes;
  }
  const people = clusters.map((cluster, index) => toPerson(cluster, assigned[index]!.documents, assigned[index]!.quotes));
  for (const [index, person] of people.entries()) {
    if (assigned[index]!.documents.length === 0) continue;
    for (const form of bare) if (!person.variants.includes(form.name)) person.variants.push(form.name);
  }
  if (unresolved.quotes > 0 || unresolved.documents.length > 0) {
    const person = toPerson({ forms: bare }, unresolved.documents, 0);
    person.quotes = unresolved.quotes;
    // With evidence, the bare surname means this person only in the unresolved documents.
    if (evidence !== undefined) person.keys = [];
    people.push(person);
  }
  return people;
}
