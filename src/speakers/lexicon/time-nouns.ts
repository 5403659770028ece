/**
 * Nouns of time. Never a reporting verb's subject ("spent the spring promising"), and after "this", "last",
 * "next" or "past" an adverbial between a subject and its verb ("The board this week announced").
 */
export const TIME_NOUNS: readonly string[] = [
  'spring', 'summer', 'fall', 'autumn', 'winter', 'season', 'week', 'weekend', 'weeks', 'month', 'months', 'year', 'years', 'day',
  'days', 'morning', 'afternoon', 'evening', 'night', 'hour', 'hours', 'minute', 'minutes', 'decade', 'decades', 'century', 'time',
  'moment', 'while',
];
