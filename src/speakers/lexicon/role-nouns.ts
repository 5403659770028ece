/**
 * Head nouns of descriptors that can name a source: "the director", "a spokesperson", "officials".
 * Each maps to the entity type it implies and, where the word says so, a gender.
 */
export interface RoleNoun {
  type: 'person' | 'organization' | 'group';
  gender?: 'male' | 'female';
  plural?: boolean;
}

const person = (gender?: 'male' | 'female'): RoleNoun => (gender === undefined ? { type: 'person' } : { type: 'person', gender });
const people: RoleNoun = { type: 'group', plural: true };
const organization: RoleNoun = { type: 'organization' };

const PERSON_ROLES = [
  'spokesperson', 'official', 'source', 'aide', 'adviser', 'advisor', 'director', 'chief', 'executive', 'officer', 'president',
  'chair', 'secretary', 'minister', 'senator', 'lawmaker', 'legislator', 'representative', 'governor', 'mayor', 'candidate',
  'nominee', 'leader', 'manager', 'analyst', 'expert', 'economist', 'strategist', 'consultant', 'pollster', 'lawyer', 'attorney',
  'prosecutor', 'judge', 'investigator', 'detective', 'sheriff', 'witness', 'resident', 'neighbor', 'neighbour', 'voter',
  'supporter', 'critic', 'opponent', 'activist', 'protester', 'protestor', 'worker', 'employee', 'guard', 'nurse', 'doctor',
  'physician', 'surgeon', 'scientist', 'researcher', 'professor', 'teacher', 'student', 'parent', 'friend', 'relative', 'owner',
  'founder', 'ceo', 'partner', 'member', 'veteran', 'soldier', 'general', 'colonel', 'captain', 'commander', 'diplomat',
  'ambassador', 'envoy', 'negotiator', 'organizer', 'organiser', 'volunteer', 'historian', 'author', 'writer', 'reporter',
  'journalist', 'editor', 'columnist', 'commentator', 'host', 'anchor', 'producer', 'filmmaker', 'director', 'actor', 'artist',
  'musician', 'singer', 'coach', 'player', 'athlete', 'fan', 'victim', 'survivor', 'suspect', 'defendant', 'plaintiff',
  'inmate', 'prisoner', 'guard', 'warden', 'patient', 'farmer', 'driver', 'pilot', 'captain', 'engineer', 'developer',
  'banker', 'trader', 'investor', 'shopkeeper', 'merchant', 'customer', 'passenger', 'tenant', 'landlord', 'chairman',
  'councilman', 'councilwoman', 'congressman', 'congresswoman', 'delegate', 'staffer', 'operative', 'insider', 'observer',
  'specialist', 'counsel', 'deputy', 'commissioner', 'superintendent', 'principal', 'administrator', 'regulator', 'inspector',
  'auditor', 'accountant', 'clerk', 'chaplain', 'pastor', 'priest', 'rabbi', 'imam', 'bishop', 'cardinal', 'monk', 'nun',
  'fisherman', 'dockworker', 'longshoreman', 'firefighter', 'paramedic', 'officer', 'trooper', 'agent', 'spy', 'informant',
  'whistleblower', 'insider', 'person', 'individual', 'resident', 'citizen', 'local', 'native', 'immigrant', 'refugee',
  'shopper', 'diner', 'viewer', 'listener', 'reader', 'caller', 'blogger', 'influencer', 'economist', 'demographer',
  'epidemiologist', 'meteorologist', 'forecaster', 'spokesman', 'spokeswoman', 'chairwoman', 'businessman', 'businesswoman',
  'woman', 'man', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'uncle', 'aunt', 'grandmother',
  'boss', 'skipper', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'teammate', 'teen',
  'advocate', 'campaigner', 'commuter', 'rider', 'juror', 'consumer', 'caregiver', 'scholar', 'academic',
  'pundit', 'colleague', 'ally', 'rival',
  'grandfather', 'widow', 'widower', 'girlfriend', 'boyfriend', 'boy', 'girl', 'child', 'nephew', 'niece', 'cousin', 'grandson',
  'granddaughter', 'grandchild', 'stepfather', 'stepmother', 'stepson', 'stepdaughter', 'fiance', 'fiancee', 'teenager', 'nominee', 'incumbent',
  'challenger', 'frontrunner', 'contender', 'hopeful', 'surrogate', 'backer', 'donor', 'fundraiser', 'lobbyist', 'attorney-general',
  'treasurer', 'comptroller', 'controller', 'marshal', 'chancellor', 'provost', 'dean', 'librarian', 'curator', 'archivist',
  'pharmacist', 'dentist', 'veterinarian', 'therapist', 'counselor', 'psychologist', 'psychiatrist', 'sociologist', 'biologist',
  'chemist', 'physicist', 'geologist', 'astronomer', 'architect', 'planner', 'designer', 'builder', 'contractor', 'electrician',
  'plumber', 'carpenter', 'mechanic', 'welder', 'machinist', 'miner', 'rancher', 'sailor', 'conductor', 'cashier', 'waiter',
  'waitress', 'chef', 'cook', 'baker', 'barber', 'tailor', 'bartender', 'janitor', 'custodian', 'ranger', 'trainer', 'umpire',
  'referee', 'master', 'keeper', 'steward', 'mediator', 'arbitrator', 'user', 'commenter', 'poster', 'netizen', 'resident',
  'homeowner', 'landowner', 'entrepreneur', 'executive', 'president', 'vice-president', 'treasurer', 'secretary-general',
  'commissioner', 'inspector', 'detective', 'sergeant', 'lieutenant', 'correspondent', 'anchorwoman', 'anchorman', 'dockworker',
  'driver', 'nurse', 'midwife', 'paramedic', 'firefighter', 'farmer', 'fisherman', 'neighbor', 'shopkeeper', 'vendor', 'owner',
  'supervisor', 'foreman', 'forewoman', 'technician', 'coordinator', 'assistant', 'intern', 'retiree', 'pensioner', 'cleaner',
  'dispatcher', 'receptionist', 'caretaker', 'housekeeper', 'nanny', 'courier', 'operator',
];

/**
 * Party members: a role written with a capital ("a New Hampshire Republican", "one Democrat"), so a capitalized
 * head does not make their descriptor a name (speakers/mentions).
 */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(['republican', 'democrat', 'libertarian']);

const FEMALE = new Set(['niece', 'granddaughter', 'stepmother', 'stepdaughter', 'fiancee', 'spokeswoman', 'chairwoman', 'businesswoman', 'woman', 'mother', 'wife', 'daughter', 'sister', 'aunt', 'grandmother', 'widow', 'girlfriend', 'girl', 'councilwoman', 'congresswoman', 'nun', 'forewoman']);
const MALE = new Set(['nephew', 'grandson', 'stepfather', 'stepson', 'fiance', 'spokesman', 'chairman', 'businessman', 'man', 'father', 'husband', 'son', 'brother', 'uncle', 'grandfather', 'widower', 'boyfriend', 'boy', 'councilman', 'congressman', 'fisherman', 'longshoreman', 'monk', 'foreman']);

const GROUP_ROLES = ['people', 'officials', 'sources', 'aides', 'advisers', 'advisors', 'residents', 'voters', 'supporters', 'critics', 'opponents', 'activists', 'protesters', 'workers', 'employees', 'experts', 'analysts', 'economists', 'researchers', 'scientists', 'lawmakers', 'legislators', 'senators', 'republicans', 'democrats', 'members', 'leaders', 'organizers', 'witnesses', 'neighbors', 'parents', 'students', 'teachers', 'doctors', 'nurses', 'police', 'authorities', 'investigators', 'prosecutors', 'officers', 'staffers', 'operatives', 'insiders', 'observers', 'strategists', 'pollsters', 'historians', 'critics', 'fans', 'victims', 'families', 'relatives', 'friends', 'colleagues', 'allies', 'rivals', 'diplomats', 'negotiators', 'locals', 'citizens', 'americans', 'immigrants', 'farmers', 'dockworkers', 'longshoremen', 'firefighters', 'guards', 'delegates', 'donors', 'backers', 'surrogates', 'lobbyists', 'regulators', 'inspectors', 'spokespeople', 'spokesmen', 'representatives', 'executives', 'managers', 'directors', 'officials'];

const ORGANIZATION_ROLES = ['campaign', 'administration', 'company', 'utility', 'corporation', 'retailer', 'airline', 'carrier', 'operator', 'insurer', 'manufacturer', 'automaker', 'lender', 'startup', 'supplier', 'agency', 'department', 'committee', 'organization', 'organisation', 'group', 'government', 'ministry', 'office', 'union', 'party', 'team', 'network', 'newspaper', 'paper', 'magazine', 'station', 'outlet', 'website', 'site', 'court', 'board', 'council', 'commission', 'firm', 'bank', 'university', 'school', 'hospital', 'police', 'report', 'study', 'survey', 'poll', 'statement', 'document', 'memo', 'letter', 'lawsuit', 'complaint', 'filing', 'indictment', 'ruling', 'analysis', 'review', 'audit', 'release', 'spokesperson', 'prosecution', 'defense', 'white house', 'authority', 'city', 'county', 'state', 'district', 'regime', 'military', 'army', 'navy', 'embassy', 'consulate', 'federation', 'league', 'club', 'church', 'coalition', 'alliance', 'foundation', 'institute', 'association', 'caucus'];

/** Organizations that speak as a plural ("Farming groups said", "Unions argued"): a group of them. */
const ORGANIZATION_PLURALS = ['group', 'union', 'company', 'agency', 'organization', 'organisation', 'firm', 'bank', 'hospital', 'school', 'university', 'church', 'campaign', 'committee', 'government', 'network', 'newspaper', 'outlet', 'council', 'department', 'association', 'coalition', 'charity', 'nonprofit'];

/** English plural of a role noun: spokesman -> spokesmen, attorney -> attorneys, city -> cities. */
function pluralOf(word: string): string {
  if (word.endsWith('man')) return word.slice(0, -3) + 'men';
  if (word.endsWith('person')) return word.slice(0, -6) + 'people';
  if (word === 'child') return 'children';
  if (word.endsWith('y') && !/[aeiou]y$/u.test(word)) return word.slice(0, -1) + 'ies';
  if (/(?:s|x|ch|sh)$/u.test(word)) return word + 'es';
  return word + 's';
}

export const ROLE_NOUNS: ReadonlyMap<string, RoleNoun> = new Map<string, RoleNoun>([
  ...PERSON_ROLES.map((word): [string, RoleNoun] => [pluralOf(word), people]),
  ...ORGANIZATION_ROLES.map((word): [string, RoleNoun] => [word, organization]),
  ...ORGANIZATION_PLURALS.map((word): [string, RoleNoun] => [pluralOf(word), people]),
  ...GROUP_ROLES.map((word): [string, RoleNoun] => [word, people]),
  ...PERSON_ROLES.map((word): [string, RoleNoun] => [word, person(FEMALE.has(word) ? 'female' : MALE.has(word) ? 'male' : undefined)]),
  ...[...PARTY_MEMBERS].map((word): [string, RoleNoun] => [word, person()]),
  ...[...PARTY_MEMBERS].map((word): [string, RoleNoun] => [pluralOf(word), people]),
]);

/** Determiners that open a descriptor; indefinite ones mark an anonymous source. */
export const DEFINITE_DETERMINERS = new Set(['the', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
export const INDEFINITE_DETERMINERS = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'other', 'most', 'few', 'multiple', 'numerous', 'various', 'both', 'all', 'no', 'any', 'dozens', 'hundreds', 'thousands']);
