/** Word lists for normalization: fillers, contractions, spelling variants, number words, function words. */

/** Hesitations dropped on both sides before comparing. */
export const FILLERS: ReadonlySet<string> = new Set([
  'um',
  'umm',
  'ummm',
  'uh',
  'uhh',
  'uhm',
  'erm',
  'er',
  'err',
  'ehm',
  'ah',
  'ahh',
  'hmm',
  'hm',
  'hmmm',
  'mm',
  'mmm',
  'mhm',
  'eh',
]);

/** Two-word fillers, dropped only when punctuation follows ("you know," but not "you know the answer"). */
export const PHRASE_FILLERS: ReadonlyArray<readonly [string, string]> = [
  ['you', 'know'],
  ['i', 'mean'],
];

/** Whole-word rewrites: spoken or informal spellings -> the written form both sides are compared in. */
export const REWRITES: Readonly<Record<string, readonly string[]>> = {
  cannot: ['can', 'not'],
  "can't": ['can', 'not'],
  "won't": ['will', 'not'],
  "shan't": ['shall', 'not'],
  "let's": ['let', 'us'],
  "y'all": ['you', 'all'],
  gonna: ['going', 'to'],
  wanna: ['want', 'to'],
  gotta: ['got', 'to'],
  kinda: ['kind', 'of'],
  sorta: ['sort', 'of'],
  outta: ['out', 'of'],
  lotta: ['lot', 'of'],
  dunno: ['do', 'not', 'know'],
  "'cause": ['because'],
  cuz: ['because'],
  "'em": ['them'],
  "'til": ['until'],
  til: ['until'],
  till: ['until'],
  ok: ['okay'],
  alright: ['all', 'right'],
  mr: ['mister'],
  mrs: ['missus'],
  dr: ['doctor'],
  pct: ['percent'],
  dollar: ['dollars'],
  euro: ['euros'],
  towards: ['toward'],
};

/** Words that may stand before "'s" meaning "is" or "has" (otherwise "'s" is a possessive and stays). */
export const S_CONTRACTION_HOSTS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'it',
  'that',
  'there',
  'here',
  'what',
  'who',
  'where',
  'when',
  'how',
  'why',
  'this',
  'everything',
  'nothing',
  'something',
  'someone',
  'everyone',
  'nobody',
  'somebody',
  'everybody',
  'everyone',
]);

/** Contraction stand-ins and the full words each may stand for. */
export const CONTRACTION_CLASSES: Readonly<Record<string, readonly string[]>> = {
  "'d": ['would', 'had', 'did'],
  "'s": ['is', 'has', 'does'],
};

export const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1000,
};

/** Function words: ignored when measuring whether a paraphrase carries the same content. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of in on at to for from by with without about into onto over under ' +
    'up down out off as is are was were be been being am do does did done have has had having will would shall should can could may might must ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs who whom whose which what when where why how ' +
    'not no yes all any some each every both either neither just very really also too only even still more most much many such own same other ' +
    "'s 'd said says say tell told think thought know knew going get got go went come came make made like well oh okay because while until " +
    'again ever never always now then once one lot kind sort thing things something anything nothing everything way'
  ).split(' '),
);
