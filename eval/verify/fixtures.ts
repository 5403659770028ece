/**
 * The verify golden fixtures (test/fixtures/verify/<case>/): an article, its interview transcripts and
 * expected.json with the verdict and tape match of every quote. Runs a case two ways: on a quotes view
 * built by hand from expected.json (tests verification alone), or on the quotes the extractor finds in
 * the article (end to end; quotes are paired with expected ones by their words).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../../src/ingest/decode.js';
import { parseTranscript, type Transcript } from '../../src/ingest/transcripts/index.js';
import { extract } from '../../src/index.js';
import type { QuoteKind } from '../../src/model/layers.js';
import { buildHandView } from '../../src/verify/hand-built-view.js';
import type { TapeMatch, Verdict, VerifiedQuotesView, VerifiedQuoteView } from '../../src/verify/types.js';
import { verifyArticle } from '../../src/verify/verify-article.js';

export const FIXTURES_ROOT = fileURLToPath(new URL('../../test/fixtures/verify/', import.meta.url));

export interface ExpectedQuote {
  text: string;
  kind: QuoteKind;
  speaker: string;
  verdict: Verdict;
  match: { transcript: string; start?: string | null; end?: string | null; speaker: string | null } | null;
  note?: string;
}

export interface VerifyCase {
  name: string;
  directory: string;
  description: string;
  transcripts: string[];
  quotes: ExpectedQuote[];
  /** Transcript messages the case must produce (bad-input cases). */
  messages?: Array<{ transcript: string; line: number; ruleId: string }>;
  article: string;
}

export function loadVerifyCases(root = FIXTURES_ROOT): VerifyCase[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const directory = join(root, name);
      const expected = JSON.parse(readFileSync(join(directory, 'expected.json'), 'utf8')) as Omit<
        VerifyCase,
        'name' | 'directory' | 'article'
      >;
      return { ...expected, name, directory, article: readFileSync(join(directory, 'article.txt'), 'utf8') };
    });
}

/** Parses the case's transcripts; each is named by its file name, as expected.json names them. */
export function loadTranscripts(verifyCase: VerifyCase): Transcript[] {
  return verifyCase.transcripts.map((file) => {
    const bytes = readFileSync(join(verifyCase.directory, file));
    return parseTranscript(decodeBytes(bytes, file).text, { name: file });
  });
}

export interface QuoteOutcome {
  case: string;
  text: string;
  kind: QuoteKind;
  expected: ExpectedQuote;
  /** `missed` when the extractor found no quote with these words (extract mode only). */
  actual: Verdict | 'missed';
  quote?: VerifiedQuoteView;
}

/** Loose key for pairing quotes: lower-case letters and digits only. */
function wordsKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function pairExtracted(expected: ExpectedQuote, view: VerifiedQuotesView): VerifiedQuoteView | undefined {
  const key = wordsKey(expected.text);
  const exact = view.quotes.find((quote) => wordsKey(quote.text) === key);
  if (exact !== undefined) return exact;
  // Bounds may differ by a word or two ("that he planned ..."): the longer must contain the shorter, nearly all of it.
  return view.quotes.find((quote) => {
    const other = wordsKey(quote.text);
    const [short, long] = other.length < key.length ? [other, key] : [key, other];
    return short.length >= 0.8 * long.length && long.includes(short);
  });
}

export function runCase(
  verifyCase: VerifyCase,
  mode: 'hand' | 'extract',
  transcripts = loadTranscripts(verifyCase),
): { outcomes: QuoteOutcome[]; view: VerifiedQuotesView } {
  if (mode === 'hand') {
    const view = verifyArticle(
      buildHandView(verifyCase.quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker, kind: quote.kind }))),
      transcripts,
    );
    const outcomes = verifyCase.quotes.map((expected, index) => ({
      case: verifyCase.name,
      text: expected.text,
      kind: expected.kind,
      expected,
      actual: view.quotes[index]!.verdict,
      quote: view.quotes[index]!,
    }));
    return { outcomes, view };
  }
  const view = verifyArticle(extract({ id: verifyCase.name, text: verifyCase.article }), transcripts);
  const outcomes = verifyCase.quotes.map((expected): QuoteOutcome => {
    const quote = pairExtracted(expected, view);
    return quote === undefined
      ? { case: verifyCase.name, text: expected.text, kind: expected.kind, expected, actual: 'missed' }
      : { case: verifyCase.name, text: expected.text, kind: expected.kind, expected, actual: quote.verdict, quote };
  });
  return { outcomes, view };
}

/** expected.json's match in the shape `comparableMatch` gives. */
export function expectedMatch(expected: ExpectedQuote['match']): ExpectedQuote['match'] {
  if (expected === null) return null;
  const result: NonNullable<ExpectedQuote['match']> = { transcript: expected.transcript, speaker: expected.speaker };
  if (expected.start !== undefined) result.start = expected.start;
  if (expected.end !== undefined) result.end = expected.end;
  return result;
}

/** The tape fields the fixtures pin: transcript, speaker, and the times when expected.json gives them. */
export function comparableMatch(match: TapeMatch | null, expected: ExpectedQuote['match']): ExpectedQuote['match'] {
  if (match === null) return null;
  const result: NonNullable<ExpectedQuote['match']> = { transcript: match.transcript, speaker: match.speaker };
  if (expected !== null && expected.start !== undefined) result.start = match.start;
  if (expected !== null && expected.end !== undefined) result.end = match.end;
  return result;
}
