/** `verbatim verify`: checks every quote of articles against interview transcripts; exit 1 unless every direct quote is exact or elided. */
import { Option, type Command } from 'commander';
import { isVerbatimError } from '../../errors.js';
import type { Transcript } from '../../ingest/transcripts/index.js';
import { DEFAULT_MAX_LENGTH, extract, type ArticleInput } from '../../index.js';
import { buildCorpus } from '../../verify/corpus.js';
import type { DiffOp, VerifiedQuotesView, VerifiedQuoteView } from '../../verify/types.js';
import { VERDICTS } from '../../verify/types.js';
import { verifyArticle } from '../../verify/verify-article.js';
import { parseSize } from '../option-parsers.js';
import { readArticle } from '../read-article.js';
import { printError, warn } from '../report.js';
import { printTranscriptMessages, readTranscriptFile } from './transcript.js';

interface VerifyCommandOptions {
  against: string[];
  format?: 'text' | 'json';
  html?: boolean;
  maxBytes: number;
}

const HELP_AFTER = `
Verdicts:
  exact          the tape has the same words (ignoring case, punctuation, fillers such as "um",
                 and the spelling of numbers and contractions)
  elided         the same words except where the article marks an omission ("...", "[...]") or
                 adds bracketed words
  altered        words changed, added or dropped without a mark; the difference is shown
  misattributed  the words are on the tape, spoken by someone other than the named speaker
  paraphrase     the content matches a passage closely but not word for word
  absent         nothing close enough on any tape

Output:
  text: each quote with its verdict, the tape, the timecode range and the tape's speaker; for
        altered quotes the difference as [-tape words-]{+article words+}
  json: the quotes view of each article with "verdict", "match" ({ transcript, start, end,
        speaker, text, line } or null), "diff" (word-level operations) and "reason" per quote,
        plus "verification": { transcripts, counts, passed }

Exit status: 0 every direct quote is exact or elided, 1 otherwise (or an article could not be
read), 2 the command line was not understood. Problems in a transcript are printed to stderr
and the other transcripts are still used.

Examples:
  verbatim verify story.txt --against tape1.vtt tape2.srt notes.txt
  verbatim verify --format json story.html --against interview.json`;

const MARKS: Record<DiffOp['op'], (op: DiffOp) => string> = {
  equal: (op) => op.article,
  replace: (op) => `[-${op.transcript}-]{+${op.article}+}`,
  insert: (op) => `{+${op.article}+}`,
  delete: (op) => `[-${op.transcript}-]`,
  elide: (op) => `${op.article}[omits: ${op.transcript}]`,
  bracket: (op) => (op.transcript.length === 0 ? op.article : `${op.article}[for: ${op.transcript}]`),
};

export function renderDiff(diff: readonly DiffOp[]): string {
  return diff.map((op) => MARKS[op.op](op)).join(' ');
}

function shorten(text: string, width: number): string {
  const folded = text.replace(/\s+/g, ' ');
  return folded.length <= width ? folded : `${folded.slice(0, width - 1)}\u2026`;
}

function renderQuote(quote: VerifiedQuoteView, speakerName: string | undefined): string[] {
  const open = quote.kind === 'indirect' ? '' : '\u201c';
  const close = quote.kind === 'indirect' ? '' : '\u201d';
  const lines = [
    `${quote.id.padEnd(4)} ${quote.verdict.padEnd(13)} ${open}${shorten(quote.text, 90)}${close}${speakerName === undefined ? '' : ` \u2014 ${speakerName}`}`,
  ];
  const indent = ' '.repeat(19);
  if (quote.match !== null) {
    const time =
      quote.match.start === null
        ? quote.match.line === null
          ? ''
          : ` line ${quote.match.line}`
        : ` ${quote.match.start}-${quote.match.end ?? '?'}`;
    lines.push(`${indent}${quote.match.transcript}${time} ${quote.match.speaker ?? '(unnamed speaker)'}: ${quote.reason}`);
  } else lines.push(`${indent}${quote.reason}`);
  if (quote.diff !== null && quote.verdict !== 'exact') lines.push(`${indent}${renderDiff(quote.diff)}`);
  return lines;
}

export function renderVerification(name: string, view: VerifiedQuotesView): string {
  const { counts, passed, transcripts } = view.verification;
  const tally = VERDICTS.filter((verdict) => counts[verdict] > 0).map((verdict) => `${counts[verdict]} ${verdict}`);
  const lines = [
    `${name}: ${view.quotes.length} ${view.quotes.length === 1 ? 'quote' : 'quotes'} against ${transcripts.length} ${transcripts.length === 1 ? 'transcript' : 'transcripts'}${tally.length === 0 ? '' : `: ${tally.join(', ')}`} (${passed ? 'pass' : 'FAIL'})`,
  ];
  const names = new Map(view.entities.map((entity) => [entity.id, entity.name]));
  for (const quote of view.quotes) {
    const speakerName =
      quote.speaker === null
        ? undefined
        : quote.speaker.entity === null
          ? quote.speaker.text
          : (names.get(quote.speaker.entity) ?? quote.speaker.text);
    lines.push(...renderQuote(quote, speakerName));
  }
  return `${lines.join('\n')}\n`;
}

export function register(program: Command): void {
  program
    .command('verify')
    .summary("check an article's quotes against interview transcripts")
    .description(
      'Check every quotation in articles against the interview transcripts: was it said, by whom, where on the tape, and was it changed?',
    )
    .argument('<articles...>', 'text (.txt) or HTML (.html, .htm) articles; - reads stdin')
    .requiredOption('-a, --against <transcripts...>', 'transcripts to check against (.vtt, .srt, .txt, .json); give it after the articles')
    .addOption(new Option('-f, --format <format>', 'output: text (readable) or json').choices(['text', 'json']))
    .option('--html', 'read the articles as HTML whatever their names')
    .addOption(
      new Option('--max-bytes <size>', 'largest file accepted, e.g. 512KiB, 32MiB')
        .argParser(parseSize)
        .default(DEFAULT_MAX_LENGTH, '32MiB'),
    )
    .addHelpText('after', HELP_AFTER)
    .action(async (articles: string[], options: VerifyCommandOptions) => {
      const transcripts: Transcript[] = [];
      for (const file of options.against) {
        try {
          const transcript = await readTranscriptFile(file, { maxBytes: options.maxBytes });
          printTranscriptMessages(transcript);
          transcripts.push(transcript);
        } catch (error) {
          printError(error, file);
        }
      }
      if (!transcripts.some((transcript) => transcript.document.text.trim().length > 0))
        warn('no transcript has any words: every quote will be absent');
      const corpus = buildCorpus(transcripts);
      const format = options.format ?? 'text';
      const views: VerifiedQuotesView[] = [];
      let isPassing = true;
      for (const file of articles) {
        let view: VerifiedQuotesView;
        let name: string;
        try {
          const article = await readArticle(file, { isHtml: options.html === true, maxBytes: options.maxBytes, warn });
          const input: ArticleInput = article.isHtml ? { id: article.name, html: article.text } : { id: article.name, text: article.text };
          view = verifyArticle(extract(input, { maxLength: options.maxBytes }), corpus);
          name = article.name;
        } catch (error) {
          if (isVerbatimError(error) && error.code === 'VBT_USAGE') throw error;
          if (articles.length === 1) throw error;
          // With several articles, one bad file is reported and the others still run.
          printError(error, file);
          isPassing = false;
          continue;
        }
        if (!view.verification.passed) isPassing = false;
        if (format === 'text') process.stdout.write((views.length > 0 ? '\n' : '') + renderVerification(name, view));
        views.push(view);
      }
      if (format === 'json' && views.length > 0)
        process.stdout.write(`${JSON.stringify(articles.length === 1 ? views[0] : views, null, 2)}\n`);
      process.exitCode = isPassing ? 0 : 1;
    });
}
