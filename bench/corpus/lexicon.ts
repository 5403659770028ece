/** Word lists for the synthetic news corpus. Every person, town, outlet and organization is invented. */

export type Gender = 'female' | 'male' | 'plural';

export const FEMALE_FIRST_NAMES = [
  'Ana',
  'Priya',
  'Mireille',
  'Helen',
  'Yuki',
  'Rosa',
  'Lena',
  'Farah',
  'Beatriz',
  'Ingrid',
  'Chloe',
  'Sofia',
  'Aiyana',
  'Maren',
  'Lucia',
  'Tessa',
  'Odette',
  'Nadia',
  'Grace',
  'Marisol',
  'Imogen',
  'Hana',
  'Zsófia',
  'Adaeze',
] as const;

export const MALE_FIRST_NAMES = [
  'Tomas',
  'Daniel',
  'Kofi',
  'Marcus',
  'Idris',
  'Oskar',
  'Nikolai',
  'Samuel',
  'Rafael',
  'Emeka',
  'Jonah',
  'Wen',
  'Gideon',
  'Hamid',
  'Theo',
  'Lorcan',
  'Anselm',
  'Bruno',
  'Caleb',
  'Dmitri',
  'Ezra',
  'Jörg',
  'Mateus',
  'Pavel',
] as const;

export const SURNAMES = [
  'Ruiz',
  'Belk',
  'Okafor',
  'Lindqvist',
  'Marchetti',
  'Haddad',
  'Novak',
  'Castellanos',
  'Whitcombe',
  'Ferreira',
  'Abernathy',
  'Tanaka',
  'Oyelaran',
  'Brandt',
  'Delacroix-Moore',
  "O'Donnell",
  'McAllister',
  'Van der Berg',
  'Szymański',
  'Nguyen',
  'Kowalczyk',
  'Achterberg',
  'Quispe',
  'Sørensen',
  'Ibarra',
  'Petrakis',
  'Ashdown',
  'Mbeki-Hall',
  'Fairweather',
  'Dunmore',
  'Halvorsen',
  'Esposito',
  'Kirkland',
  'Obi',
  'Rasmussen',
  'Treadwell',
] as const;

/** Titles written before a name, with how often they abbreviate ("Sen.", "Gov.", "Lt."). */
export const TITLES = [
  'Sen.',
  'Rep.',
  'Gov.',
  'Mayor',
  'Dr.',
  'Judge',
  'Councilwoman',
  'Councilman',
  'Lt. Gov.',
  'Attorney General',
  'Secretary',
  'Gen.',
  'Prof.',
  'Police Chief',
  'Superintendent',
  'State Sen.',
  'Commissioner',
  'Sgt.',
  'Rev.',
] as const;

export const TOWNS = [
  'Harborville',
  'Millbrook',
  'East Calder',
  'Pemberton',
  'Lake Orrin',
  'Northfield',
  'Stonebridge',
  'Port Adley',
  'Wexham Falls',
  'Greyhaven',
  'Saint Ives Crossing',
  'New Tamsin',
  'Orchard Bay',
  'Kessler Junction',
] as const;

/** State abbreviations as AP style writes them in datelines. */
export const STATES = ['Ore.', 'Md.', 'N.J.', 'Wis.', 'Ga.', 'Mass.', 'Calif.', 'Mich.', 'Pa.', 'N.C.', 'Colo.', 'Minn.'] as const;

export const OUTLETS = [
  'the Harbor Ledger',
  'Valley Wire',
  'the Calder Courier',
  'Channel 7 News',
  'the Morning Sentinel',
  'Radio Pemberton',
  'the Orrin Gazette',
  'Northfield Public Media',
  'the Stonebridge Examiner',
  'Coastline Daily',
] as const;

export const ORGANIZATIONS = [
  'Harbor Transit Authority',
  'Department of Water Resources',
  'Millbrook Teachers Union',
  'Coastal Freight Co.',
  'Northfield Regional Hospital',
  'State Board of Elections',
  'Pemberton Steel Inc.',
  'Orrin Valley Farm Bureau',
  'Greyhaven Tenants Association',
  'U.S. Department of Transportation',
  "Calder County Sheriff's Office",
  'Port Adley Chamber of Commerce',
  'Kessler Rail Corp.',
  'Stonebridge School District',
] as const;

export const UNIVERSITIES = ['Orrin State University', 'the University of Northfield', 'Calder Polytechnic', 'Wexham College'] as const;

export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;

export const REPORTING_VERBS = [
  'said',
  'said',
  'said',
  'said',
  'told reporters',
  'added',
  'explained',
  'noted',
  'argued',
  'warned',
  'insisted',
  'acknowledged',
  'wrote',
  'recalled',
  'countered',
  'conceded',
  'stressed',
] as const;

/** Verbs that introduce reported (indirect) speech with "that". */
export const INDIRECT_VERBS = [
  'said',
  'said',
  'said',
  'told',
  'announced',
  'argued',
  'claimed',
  'warned',
  'acknowledged',
  'insisted',
  'suggested',
  'denied',
  'predicted',
  'confirmed',
  'estimated',
] as const;

export interface Topic {
  /** What the story is about, as it appears in running text. */
  subject: string;
  nouns: readonly string[];
  groups: readonly string[];
  headline: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    subject: 'the transit strike',
    nouns: ['contract', 'strike', 'bus routes', 'overtime rules', 'pension fund', 'night service', 'fare increase'],
    groups: ['drivers', 'riders', 'mechanics', 'commuters', 'families', 'shift workers'],
    headline: ['Transit talks stall as strike enters second week', 'Drivers reject latest offer', 'Riders brace for longer commutes'],
  },
  {
    subject: 'the school budget',
    nouns: ['budget', 'levy', 'staffing plan', 'bus contract', 'music program', 'deficit', 'enrollment forecast'],
    groups: ['teachers', 'parents', 'students', 'taxpayers', 'librarians', 'counselors'],
    headline: ['Board approves leaner school budget', 'Parents pack meeting over cuts', 'District weighs closing two schools'],
  },
  {
    subject: 'the bridge closure',
    nouns: ['bridge', 'detour', 'inspection report', 'repair schedule', 'weight limit', 'toll', 'steel girders'],
    groups: ['truckers', 'shop owners', 'residents', 'engineers', 'ambulance crews', 'commuters'],
    headline: ['Old bridge closed after failed inspection', 'Detour doubles drive times', 'State promises faster repairs'],
  },
  {
    subject: 'the hospital merger',
    nouns: ['merger', 'maternity ward', 'emergency room', 'nursing contract', 'waiting list', 'clinic', 'billing system'],
    groups: ['nurses', 'patients', 'doctors', 'rural families', 'paramedics', 'retirees'],
    headline: ['Hospital merger clears final hurdle', 'Nurses warn of staffing gaps', 'Rural clinic to close under merger plan'],
  },
  {
    subject: 'the flood recovery',
    nouns: ['levee', 'relief fund', 'buyout program', 'pump station', 'insurance claims', 'shelter', 'cleanup'],
    groups: ['homeowners', 'farmers', 'volunteers', 'renters', 'small businesses', 'evacuees'],
    headline: ['Months after the flood, buyouts lag', 'Levee repairs behind schedule', 'Relief fund runs short'],
  },
  {
    subject: 'the special election',
    nouns: ['ballot measure', 'recount', 'polling places', 'mail ballots', 'campaign', 'debate', 'turnout'],
    groups: ['voters', 'poll workers', 'volunteers', 'young voters', 'election clerks', 'canvassers'],
    headline: ['Recount confirms narrow win', 'Turnout surges in special election', 'Candidates spar over ballot measure'],
  },
];

/** Complete statements a person might make; `{noun}`, `{group}`, `{number}`, `{town}` are filled in. */
export const STATEMENTS = [
  'We are not going to balance this on the backs of {group}',
  'The {noun} has been a mess from day one',
  "I've never seen anything like it in {years} years",
  'Nobody told us the {noun} would change',
  'This is about fairness, plain and simple',
  "We'll keep working until every one of our {group} is taken care of",
  'The numbers do not add up, and everyone in this room knows it',
  'We asked for a seat at the table and got a folding chair in the hallway',
  'It costs {money} a month, and that money has to come from somewhere',
  'People in {town} are tired of being told to wait',
  'I understand the frustration, I really do',
  'There is no plan B',
  'The {noun} was supposed to be finished by {month}, and here we are',
  "Frankly, I don't think anyone expected {percent} of {group} to show up",
  'We made mistakes, and we own them',
  'You cannot run a city on promises',
  'Our {group} deserve better than a press release',
  "It's not a question of if, it's a question of when",
  'We have done everything the state asked us to do',
  'My phone has not stopped ringing since {day}',
  'If the {noun} fails, {group} will pay the price',
  "We're talking about {count} {group} who depend on this every single day",
  'I grew up two blocks from here, so this is personal',
  'The report speaks for itself',
] as const;

/** Short phrases quoted inside a paraphrase (mixed quotes) or as scare quotes. */
export const PHRASES = [
  'a slap in the face',
  'dead on arrival',
  'a reckless gamble',
  'long overdue',
  'a good first step',
  'deeply flawed',
  'business as usual',
  'a betrayal',
  'nonnegotiable',
  'a rounding error',
  'fair share',
  'the worst-case scenario',
  'cautiously optimistic',
  'not acceptable',
  'a Band-Aid',
] as const;

/** Clauses for indirect speech after "said that" or "according to". */
export const CLAUSES = [
  'the {noun} would be delayed until at least {month}',
  'the agency had received more than {count} complaints',
  '{group} had not been consulted before the vote',
  'the {noun} would cost {money} more than planned',
  'talks would resume on {day}',
  'the county was still reviewing the {noun}',
  'about {percent} of {group} supported the proposal',
  'no decision had been made about the {noun}',
  'the state would cover most of the shortfall',
  'an independent review of the {noun} was under way',
] as const;

export const TITLES_OF_WORKS = ['The Long Tide', 'Concrete Promises', 'Night Shift', 'What the River Took', 'Ballots and Bridges'] as const;

export const NOISE_LINES = [
  'Advertisement',
  'ADVERTISEMENT',
  'Story continues below advertisement',
  'Sign up for our morning newsletter.',
  'This story has been updated.',
  'Listen to this article · 6 min',
  'Share this article: Facebook | X | Email',
  '— — —',
  '[Image: A crowd gathers outside city hall.]',
  'Photo: Staff photographer',
] as const;
