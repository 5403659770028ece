/** Words of quantity phrases that report what a share of people said ("Sixty-six percent said", "one in five voters say"). */

/** Cardinal number words; hyphenated compounds ("sixty-six") are read part by part. */
export const CARDINALS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty',
  'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens',
]);

/** Fractions, alone or after a cardinal ("two-thirds", "a third", "three-quarters"). */
export const FRACTIONS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths']);

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Hyphenated number words, spelled out: "sixty-six", "two-thirds", "three-quarters", "one-half". */
export const HYPHENATED_NUMBERS = new Set([
  ...TENS.flatMap((ten) => UNITS.map((unit) => `${ten}-${unit}`)),
  ...[...UNITS, 'ten'].flatMap((count) => [...FRACTIONS].map((fraction) => `${count}-${fraction}`)),
]);

/** A share named by a noun after "a" or "the": "a majority of voters", "the plurality". */
export const SHARE_NOUNS = new Set(['majority', 'plurality', 'minority', 'half', 'third', 'quarter', 'fifth']);

/** Quantifiers that are a subject by themselves or before "of": "Many said", "most of the residents say". */
export const QUANTIFIERS = new Set(['most', 'many', 'some', 'few', 'several', 'others', 'half']);

/** Words before a number that qualify it: "about one in five", "nearly half", "more than 60 percent". */
export const APPROXIMATORS = new Set([
  'about', 'nearly', 'almost', 'roughly', 'around', 'approximately', 'over', 'under', 'just', 'only', 'barely', 'fully', 'some',
  'more', 'fewer', 'less', 'than', 'at', 'least', 'close', 'to', 'up', 'well', 'slightly', 'exactly',
]);

export const PERCENT_WORDS = new Set(['percent', 'pct']);

/** Determiners allowed inside the of-phrase ("of the voters", "of those polled", "of likely Democratic voters"). */
export const OF_PHRASE_DETERMINERS = new Set(['the', 'those', 'these', 'all', 'its', 'their', 'our']);

/**
 * Words that cannot sit inside the noun phrase of a quantity subject: clause words and prepositions other
 * than the "of" the phrase allows ("60 points among the 30 percent of voters who said" is not one phrase).
 */
export const PHRASE_BREAKERS = new Set([
  'and', 'or', 'but', 'nor', 'who', 'whom', 'which', 'that', 'because', 'while', 'when', 'if', 'as', 'than', 'in', 'on', 'at', 'for',
  'with', 'by', 'from', 'into', 'among', 'after', 'before', 'during', 'to', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have',
  'had', 'said', 'says', 'say', 'not', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
]);

/** Last words of a quantity subject that name a group without a plural "-s": "of them", "of those polled", "of the public". */
export const GROUP_ENDS = new Set(['them', 'us', 'polled', 'surveyed', 'questioned', 'interviewed', 'asked', 'sampled', 'public', 'electorate', 'people', 'men', 'women', 'children', 'staff', 'police']);

/** Every word that may be a quantity core, whole: the QUANTITY bit of speakers/lexicon/word-classes.ts. */
export const QUANTITY_CORES = new Set([...CARDINALS, ...FRACTIONS, ...HYPHENATED_NUMBERS, ...SHARE_NOUNS, ...QUANTIFIERS]);
