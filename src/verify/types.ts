/** The verification result: the quotes view with a verdict, the tape match and a word diff per quote. */
import type { QuotesView, QuoteView } from '../output/quotes-view.js';

/**
 * - exact: the tape has the same words (ignoring case, punctuation, fillers, number and contraction spelling)
 * - elided: the same words except where the article marks an omission or insertion ("…", "[...]", "[the council]")
 * - altered: words changed, added or dropped without a mark (see `diff`)
 * - misattributed: the words are on the tape, spoken by someone other than the speaker the article names
 * - paraphrase: the content matches a passage closely, not word for word
 * - absent: nothing close enough on any tape
 */
export type Verdict = 'exact' | 'elided' | 'altered' | 'misattributed' | 'paraphrase' | 'absent';

export const VERDICTS: readonly Verdict[] = ['exact', 'elided', 'altered', 'misattributed', 'paraphrase', 'absent'];

/** Where on which tape the quote was found. Times are "HH:MM:SS.mmm", null for an untimed transcript. */
export interface TapeMatch {
  /** The transcript's name as the caller gave it (the file path on the command line). */
  transcript: string;
  start: string | null;
  end: string | null;
  /** The speaker label on the tape, as written there; null when the tape names nobody. */
  speaker: string | null;
  /** The transcript's words for the matched passage. */
  text: string;
  /** 1-based line of the passage's first cue in the transcript file. */
  line: number | null;
}

/**
 * One word-level operation, article against tape. `equal`: same words (maybe spelled differently);
 * `replace`: changed words; `insert`: words in the article only; `delete`: tape words left out without
 * a mark; `elide`: tape words left out at an ellipsis; `bracket`: the editor's bracketed words and the
 * tape words they stand for.
 */
export interface DiffOp {
  op: 'equal' | 'replace' | 'insert' | 'delete' | 'elide' | 'bracket';
  article: string;
  transcript: string;
}

export interface VerifiedQuoteView extends QuoteView {
  verdict: Verdict;
  match: TapeMatch | null;
  /** For altered, elided and misattributed quotes whose words differ from the tape; otherwise null. */
  diff: DiffOp[] | null;
  /** Why the verdict was given, in one line. */
  reason: string;
}

export interface VerificationSummary {
  transcripts: string[];
  counts: Record<Verdict, number>;
  /** True when every direct (and mixed) quote is exact or elided: the publishing gate. */
  passed: boolean;
}

export interface VerifiedQuotesView extends Omit<QuotesView, 'quotes'> {
  quotes: VerifiedQuoteView[];
  verification: VerificationSummary;
}
