/**
 * Does the speaker an article names match the speaker label on the tape? Labels are often shortened
 * or spelled differently: "JOE B." and "BERLINGER" for Joe Berlinger, "Maggie" for Margaret, a typo
 * in a surname. Opaque labels ("SPEAKER_01", "Q" without a header naming the interviewer) say
 * nothing, so the answer is `unknown` rather than a mismatch.
 */

export type SpeakerAgreement = 'match' | 'mismatch' | 'unknown';

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
  'reverend',
  'fr',
  'father',
  'sister',
  'brother',
  'sen',
  'senator',
  'rep',
  'representative',
  'gov',
  'governor',
  'mayor',
  'president',
  'judge',
  'justice',
  'chief',
  'officer',
  'sgt',
  'sergeant',
  'capt',
  'captain',
  'lt',
  'lieutenant',
  'col',
  'colonel',
  'gen',
  'general',
  'det',
  'detective',
  'councillor',
  'councilor',
  'councilwoman',
  'councilman',
  'minister',
  'secretary',
  'director',
  'coach',
  'jr',
  'sr',
  'ii',
  'iii',
  'phd',
  'md',
  'the',
]);

const NICKNAMES: Readonly<Record<string, string>> = {
  maggie: 'margaret',
  peggy: 'margaret',
  meg: 'margaret',
  bill: 'william',
  will: 'william',
  billy: 'william',
  liam: 'william',
  bob: 'robert',
  rob: 'robert',
  bobby: 'robert',
  jim: 'james',
  jimmy: 'james',
  jamie: 'james',
  joe: 'joseph',
  joey: 'joseph',
  kate: 'katherine',
  katie: 'katherine',
  kathy: 'katherine',
  cathy: 'catherine',
  liz: 'elizabeth',
  beth: 'elizabeth',
  betty: 'elizabeth',
  lizzie: 'elizabeth',
  mike: 'michael',
  mick: 'michael',
  tom: 'thomas',
  tommy: 'thomas',
  dan: 'daniel',
  danny: 'daniel',
  sam: 'samuel',
  sue: 'susan',
  susie: 'susan',
  dave: 'david',
  steve: 'steven',
  stephen: 'steven',
  chris: 'christopher',
  tony: 'anthony',
  andy: 'andrew',
  drew: 'andrew',
  alex: 'alexander',
  ed: 'edward',
  eddie: 'edward',
  ted: 'edward',
  nick: 'nicholas',
  matt: 'matthew',
  pat: 'patricia',
  patty: 'patricia',
  jen: 'jennifer',
  jenny: 'jennifer',
  becky: 'rebecca',
  rick: 'richard',
  dick: 'richard',
  rich: 'richard',
  ben: 'benjamin',
  greg: 'gregory',
  jon: 'jonathan',
  nate: 'nathan',
  ron: 'ronald',
  don: 'donald',
  larry: 'lawrence',
  abby: 'abigail',
  vicky: 'victoria',
  tori: 'victoria',
  sandy: 'sandra',
  debbie: 'deborah',
  deb: 'deborah',
  gabe: 'gabriel',
  manny: 'manuel',
};

/** Labels that stand for a role or a diarization slot, not a person. */
export function isOpaqueLabel(label: string): boolean {
  const lower = label.trim().toLowerCase();
  if (/^(?:speaker|spk|spkr|voice|s)[ _-]?[0-9a-z]{0,3}$/.test(lower)) return true;
  return [
    'q',
    'a',
    'interviewer',
    'interviewee',
    'unknown',
    'unidentified',
    'man',
    'woman',
    'male',
    'female',
    'voice',
    'crowd',
    'audience',
    '?',
    'narrator',
    'host',
    'guest',
    'reporter',
  ].includes(lower);
}

/** Lower-cased name parts without titles and punctuation; hyphenated names split ("Oyelaran-Birch"). */
export function nameParts(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2019']/g, '')
    .split(/[^\p{L}\p{N}.]+/u)
    .flatMap((part) => (part.includes('.') ? part.split('.') : [part]))
    .filter((part) => part.length > 0 && !TITLES.has(part));
}

/** Levenshtein distance, stopping early once it passes `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let row = 1; row <= a.length; row++) {
    const current = [row];
    let rowMin = row;
    for (let column = 1; column <= b.length; column++) {
      const value = Math.min(
        previous[column]! + 1,
        current[column - 1]! + 1,
        previous[column - 1]! + (a[row - 1] === b[column - 1] ? 0 : 1),
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

type PartMatch = 'strong' | 'initial' | 'none';

function compareParts(articlePart: string, labelPart: string): PartMatch {
  if (articlePart === labelPart) return 'strong';
  if (articlePart.length === 1 || labelPart.length === 1) return articlePart[0] === labelPart[0] ? 'initial' : 'none';
  const canonicalA = NICKNAMES[articlePart] ?? articlePart;
  const canonicalB = NICKNAMES[labelPart] ?? labelPart;
  if (canonicalA === canonicalB) return 'strong';
  const shorter = Math.min(articlePart.length, labelPart.length);
  // Short forms: "Teo" for Teodor, "Dan" for Daniel.
  if (shorter >= 3 && (articlePart.startsWith(labelPart) || labelPart.startsWith(articlePart))) return 'strong';
  const limit = shorter >= 8 ? 2 : shorter >= 4 ? 1 : 0;
  return limit > 0 && editDistance(articlePart, labelPart, limit) <= limit ? 'strong' : 'none';
}

/**
 * Compares two names. `match` needs a full-word agreement and no label word the article's full name
 * lacks ("Joe Berlinger" vs "JOE SMITH" is a mismatch; "Berlinger" vs "ANNA BERLINGER" matches, as a
 * surname alone cannot contradict), or initials that fit every part ("J.B.").
 */
export function compareNames(articleName: string, tapeName: string): SpeakerAgreement {
  const article = nameParts(articleName);
  const tape = nameParts(tapeName);
  if (article.length === 0 || tape.length === 0) return 'unknown';
  let strong = 0;
  let initials = 0;
  let unmatchedTapeWords = 0;
  for (const part of tape) {
    const best = article
      .map((articlePart) => compareParts(articlePart, part))
      .reduce<PartMatch>(
        (a, b) => (a === 'strong' || b === 'strong' ? 'strong' : a === 'initial' || b === 'initial' ? 'initial' : 'none'),
        'none',
      );
    if (best === 'strong') strong++;
    else if (best === 'initial') initials++;
    else if (part.length > 1) unmatchedTapeWords++;
  }
  // Article words the label leaves out are fine ("QUINTERO HALE" for Marisol Quintero-Hale); label words the name lacks are not.
  if (strong > 0) return unmatchedTapeWords > 0 && article.length > 1 ? 'mismatch' : 'match';
  if (initials === tape.length && tape.length >= 2) return 'match';
  if (initials > 0 && (article.length === 1 || tape.length === 1)) return 'unknown';
  return 'mismatch';
}
