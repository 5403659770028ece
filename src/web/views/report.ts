/** The printable report: the article's quotes, speakers and verdicts on paper (see the print rules in styles.css). */
import { h, type JSX } from 'preact';
import type { VerifyResult } from '../model/analysis-core.js';
import { articleTitle } from '../model/article-segments.js';
import type { LoadedArticle } from './article-view.js';
import { KIND_LABEL, VERDICT_INFO } from './common.js';

export function Report(props: { loaded: LoadedArticle; verification: VerifyResult | null }): JSX.Element {
  const { article, ordered, speakers } = props.loaded;
  const verified = new Map((props.verification?.verified.quotes ?? []).map((quote) => [quote.id, quote]));
  const summary = props.verification?.verified.verification;
  return h(
    'section',
    { class: 'report', 'aria-label': 'Printable report' },
    h(
      'header',
      { class: 'report-head' },
      h('p', { class: 'eyebrow' }, 'verbatim quote report'),
      h('h1', null, articleTitle(article.text, props.loaded.layout, article.metadata.title, article.name)),
      h(
        'p',
        { class: 'muted' },
        [
          article.name,
          article.metadata.outlet,
          article.metadata.published,
          `analysed ${props.loaded.analysedAt.slice(0, 16).replace('T', ' ')} UTC`,
        ]
          .filter((part) => part !== undefined)
          .join(' \u00b7 '),
      ),
      h(
        'p',
        { class: 'report-summary' },
        `${ordered.length} quotes from ${speakers.speakers.length} speakers.`,
        summary === undefined
          ? ' Not checked against a recording.'
          : ` Checked against ${summary.transcripts.join(', ')}: ${Object.entries(summary.counts)
              .filter(([, count]) => count > 0)
              .map(([verdict, count]) => `${count} ${verdict}`)
              .join(', ')}. ${summary.passed ? 'Every quotation matches the tape.' : 'Some quotations do not match the tape.'}`,
      ),
    ),
    h(
      'table',
      { class: 'report-table' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          ['#', 'Quote', 'Speaker', 'Cue', 'Chain', 'Confidence', ...(summary === undefined ? [] : ['Verdict'])].map((label) =>
            h('th', { key: label, scope: 'col' }, label),
          ),
        ),
      ),
      h(
        'tbody',
        null,
        ordered.map((quote, index) => {
          const speaker = speakers.byQuote.get(quote.id);
          const verdict = verified.get(quote.id);
          const chain = [
            quote.speaker === null ? 'unknown' : (speaker?.name ?? quote.speaker.text),
            ...quote.via.map((hop) => speakers.entities.get(hop.entity)?.name ?? hop.text),
            article.metadata.outlet ?? 'this article',
          ];
          return h(
            'tr',
            { key: quote.id, 'data-report-quote': quote.id },
            h('td', null, String(index + 1)),
            h(
              'td',
              { class: 'report-quote' },
              quote.kind === 'direct' ? '\u201c' : '',
              quote.text,
              quote.kind === 'direct' ? '\u201d' : '',
              h('div', { class: 'report-kind' }, KIND_LABEL[quote.kind]),
            ),
            h(
              'td',
              null,
              quote.speaker === null ? 'Unattributed' : (speaker?.name ?? quote.speaker.text),
              quote.speaker === null || quote.speaker.text === speaker?.name
                ? null
                : h('div', { class: 'report-kind' }, `as \u201c${quote.speaker.text}\u201d`),
            ),
            h('td', null, quote.cue?.text ?? '\u2014'),
            h('td', null, chain.join(' \u2192 ')),
            h('td', { class: 'report-number' }, `${Math.round(quote.confidence * 100)}%`),
            summary === undefined
              ? null
              : h(
                  'td',
                  null,
                  verdict === undefined ? '' : `${VERDICT_INFO[verdict.verdict].symbol} ${verdict.verdict}`,
                  verdict?.match?.start == null
                    ? null
                    : h('div', { class: 'report-kind' }, `${verdict.match.transcript} ${verdict.match.start}`),
                ),
          );
        }),
      ),
    ),
  );
}
