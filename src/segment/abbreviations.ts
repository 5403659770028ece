/** Abbreviations that take a period, lower-cased without it. */

/** Titles and name parts: a period after them never ends a sentence ("Sen. Ruiz", "Gen. Okafor"). */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'maj',
  'pres', 'supt', 'insp', 'det', 'cpl', 'pvt', 'rev', 'hon', 'msgr', 'fr', 'sr', 'sra', 'mme', 'mlle', 'messrs', 'atty', 'amb', 'lieut',
  'st', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'fig', 'figs', 'vol', 'pp', 'ch', 'sec', 'art', 'ave', 'blvd', 'rd', 'approx', 'dept', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'cf', 'al', 'ca', 'ph.d', 'u.s',
  'u.k', 'u.n', 'd.c', 'l.a', 'n.y', 'e.u',
]);

/** Abbreviations that often end a sentence too: split after them only before a typical sentence opener. */
export const TERMINAL_ABBREVIATIONS = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'jr', 'etc', 'a.m', 'p.m', 'bros', 'plc', 'esq']);

/** Words that commonly open a sentence; used to decide whether "U.S." or "Inc." ended one. */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that', 'these', 'those',
  'there', 'his', 'her', 'their', 'our', 'its', 'so', 'yet', 'if', 'when', 'while', 'after', 'before', 'as', 'for', 'of', 'to',
  'still', 'now', 'then', 'however', 'meanwhile', 'also', 'both', 'many', 'some', 'most', 'no', 'not', 'one', 'what', 'why', 'how',
  'who', 'since', 'until', 'although', 'though', 'because', 'instead', 'even', 'last', 'earlier', 'later', 'today', 'yesterday',
]);
