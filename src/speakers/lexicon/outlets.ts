import { ownedCopy } from '../../model/owned-copy.js';

/** Words that mark a name as a news outlet ("the Harbor Gazette", "CNN", "The Daily Ledger"). */
export const OUTLET_WORDS = new Set([
  'times',
  'post',
  'journal',
  'news',
  'press',
  'tribune',
  'gazette',
  'herald',
  'network',
  'daily',
  'chronicle',
  'observer',
  'guardian',
  'telegraph',
  'independent',
  'review',
  'monitor',
  'courier',
  'sentinel',
  'examiner',
  'inquirer',
  'dispatch',
  'bulletin',
  'express',
  'mirror',
  'record',
  'register',
  'star',
  'sun',
  'globe',
  'mail',
  'reuters',
  'radio',
  'television',
  'channel',
  'magazine',
  'media',
  'ledger',
  'gazette',
  'cnn',
  'bbc',
  'npr',
  'msnbc',
  'abc',
  'nbc',
  'cbs',
  'fox',
  'politico',
  'axios',
  'bloomberg',
  'ap',
  'afp',
  'newsweek',
  'atlantic',
  'breitbart',
  'huffpost',
  'newsmax',
  'blaze',
  'hill',
  'courant',
  'democrat',
  'enquirer',
  'today',
  'week',
  'weekly',
  'online',
  'tv',
  'fm',
]);

/** A name that reads as a news outlet ("the Harbor Gazette", "CNN", "The Daily Ledger"). */
export function isNewsOutlet(name: string): boolean {
  // resolve asks this of an organization's name again and again: a name's words are split once
  let known = outletByName.get(name);
  if (known === undefined) {
    known = false;
    for (const word of name.toLowerCase().split(' ')) if (OUTLET_WORDS.has(word.replace(/[^a-z]/gu, ''))) known = true;
    if (outletByName.size >= OUTLET_CACHE_LIMIT) outletByName.clear();
    outletByName.set(ownedCopy(name), known);
  }
  return known;
}

/** Answers of isNewsOutlet by name; bounded, and keyed by owned copies (no document kept alive). */
const outletByName = new Map<string, boolean>();
const OUTLET_CACHE_LIMIT = 20_000;

