/** Capitalized words that are not names (sentence openers, days, months, demonyms of speech verbs). */
export const NAME_STOPWORDS = new Set([
  // a pronoun's contractions ("I've", "She’s") are capitalized like names
  ...['i', 'you', 'he', 'she', 'it', 'we', 'they', 'that', 'there', 'here', 'let', 'who', 'what'].flatMap((pronoun) =>
    ['m', 've', 'll', 'd', 're', 's'].flatMap((ending) => [`${pronoun}'${ending}`, `${pronoun}’${ending}`]),
  ),
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'if', 'when', 'while', 'after', 'before', 'as', 'at', 'in', 'on',
  'of', 'to', 'by', 'with', 'from', 'into', 'about', 'over', 'under', 'than', 'then', 'there', 'here', 'this', 'that', 'these',
  'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us',
  'me', 'who', 'whom', 'whose', 'what', 'which', 'where', 'why', 'how', 'not', 'no', 'yes', 'all', 'some', 'many', 'most', 'much',
  'more', 'less', 'few', 'each', 'every', 'any', 'both', 'either', 'neither', 'one', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'ten', 'first', 'second', 'third', 'last', 'next', 'now', 'today', 'tonight', 'yesterday',
  'tomorrow', 'still', 'also', 'even', 'just', 'only', 'already', 'again', 'however', 'meanwhile', 'instead', 'though',
  'although', 'because', 'since', 'until', 'unless', 'whether', 'despite', 'during', 'without', 'within', 'among', 'between',
  'through', 'across', 'against', 'toward', 'towards', 'upon', 'like', 'unlike', 'asked', 'said', 'says', 'according', 'do',
  'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'shall', 'let', 'well', 'oh', 'ok', 'okay', 'please', 'thank', 'thanks', 'yeah', 'sure',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'q', 'a', 'am', 'pm', 'update', 'updated', 'more', 'related', 'advertisement',
  'photo', 'video', 'watch', 'listen', 'click', 'share', 'subscribe', 'editor', 'note', 'breaking', 'exclusive', 'opinion',
  'analysis', 'new', 'old', 'big', 'great', 'good', 'bad', 'best', 'worst', 'other', 'another', 'such', 'same', 'own', 'why',
  'whatever', 'whoever', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'anyone', 'anybody', 'nothing',
  'something', 'everything', 'anything', 'democrats', 'republicans', 'democrat', 'republican', 'american', 'americans',
  'christmas', 'easter', 'thanksgiving', 'ramadan', 'internet', 'earth', 'god', 'mom', 'dad',
]);
