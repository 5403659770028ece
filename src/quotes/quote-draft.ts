/**
 * quotes/quote-draft: how every stage that finds quotes builds one. All fields are present from the start
 * in the schema's order (absent ones undefined, which JSON leaves out), so every quote has one object
 * shape and the property reads of later stages stay monomorphic.
 */
import type { Quote } from '../model/layers.js';
import type { Range } from '../model/span.js';

/** A quote before it is named (`q0`, `q1` ... once sorted). */
export type QuoteDraft = Quote;

export interface QuoteParts {
  /** The quoted region including its marks (direct quotes). */
  outer?: Range | undefined;
  /** The quoted pieces within reported content (mixed quotes). */
  fragments?: Range[] | undefined;
  /** The reporting frame the quote is the content of. */
  frame?: string | undefined;
}

export function newQuote(
  start: number,
  end: number,
  kind: Quote['kind'],
  rule: string,
  evidence: string[],
  parts: QuoteParts = {},
): QuoteDraft {
  return {
    id: '',
    start,
    end,
    kind,
    outer: parts.outer,
    fragments: parts.fragments,
    group: undefined,
    frame: parts.frame,
    rule,
    evidence,
  };
}
