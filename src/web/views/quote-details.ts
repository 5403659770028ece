/** The details of the selected quote: speaker and mention, cue, reporting chain, confidence, rule, verdict. */
import { h, type JSX } from 'preact';
import type { DocumentMetadata, QuoteView, VerifiedQuoteView } from '../../index.js';
import type { SpeakerModel } from '../model/speakers.js';
import { ConfidenceMeter, describeRule, KindBadge, SpeakerBadge, VerdictBadge } from './common.js';
import { DiffView } from './diff-view.js';

export interface QuoteDetailsProps {
  quote: QuoteView;
  position: number;
  total: number;
  speakers: SpeakerModel;
  metadata: DocumentMetadata;
  articleName: string;
  verified: VerifiedQuoteView | undefined;
  onClose: () => void;
  onStep: (delta: number) => void;
  onShowSpan: (start: number, end: number) => void;
  onOpenTape: (quoteId: string) => void;
}

function SpanButton(props: { label: string; start: number; end: number; onShowSpan: QuoteDetailsProps['onShowSpan'] }): JSX.Element {
  return h(
    'button',
    { type: 'button', class: 'link-button', title: 'Show in the text', onClick: () => props.onShowSpan(props.start, props.end) },
    `\u201c${props.label}\u201d`,
  );
}

function Chain(props: QuoteDetailsProps): JSX.Element {
  const { quote, speakers, metadata } = props;
  const speaker = speakers.byQuote.get(quote.id);
  const publisher = metadata.outlet ?? null;
  const steps: JSX.Element[] = [];
  steps.push(
    h(
      'li',
      { class: 'chain-step', key: 'speaker' },
      h('span', { class: 'chain-role' }, 'said by'),
      h('span', { class: 'chain-name' }, quote.speaker === null ? 'unknown speaker' : (speaker?.name ?? quote.speaker.text)),
    ),
  );
  quote.via.forEach((hop, index) => {
    const name = speakers.entities.get(hop.entity)?.name ?? hop.text;
    steps.push(
      h(
        'li',
        { class: 'chain-step', key: `via-${index}` },
        h('span', { class: 'chain-role' }, 'relayed by'),
        h(
          'span',
          { class: 'chain-name' },
          name === hop.text ? null : [name, h('span', { class: 'fact-note' }, ' as ')],
          h(SpanButton, { label: hop.text, start: hop.start, end: hop.end, onShowSpan: props.onShowSpan }),
        ),
      ),
    );
  });
  steps.push(
    h(
      'li',
      { class: 'chain-step chain-publisher', key: 'publisher' },
      h('span', { class: 'chain-role' }, 'published in'),
      h(
        'span',
        { class: 'chain-name' },
        publisher ?? 'this article',
        publisher === null ? h('span', { class: 'muted' }, ` (${props.articleName})`) : null,
      ),
    ),
  );
  return h('ol', { class: 'chain' }, steps);
}

export function QuoteDetails(props: QuoteDetailsProps): JSX.Element {
  const { quote, speakers, verified } = props;
  const speaker = speakers.byQuote.get(quote.id);
  const isMark = quote.kind === 'direct';
  return h(
    'section',
    { class: 'quote-details', 'aria-labelledby': 'details-title', 'data-details': quote.id },
    h(
      'header',
      { class: 'details-head' },
      h('h2', { id: 'details-title' }, `Quote ${props.position} of ${props.total}`),
      h(
        'div',
        { class: 'details-nav' },
        h(
          'button',
          {
            type: 'button',
            class: 'icon-button',
            'aria-label': 'Previous quote (k)',
            title: 'Previous quote (k)',
            onClick: () => props.onStep(-1),
          },
          '\u2191',
        ),
        h(
          'button',
          { type: 'button', class: 'icon-button', 'aria-label': 'Next quote (j)', title: 'Next quote (j)', onClick: () => props.onStep(1) },
          '\u2193',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'icon-button',
            'aria-label': 'Close details (Esc)',
            title: 'Close (Esc)',
            onClick: props.onClose,
            'data-close': '',
          },
          '\u00d7',
        ),
      ),
    ),
    h(
      'blockquote',
      { class: `details-quote ${speaker?.style.className ?? 'sp-none'}` },
      isMark ? '\u201c' : '',
      quote.text,
      isMark ? '\u201d' : '',
    ),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, 'Speaker'),
      h(
        'dd',
        { 'data-fact': 'speaker' },
        quote.speaker === null
          ? h('span', { class: 'muted' }, 'No speaker found')
          : h(
              'span',
              { class: 'speaker-fact' },
              h(SpeakerBadge, { speaker }),
              h('strong', null, speaker?.name ?? quote.speaker.text),
              h(
                'span',
                { class: 'fact-note' },
                ' from the mention ',
                h(SpanButton, {
                  label: quote.speaker.text,
                  start: quote.speaker.start,
                  end: quote.speaker.end,
                  onShowSpan: props.onShowSpan,
                }),
              ),
            ),
      ),
      h('dt', null, 'Cue'),
      h(
        'dd',
        { 'data-fact': 'cue' },
        quote.cue === null
          ? h('span', { class: 'muted' }, 'none')
          : h(SpanButton, { label: quote.cue.text, start: quote.cue.start, end: quote.cue.end, onShowSpan: props.onShowSpan }),
      ),
      h('dt', null, 'Kind'),
      h('dd', null, h(KindBadge, { kind: quote.kind })),
      h('dt', null, 'Chain'),
      h('dd', { 'data-fact': 'chain' }, h(Chain, props)),
      h('dt', null, 'Confidence'),
      h('dd', { 'data-fact': 'confidence' }, h(ConfidenceMeter, { value: quote.confidence })),
      h('dt', null, 'Rule'),
      h('dd', { 'data-fact': 'rule' }, h('code', null, quote.rule), h('div', { class: 'fact-note' }, describeRule(quote.rule))),
    ),
    verified === undefined
      ? null
      : h(
          'section',
          { class: 'details-verdict' },
          h('h3', null, 'Against the tape ', h(VerdictBadge, { verdict: verified.verdict })),
          h('p', { class: 'fact-note' }, verified.reason),
          verified.diff === null ? null : h(DiffView, { diff: verified.diff }),
          verified.match === null
            ? null
            : h(
                'button',
                { type: 'button', class: 'button button-small', onClick: () => props.onOpenTape(quote.id) },
                `Open ${verified.match.transcript}${verified.match.start === null ? '' : ` at ${verified.match.start}`}`,
              ),
        ),
  );
}
