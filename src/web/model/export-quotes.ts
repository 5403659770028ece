/**
 * Export of what the article view shows: the quotes as CSV (one row per quote, spreadsheet-safe) and
 * as JSON (the library's quotes view, with verdicts when the article was verified).
 */
import type { QuotesView, QuoteView, VerifiedQuotesView, VerifiedQuoteView } from '../../index.js';
import type { SpeakerModel } from './speakers.js';

export const CSV_COLUMNS = [
  'id',
  'kind',
  'text',
  'speaker',
  'speaker_mention',
  'cue',
  'via',
  'confidence',
  'rule',
  'start',
  'end',
  'verdict',
  'transcript',
  'timecode',
  'reason',
] as const;

/** A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection advice). */
function isFormulaLike(value: string): boolean {
  const first = value.charAt(0);
  return first === '=' || first === '+' || first === '-' || first === '@' || first === '\t' || first === '\r';
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && isFormulaLike(text)) text = `'${text}`;
  let needsQuotes = false;
  for (const character of text) {
    if (character === '"' || character === ',' || character === '\n' || character === '\r') {
      needsQuotes = true;
      break;
    }
  }
  return needsQuotes ? `"${text.split('"').join('""')}"` : text;
}

function isVerified(quote: QuoteView): quote is VerifiedQuoteView {
  return 'verdict' in quote;
}

export function quoteRow(
  quote: QuoteView | VerifiedQuoteView,
  speakers: SpeakerModel,
): Record<(typeof CSV_COLUMNS)[number], string | number | null> {
  const speaker = speakers.byQuote.get(quote.id);
  const verified = isVerified(quote) ? quote : undefined;
  const timecode = verified?.match?.start == null ? null : `${verified.match.start}-${verified.match.end ?? ''}`;
  return {
    id: quote.id,
    kind: quote.kind,
    text: quote.text,
    speaker: quote.speaker === null ? null : (speaker?.name ?? quote.speaker.text),
    speaker_mention: quote.speaker?.text ?? null,
    cue: quote.cue?.text ?? null,
    via: quote.via.map((hop) => speakers.entities.get(hop.entity)?.name ?? hop.text).join(' > '),
    confidence: quote.confidence,
    rule: quote.rule,
    start: quote.start,
    end: quote.end,
    verdict: verified?.verdict ?? null,
    transcript: verified?.match?.transcript ?? null,
    timecode,
    reason: verified?.reason ?? null,
  };
}

/** RFC 4180 CSV with CRLF line ends and a header row. */
export function quotesToCsv(view: QuotesView | VerifiedQuotesView, speakers: SpeakerModel): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const quote of view.quotes) {
    const row = quoteRow(quote, speakers);
    lines.push(CSV_COLUMNS.map((column) => csvCell(row[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The quotes view as the library returns it (plus verdicts), pretty-printed. */
export function quotesToJson(view: QuotesView | VerifiedQuotesView, source: { name: string; analysedAt: string }): string {
  return `${JSON.stringify({ source: source.name, analysedAt: source.analysedAt, ...view }, null, 2)}\n`;
}

/** A file name from the article name: letters, digits, dots and dashes only. */
export function exportFileName(name: string, extension: string): string {
  let base = '';
  for (const character of name.replace(/\.[a-z0-9]{1,5}$/i, '')) {
    const isSafe =
      (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') || (character >= '0' && character <= '9');
    base += isSafe ? character : base.endsWith('-') ? '' : '-';
  }
  base = base.slice(0, 60);
  while (base.startsWith('-')) base = base.slice(1);
  while (base.endsWith('-')) base = base.slice(0, -1);
  return `${base.length === 0 ? 'article' : base}-quotes.${extension}`;
}
