/**
 * Verdict rules, in order: no words or no candidate -> absent; every word on tape in order -> exact,
 * or elided when the article marked an omission; enough words in order (direct quotes) -> altered;
 * the content words near a passage -> paraphrase; else absent. Finally, any verdict but absent
 * becomes misattributed when the tape's speaker contradicts the article's.
 */
import type { SpeakerAgreement } from './speaker-match.js';
import type { Verdict } from './types.js';

export interface VerdictThresholds {
  /** Share of a direct quote's words that must be on the tape, in order, to call it altered rather than paraphrase or absent. */
  minAlteredCoverage: number;
  /** Share of a quote's content words that must occur near the passage to call it a paraphrase. */
  minParaphraseOverlap: number;
}

export const DEFAULT_THRESHOLDS: VerdictThresholds = { minAlteredCoverage: 0.6, minParaphraseOverlap: 0.6 };

export interface QuoteEvidence {
  kind: 'direct' | 'mixed' | 'indirect';
  /** Article words, bracketed words excluded. */
  words: number;
  matched: number;
  substituted: number;
  inserted: number;
  deleted: number;
  /** Tape words omitted at the article's ellipses and brackets. */
  elided: number;
  hasBrackets: boolean;
  contentWords: number;
  contentFound: number;
  speaker: SpeakerAgreement;
}

export interface VerdictDecision {
  verdict: Verdict;
  /** The verdict the words alone give, before the speaker check. */
  textVerdict: Verdict;
  reason: string;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function decideVerdict(evidence: QuoteEvidence, thresholds: VerdictThresholds = DEFAULT_THRESHOLDS): VerdictDecision {
  const { words, matched, substituted, inserted, deleted, elided } = evidence;
  if (words === 0) return { verdict: 'absent', textVerdict: 'absent', reason: 'the quote has no words to look for' };
  const coverage = matched / words;
  const overlap = evidence.contentWords === 0 ? coverage : evidence.contentFound / evidence.contentWords;
  const edits = substituted + inserted + deleted;
  let textVerdict: Verdict;
  let reason: string;
  if (edits === 0 && matched === words) {
    const isMarked = elided > 0 || evidence.hasBrackets;
    textVerdict = isMarked ? 'elided' : 'exact';
    if (!isMarked) reason = 'same words as the tape';
    else if (elided > 0) reason = `same words; ${plural(elided, 'tape word')} left out at marked omissions`;
    else reason = "same words; the editor's bracketed words added";
  } else if (evidence.kind !== 'indirect' && coverage >= thresholds.minAlteredCoverage && matched >= Math.min(2, words)) {
    textVerdict = 'altered';
    const parts = [
      substituted > 0 ? `${plural(substituted, 'word')} changed` : '',
      inserted > 0 ? `${plural(inserted, 'word')} added` : '',
      deleted > 0 ? `${plural(deleted, 'word')} dropped without a mark` : '',
    ];
    reason = parts.filter((part) => part.length > 0).join(', ');
  } else if (
    overlap >= thresholds.minParaphraseOverlap &&
    evidence.contentFound >= Math.min(2, evidence.contentWords) &&
    evidence.contentFound > 0
  ) {
    textVerdict = 'paraphrase';
    reason = `${evidence.contentFound} of ${plural(evidence.contentWords, 'content word')} occur in the passage, not word for word`;
  } else {
    return {
      verdict: 'absent',
      textVerdict: 'absent',
      reason: `nothing close enough on the tapes (best passage: ${matched} of ${plural(words, 'word')} in order)`,
    };
  }
  if (evidence.speaker === 'mismatch')
    return { verdict: 'misattributed', textVerdict, reason: `${reason}; but spoken by someone else on the tape` };
  return { verdict: textVerdict, textVerdict, reason };
}
