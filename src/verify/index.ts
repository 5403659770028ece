/** Quote verification against interview transcripts: public entry points of src/verify. */
export { verifyArticle, type VerifyOptions } from './verify-article.js';
export { buildCorpus, type TranscriptCorpus } from './corpus.js';
export { compareNames, isOpaqueLabel, type SpeakerAgreement } from './speaker-match.js';
export { tokenizeWords, type WordToken } from './words.js';
export { decideVerdict, DEFAULT_THRESHOLDS, type QuoteEvidence, type VerdictThresholds } from './verdict.js';
export type { DiffOp, TapeMatch, Verdict, VerificationSummary, VerifiedQuotesView, VerifiedQuoteView } from './types.js';
export { VERDICTS } from './types.js';
