/** Word lists cues/find-cues reads around a candidate cue (dense on purpose: data, not code). */
import { wordSet } from '../../segment/word-table.js';

/** Nouns that report speech when "that", a colon or a quotation follows ("her claim that ..."). */
export const NOUN_CUES = new Map<string, string>([['claim', 'claim'], ['claims', 'claim'], ['assertion', 'assert'], ['assertions', 'assert'], ['statement', 'state'], ['remark', 'remark'], ['remarks', 'remark'], ['comment', 'comment'], ['comments', 'comment'], ['suggestion', 'suggest'], ['promise', 'promise'], ['pledge', 'pledge'], ['vow', 'vow'], ['warning', 'warn'], ['argument', 'argue'], ['charge', 'charge'], ['accusation', 'accuse'], ['allegation', 'allege'], ['allegations', 'allege'], ['insistence', 'insist'], ['contention', 'contend'], ['admission', 'admit'], ['declaration', 'declare'], ['announcement', 'announce'], ['prediction', 'predict'], ['complaint', 'complain'], ['observation', 'observe'], ['quip', 'quip'], ['joke', 'joke'], ['tweet', 'tweet'], ['response', 'respond'], ['reply', 'reply'], ['explanation', 'explain'], ['proposal', 'propose'], ['threat', 'threaten'], ['boast', 'boast'], ['assurance', 'assure'], ['message', 'message'], ['words', 'say'], ['description', 'describe'], ['criticism', 'criticize'], ['denial', 'deny'], ['belief', 'believe'], ['view', 'view'], ['hope', 'hope'], ['fear', 'fear'], ['concern', 'concern'], ['concerns', 'concern'], ['insinuation', 'insinuate'], ['suggestions', 'suggest'], ['estimate', 'estimate'], ['testimony', 'testify'],]);

export const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'no', 'any', 'such', 'whose', 'my', 'our', 'your', 'every', 'each', 'first', 'last', 'new']);

/** Words a plural noun follows and a verb never does ("in five states", "other plans", "of emails"): prepositions and plural quantifiers. */
export const BEFORE_PLURAL_NOUNS = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'about', 'over', 'under', 'after', 'before', 'during', 'between', 'among', 'against', 'without', 'other', 'many', 'several', 'few', 'more', 'most', 'all', 'both', 'some', 'various', 'numerous', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions']);

export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am']);

export const BASE_LICENSORS = new Set(['i', 'we', 'you', 'they', 'to', 'do', 'does', 'did', "don't", 'don’t', "didn't", 'didn’t', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'also', 'often', 'people', 'officials', 'experts', 'critics', 'supporters', 'analysts', 'sources', 'democrats', 'republicans']);

/** Base forms that are rarely nouns: accepted anywhere. */
export const VERB_ONLY_BASES = new Set(['say', 'tell', 'write', 'explain', 'argue', 'insist', 'recall', 'add', 'warn', 'predict', 'suggest', 'admit', 'acknowledge', 'believe', 'think', 'know', 'declare', 'announce', 'assert', 'contend', 'maintain', 'deny', 'confirm', 'emphasize', 'stress', 'concede', 'ask', 'urge', 'insist', 'testify', 'complain', 'allege', 'claim', 'note']);

/** Adverbs and auxiliaries that may stand between a source and its cue ("X has repeatedly said"). */
export const WORDS_BEFORE_CUE = new Set(['also', 'later', 'previously', 'once', 'then', 'recently', 'repeatedly', 'often', 'reportedly', 'publicly', 'privately', 'again', 'not', 'never', 'already', 'still', 'since', 'first', 'initially', 'subsequently', 'have', 'has', 'had', 'will', 'would', 'could', 'did', 'does', 'do', 'should', 'may', 'might', 'must', 'can', 'further', 'even', 'simply', 'just', 'flatly', 'bluntly', 'frequently', 'always', 'now', 'ultimately', 'finally', 'quickly', 'immediately', 'herself', 'himself', 'themselves', 'itself', 'too', 'both', 'all', "n't", 'n’t', "didn't", 'didn’t', "doesn't", 'doesn’t', "don't", 'don’t', "won't", 'won’t', "wouldn't", 'wouldn’t', "couldn't", 'couldn’t', "hasn't", 'hasn’t', "haven't", 'haven’t', "hadn't", 'hadn’t', "can't", 'can’t', "shouldn't", 'shouldn’t']);
/** WORDS_BEFORE_CUE read in place from a token (segment/word-table.ts). */
export const WORDS_BEFORE_CUE_TABLE = wordSet(WORDS_BEFORE_CUE);

export const AUXILIARIES = new Set(['has', 'had', 'have', 'is', 'was', 'are', 'were', 'will', 'would', 'could', 'also', 'keeps', 'kept', 'began', 'begins', 'continues', 'continued', 'has', 'been', 'again', 'then', 'now', 'later', 'often', 'repeatedly', 'once', 'even', 'just', 'still', 'recently', 'went', 'goes']);

export const PARTICLES_AFTER_VERB = new Set(['about', 'for', 'off', 'up', 'on', 'out', 'down', 'over', 'back']);

export const NOT_VERBS = new Set(['who', 'which', 'that', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'to', 'by', 'as', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'said', 'says', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'not', 'after', 'before', 'during', 'while', 'when', 'if', 'since', 'because']);

export const IRREGULAR_PASTS = new Set(['made', 'took', 'gave', 'put', 'held', 'brought', 'thought', 'sought', 'saw', 'set', 'left', 'kept', 'felt', 'laid', 'led', 'met', 'paid', 'ran', 'won', 'lost', 'spent', 'threw', 'drew', 'struck', 'stood', 'spoke', 'wrote', 'told', 'sent', 'cast', 'hit', 'let', 'got', 'came', 'went', 'became', 'began', 'knew', 'took', 'sang', 'swore', 'taught', 'caught', 'bought', 'fought', 'tore', 'wore', 'bore', 'shook', 'broke', 'chose', 'rose', 'fell']);

export const CLAUSE_TAIL_LEADERS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'while', 'when', 'as', 'to', 'with', 'from', 'outside', 'via', 'again', 'then', 'later', 'afterward']);
