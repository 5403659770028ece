/** Word lists quotes/frames reads to find a cue's source and content (dense on purpose: data, not code). */

/** Verbs whose "to" infinitive is reported content ("vowed to fight"); for others "to" ends the frame. */
export const INFINITIVE_TAKING = new Set(['promise', 'vow', 'pledge', 'threaten', 'agree', 'urge', 'ask', 'tell', 'warn', 'plan', 'hope', 'decide', 'expect', 'call on', 'call for', 'swear', 'offer', 'refuse', 'decline', 'demand', 'beg', 'remind', 'advise']);

export const PREPOSITIONS = new Set(['of', 'from', 'at', 'for', 'with', 'in', 'on', 'to', 'by', 'inside', 'near', 'within']);

/** Verbs that report speech even with no "that" or quotation after them ("she said the plan failed"). */
export const CLAUSE_TAKING = new Set(['say', 'tell', 'claim', 'argue', 'insist', 'explain', 'warn', 'predict', 'suggest', 'admit', 'acknowledge', 'assert', 'contend', 'deny', 'confirm', 'concede', 'allege', 'promise', 'vow', 'pledge', 'believe', 'think', 'hope', 'fear', 'worry', 'expect', 'know', 'doubt', 'recall', 'declare', 'announce', 'write', 'complain', 'agree', 'estimate', 'feel', 'realize', 'understand', 'suspect', 'assume', 'reveal', 'disclose', 'insist', 'maintain', 'report', 'testify', 'speculate', 'boast', 'guarantee', 'swear', 'assure', 'inform', 'remind', 'tweet', 'conclude', 'find', 'show', 'learn', 'hear', 'decide', 'determine', 'reiterate', 'stress', 'emphasize', 'emphasise', 'note', 'add', 'argue', 'indicate', 'signal', 'hint', 'imply', 'recommend', 'propose']);

/** Verbs that report speech only with a marker: "added three players" is not speech. */
export const MARKER_ONLY = new Set(['add', 'note', 'continue', 'report', 'post', 'read', 'answer', 'reply', 'respond', 'counter', 'observe', 'comment', 'remark', 'begin', 'show', 'find', 'learn', 'hear', 'decide', 'determine', 'conclude', 'know', 'feel']);

export const HEARER_WORDS = new Set(['reporters', 'journalists', 'me', 'us', 'him', 'her', 'them', 'you', 'voters', 'supporters', 'lawmakers', 'listeners', 'viewers', 'readers', 'colleagues', 'audience', 'crowd', 'investigators', 'police', 'officials', 'congress', 'jurors', 'students', 'members']);

export const ADVERBIAL_LEADERS = new Set(['in', 'on', 'at', 'during', 'among', 'amid', 'after', 'before', 'last', 'this', 'yesterday', 'today', 'earlier', 'later', 'recently', 'afterward', 'afterwards', 'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'of', 'about', 'with', 'outside', 'from', 'when', 'while', 'by', 'via', 'again', 'too', 'as', 'through', 'over', 'under', 'without', 'afterward', 'tonight', 'repeatedly', 'privately', 'publicly', 'recently', 'then', 'once']);

export const CONTENT_LEADERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who']);

/** After a comma these open the writer's own clause, which is not part of the reported content. */
export const CLAUSE_OPENERS_AFTER_COMMA = new Set(['although', 'though', 'whereas', 'noting', 'claiming', 'adding', 'saying', 'arguing', 'citing', 'calling', 'according', 'prompting', 'drawing', 'sparking', 'suggesting', 'insisting', 'telling', 'writing', 'referring', 'pointing', 'compared', 'versus', 'while', 'however', 'putting', 'making', 'leaving', 'giving', 'setting', 'raising', 'marking']);

export const CLAUSE_OPENERS_AFTER_DASH = new Set(['and', 'but', 'while', 'as', 'although', 'though', 'who', 'which', 'whose', 'a', 'an', 'the', 'he', 'she', 'they', 'it', 'we', 'i']);
