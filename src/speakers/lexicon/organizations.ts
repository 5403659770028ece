/** Words that make a capitalized name an organization ("Port Authority", "Harbor Gazette"). */
export const ORGANIZATION_WORDS = new Set([
  'department', 'committee', 'party', 'university', 'institute', 'institution', 'association', 'council', 'agency', 'bureau',
  'commission', 'corporation', 'corp', 'inc', 'company', 'co', 'group', 'foundation', 'times', 'post', 'journal', 'news', 'press',
  'tribune', 'gazette', 'herald', 'network', 'campaign', 'administration', 'court', 'congress', 'senate', 'house', 'police',
  'ministry', 'office', 'service', 'services', 'army', 'navy', 'force', 'forces', 'union', 'board', 'bank', 'fund', 'club',
  'center', 'centre', 'society', 'church', 'school', 'college', 'hospital', 'authority', 'trust', 'alliance', 'coalition',
  'federation', 'league', 'organization', 'organisation', 'llc', 'ltd', 'plc', 'partners', 'holdings', 'industries', 'media',
  'magazine', 'radio', 'television', 'channel', 'broadcasting', 'daily', 'weekly', 'chronicle', 'observer', 'guardian',
  'telegraph', 'independent', 'review', 'monitor', 'courier', 'sentinel', 'examiner', 'inquirer', 'dispatch', 'bulletin',
  'express', 'mirror', 'record', 'register', 'star', 'sun', 'globe', 'mail', 'reuters', 'caucus', 'cabinet', 'parliament',
  'assembly', 'legislature', 'government', 'municipality', 'city', 'county', 'state', 'states', 'republic', 'kingdom',
  'nations', 'council', 'watch', 'project', 'initiative', 'institute', 'laboratory', 'lab', 'labs', 'systems', 'technologies',
  'airlines', 'motors', 'energy', 'pharmaceuticals', 'insurance', 'capital', 'ventures', 'studios', 'pictures', 'records',
  'ledger', 'team', 'fc', 'squad', 'office', 'pentagon', 'kremlin', 'secretariat', 'directorate', 'prosecutors', 'tribunal',
  'logistics', 'solutions', 'consulting', 'properties', 'realty', 'construction', 'enterprises', 'brands', 'foods', 'pharma',
  'therapeutics', 'airways', 'railways', 'shipping', 'utilities', 'electric', 'telecom', 'communications', 'software',
]);

/** Organization names that are single words without any marker (news agencies, institutions). */
export const KNOWN_ORGANIZATIONS = new Set(['pentagon', 'kremlin', 'vatican', 'reuters', 'bloomberg', 'politico', 'axios', 'nato', 'fifa', 'unicef', 'interpol', 'congress', 'parliament', 'fbi', 'cia', 'nsa', 'facebook', 'twitter', 'instagram', 'youtube', 'tiktok', 'reddit', 'linkedin', 'whatsapp', 'google', 'microsoft', 'amazon']);

/** Countries, as speakers ("China said ..."), and other places, as non-persons. */
export const COUNTRIES = new Set([
  'afghanistan', 'albania', 'algeria', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bahrain', 'bangladesh',
  'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'britain', 'bulgaria', 'cambodia', 'cameroon', 'canada', 'chile', 'china',
  'colombia', 'croatia', 'cuba', 'cyprus', 'czechia', 'denmark', 'ecuador', 'egypt', 'england', 'estonia', 'ethiopia', 'finland',
  'france', 'georgia', 'germany', 'ghana', 'greece', 'guatemala', 'haiti', 'honduras', 'hungary', 'iceland', 'india', 'indonesia',
  'iran', 'iraq', 'ireland', 'israel', 'italy', 'jamaica', 'japan', 'jordan', 'kazakhstan', 'kenya', 'korea', 'kosovo', 'kuwait',
  'latvia', 'lebanon', 'libya', 'lithuania', 'luxembourg', 'malaysia', 'mali', 'malta', 'mexico', 'moldova', 'mongolia',
  'morocco', 'myanmar', 'nepal', 'netherlands', 'nicaragua', 'niger', 'nigeria', 'norway', 'oman', 'pakistan', 'palestine',
  'panama', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'scotland',
  'senegal', 'serbia', 'singapore', 'slovakia', 'slovenia', 'somalia', 'spain', 'sudan', 'sweden', 'switzerland', 'syria',
  'taiwan', 'tanzania', 'thailand', 'tunisia', 'turkey', 'uganda', 'ukraine', 'uruguay', 'venezuela', 'vietnam', 'wales',
  'yemen', 'zambia', 'zimbabwe', 'america', 'europe', 'africa', 'asia', 'pyongyang', 'beijing', 'moscow', 'tehran', 'washington',
  'london', 'paris', 'berlin', 'tokyo', 'seoul', 'kyiv', 'kiev', 'damascus', 'baghdad', 'ankara', 'brussels',
]);

/** Places that are rarely speakers: US states and a few regions; a name made only of them is a place. */
export const PLACES = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'hawaii', 'idaho',
  'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan',
  'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'hampshire', 'jersey', 'mexico', 'york', 'carolina',
  'dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode', 'island', 'tennessee', 'texas', 'utah', 'vermont', 'virginia',
  'wisconsin', 'wyoming', 'chicago', 'boston', 'philadelphia', 'atlanta', 'miami', 'houston', 'dallas', 'denver', 'seattle',
  'detroit', 'cleveland', 'manhattan', 'brooklyn', 'queens', 'bronx', 'midwest', 'north', 'south', 'east', 'west', 'street',
  'avenue', 'road', 'square', 'park', 'river', 'lake', 'mountain', 'valley', 'bay', 'harbor', 'harbour', 'port', 'county',
]);

/** Last words that make a capitalized name a place, whatever comes before ("Mill Street", "Lake Placid" aside). */
export const PLACE_SUFFIXES = new Set(['street', 'avenue', 'road', 'boulevard', 'lane', 'square', 'plaza', 'park', 'river', 'lake', 'valley', 'bay', 'county', 'bridge', 'beach', 'creek', 'canyon', 'heights', 'highway', 'parkway', 'island', 'islands', 'mountains', 'point', 'harbor', 'harbour', 'cove', 'peninsula', 'cape', 'falls', 'springs', 'hills', 'woods', 'forest', 'airport', 'station']);

/** Words that make a capitalized name a work, law or plan, not a person ("the Harbor Bill", "Clean Air Act"). */
export const WORK_WORDS = new Set(['bill', 'act', 'amendment', 'treaty', 'accord', 'agreement', 'law', 'plan', 'program', 'programme', 'deal', 'doctrine', 'report', 'manifesto', 'declaration', 'constitution', 'charter', 'protocol', 'resolution', 'ordinance', 'code', 'initiative', 'pact', 'budget', 'award', 'prize', 'festival', 'tour', 'series', 'show', 'album', 'book', 'film', 'movie', 'novel', 'song']);
