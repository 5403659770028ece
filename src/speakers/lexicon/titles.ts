/** Titles that come before a person's name, lower-cased, with the gender they imply when they do. */
export const PERSON_TITLES: ReadonlyMap<string, 'male' | 'female' | 'unknown'> = new Map([
  ['mr', 'male'], ['mister', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['mx', 'unknown'],
  ['sir', 'male'], ['dame', 'female'], ['lord', 'male'], ['lady', 'female'], ['king', 'male'], ['queen', 'female'],
  ['prince', 'male'], ['princess', 'female'], ['father', 'male'], ['sister', 'female'], ['brother', 'male'], ['pope', 'male'],
  ['rabbi', 'unknown'], ['imam', 'male'], ['rev', 'unknown'], ['reverend', 'unknown'], ['pastor', 'unknown'], ['bishop', 'unknown'],
  ['dr', 'unknown'], ['doctor', 'unknown'], ['prof', 'unknown'], ['professor', 'unknown'],
  ['sen', 'unknown'], ['senator', 'unknown'], ['rep', 'unknown'], ['representative', 'unknown'], ['congressman', 'male'],
  ['congresswoman', 'female'], ['gov', 'unknown'], ['governor', 'unknown'], ['lt', 'unknown'], ['mayor', 'unknown'],
  ['president', 'unknown'], ['vice', 'unknown'], ['secretary', 'unknown'], ['minister', 'unknown'], ['chancellor', 'unknown'],
  ['premier', 'unknown'], ['ambassador', 'unknown'], ['amb', 'unknown'], ['gen', 'unknown'], ['general', 'unknown'],
  ['adm', 'unknown'], ['admiral', 'unknown'], ['col', 'unknown'], ['colonel', 'unknown'], ['capt', 'unknown'], ['captain', 'unknown'],
  ['maj', 'unknown'], ['major', 'unknown'], ['sgt', 'unknown'], ['sergeant', 'unknown'], ['cpl', 'unknown'], ['corporal', 'unknown'],
  ['pvt', 'unknown'], ['private', 'unknown'], ['lieutenant', 'unknown'], ['cmdr', 'unknown'], ['commander', 'unknown'],
  ['judge', 'unknown'], ['justice', 'unknown'], ['attorney', 'unknown'], ['atty', 'unknown'], ['sheriff', 'unknown'],
  ['officer', 'unknown'], ['detective', 'unknown'], ['det', 'unknown'], ['inspector', 'unknown'], ['chief', 'unknown'],
  ['commissioner', 'unknown'], ['councilman', 'male'], ['councilwoman', 'female'], ['councilmember', 'unknown'],
  ['councillor', 'unknown'], ['councilor', 'unknown'], ['alderman', 'unknown'], ['speaker', 'unknown'], ['leader', 'unknown'],
  ['chairman', 'male'], ['chairwoman', 'female'], ['chair', 'unknown'], ['coach', 'unknown'], ['nurse', 'unknown'],
  ['delegate', 'unknown'], ['mp', 'unknown'], ['msp', 'unknown'], ['mep', 'unknown'], ['mla', 'unknown'], ['mpp', 'unknown'], ['warden', 'unknown'], ['superintendent', 'unknown'], ['assemblyman', 'male'], ['assemblywoman', 'female'], ['trooper', 'unknown'], ['deputy', 'unknown'],
  ['sra', 'female'], ['sr', 'male'], ['mme', 'female'], ['mlle', 'female'], ['herr', 'male'], ['frau', 'female'],
]);

/** Words that extend a title ("Vice President", "Attorney General", "Secretary of State" is handled by "of"). */
export const TITLE_EXTENSIONS = new Set(['general', 'president', 'minister', 'secretary', 'justice', 'chief', 'admiral', 'governor', 'prime', 'foreign', 'defense', 'deputy', 'assistant', 'associate', 'executive', 'senior', 'former', 'state', 'u.s', 'acting', 'interim']);

/** Name suffixes that belong to the name ("Jr.", "III"). */
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);

/** Lower-case particles inside names: "Ludwig van Beethoven", "Osama bin Laden", "Charles de Gaulle". */
export const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'bin', 'bint', 'ibn', 'ben', 'al', 'el', 'dos', 'das', 'ter', 'ten', 'st']);
