/**
 * The verify view: transcripts beside the article. Each quote shows its verdict, the reason, the word
 * difference, and a button to the passage on the tape at its timecode.
 */
import { h, type JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Verdict, VerifiedQuoteView } from '../../index.js';
import type { TranscriptSummary, VerifyResult } from '../model/analysis-core.js';
import type { ExampleTranscript } from '../model/examples.js';
import type { SpeakerModel } from '../model/speakers.js';
import type { Passage } from '../model/transcript-passage.js';
import { shorten, SpeakerBadge, VERDICT_INFO, VERDICT_ORDER, VerdictBadge } from './common.js';
import { DiffView } from './diff-view.js';
import { TranscriptViewer } from './transcript-viewer.js';

export interface VerifyViewProps {
  articleName: string;
  speakers: SpeakerModel;
  sources: ReadonlyArray<{ name: string }>;
  result: VerifyResult | null;
  isBusy: boolean;
  error: string | null;
  exampleTranscripts: readonly ExampleTranscript[];
  tape: { transcript: string | null; quote: string | null; passage: Passage | null; request: number };
  onAddFiles: (files: readonly File[]) => void;
  onAddExample: (transcript: ExampleTranscript) => void;
  onRemove: (name: string) => void;
  onOpenTape: (quoteId: string) => void;
  onPickTranscript: (name: string) => void;
  onShowInArticle: (quoteId: string) => void;
}

function TranscriptChip(props: { summary: TranscriptSummary | undefined; name: string; onRemove: (name: string) => void }): JSX.Element {
  const errors = props.summary?.messages.filter((message) => message.severity === 'error') ?? [];
  const warnings = props.summary?.messages.filter((message) => message.severity !== 'error') ?? [];
  return h(
    'li',
    { class: `transcript-chip${errors.length > 0 ? ' has-errors' : ''}` },
    h('span', { class: 'chip-name' }, props.name),
    props.summary === undefined
      ? h('span', { class: 'chip-meta' }, 'reading\u2026')
      : h(
          'span',
          { class: 'chip-meta' },
          `${props.summary.format} \u00b7 ${props.summary.cues.length} cues \u00b7 ${props.summary.speakers.length} speakers`,
        ),
    h(
      'button',
      { type: 'button', class: 'icon-button', 'aria-label': `Remove ${props.name}`, onClick: () => props.onRemove(props.name) },
      '\u00d7',
    ),
    errors.length + warnings.length === 0
      ? null
      : h(
          'ul',
          { class: 'chip-messages' },
          [...errors, ...warnings].slice(0, 4).map((message, index) => h('li', { key: index }, `line ${message.line}: ${message.reason}`)),
        ),
  );
}

function VerdictSummary(props: { result: VerifyResult; filter: Verdict | null; onFilter: (verdict: Verdict | null) => void }): JSX.Element {
  const { verification } = props.result.verified;
  const direct = props.result.verified.quotes.filter((quote) => quote.kind !== 'indirect');
  const failing = direct.filter((quote) => quote.verdict !== 'exact' && quote.verdict !== 'elided').length;
  // With no quotation in marks the publishing gate passes vacuously: say what was checked instead.
  const gate =
    direct.length === 0
      ? h(
          'p',
          { class: 'gate gate-none', role: 'status' },
          h('span', { class: 'gate-symbol', 'aria-hidden': 'true' }, '\u2013'),
          props.result.verified.quotes.length === 0
            ? 'This article has no quotations to check.'
            : 'No quotations in marks: only reported speech, compared for content.',
        )
      : h(
          'p',
          { class: `gate ${verification.passed ? 'gate-pass' : 'gate-fail'}`, role: 'status' },
          h('span', { class: 'gate-symbol', 'aria-hidden': 'true' }, verification.passed ? '\u2713' : '!'),
          verification.passed
            ? `All ${direct.length} quotations in marks match the tape (exact or marked elisions).`
            : `${failing} of ${direct.length} quotations in marks do not match the tape word for word.`,
        );
  return h(
    'div',
    { class: 'verdict-summary' },
    gate,
    h(
      'div',
      { class: 'verdict-filters', role: 'group', 'aria-label': 'Show quotes by verdict' },
      h(
        'button',
        {
          type: 'button',
          class: `filter${props.filter === null ? ' is-current' : ''}`,
          'aria-pressed': props.filter === null ? 'true' : 'false',
          onClick: () => props.onFilter(null),
        },
        `all ${props.result.verified.quotes.length}`,
      ),
      VERDICT_ORDER.map((verdict) =>
        h(
          'button',
          {
            key: verdict,
            type: 'button',
            class: `filter filter-${verdict}${props.filter === verdict ? ' is-current' : ''}`,
            'aria-pressed': props.filter === verdict ? 'true' : 'false',
            disabled: verification.counts[verdict] === 0,
            onClick: () => props.onFilter(props.filter === verdict ? null : verdict),
          },
          h('span', { 'aria-hidden': 'true' }, VERDICT_INFO[verdict].symbol),
          ` ${verdict} `,
          h('strong', null, String(verification.counts[verdict])),
        ),
      ),
    ),
  );
}

function QuoteVerdict(
  props: { quote: VerifiedQuoteView; speakers: SpeakerModel; isCurrent: boolean } & Pick<VerifyViewProps, 'onOpenTape' | 'onShowInArticle'>,
): JSX.Element {
  const { quote } = props;
  const speaker = props.speakers.byQuote.get(quote.id);
  const isMark = quote.kind === 'direct';
  return h(
    'li',
    {
      class: `verdict-item verdict-item-${quote.verdict}${props.isCurrent ? ' is-current' : ''}`,
      'data-verdict-quote': quote.id,
      'data-verdict': quote.verdict,
    },
    h(
      'div',
      { class: 'verdict-head' },
      h(VerdictBadge, { verdict: quote.verdict }),
      h('span', { class: 'verdict-speaker' }, h(SpeakerBadge, { speaker }), speaker?.name ?? 'Unattributed'),
      h(
        'button',
        { type: 'button', class: 'link-button verdict-article-link', onClick: () => props.onShowInArticle(quote.id) },
        'in article',
      ),
    ),
    h('p', { class: 'verdict-quote' }, isMark ? '\u201c' : '', shorten(quote.text, 240), isMark ? '\u201d' : ''),
    h('p', { class: 'verdict-reason' }, quote.reason),
    quote.diff === null ? null : h(DiffView, { diff: quote.diff }),
    quote.match === null
      ? null
      : h(
          'button',
          { type: 'button', class: 'tape-link', 'data-tape-link': quote.id, onClick: () => props.onOpenTape(quote.id) },
          h('span', { class: 'tape-icon', 'aria-hidden': 'true' }, '\u25b6'),
          h('span', { class: 'tape-time' }, quote.match.start ?? (quote.match.line === null ? '' : `line ${quote.match.line}`)),
          h('span', { class: 'tape-name' }, quote.match.transcript),
          quote.match.speaker === null ? null : h('span', { class: 'tape-speaker' }, quote.match.speaker),
        ),
  );
}

export function VerifyView(props: VerifyViewProps): JSX.Element {
  const fileInput = useRef<HTMLInputElement>(null);
  const [filter, setFilter] = useState<Verdict | null>(null);
  const [isOver, setIsOver] = useState(false);
  const summaries = new Map((props.result?.transcripts ?? []).map((summary) => [summary.name, summary]));
  const loadedNames = new Set(props.sources.map((source) => source.name));
  const examples = props.exampleTranscripts.filter((example) => !loadedNames.has(example.name));
  const quotes = (props.result?.verified.quotes ?? []).filter((quote) => filter === null || quote.verdict === filter);

  return h(
    'div',
    {
      class: `verify-layout${isOver ? ' is-over' : ''}`,
      onDragOver: (event: DragEvent) => {
        event.preventDefault();
        setIsOver(true);
      },
      onDragLeave: () => setIsOver(false),
      onDrop: (event: DragEvent) => {
        event.preventDefault();
        event.stopPropagation();
        setIsOver(false);
        const files = [...(event.dataTransfer?.files ?? [])];
        if (files.length > 0) props.onAddFiles(files);
      },
    },
    h(
      'section',
      { class: 'card verify-sources', 'aria-labelledby': 'verify-title' },
      h(
        'div',
        { class: 'verify-sources-head' },
        h(
          'div',
          null,
          h('h1', { id: 'verify-title' }, 'Verify against the recording'),
          h(
            'p',
            { class: 'muted' },
            `Quotes of ${props.articleName} checked word by word against interview transcripts (WebVTT, SRT, plain text, Whisper or speech-to-text JSON). Transcripts stay on this device.`,
          ),
        ),
        h(
          'div',
          { class: 'verify-actions' },
          examples.map((example) =>
            h(
              'button',
              {
                key: example.name,
                type: 'button',
                class: 'button',
                'data-add-example': example.name,
                onClick: () => props.onAddExample(example),
              },
              `Add the example recording (${example.name})`,
            ),
          ),
          h(
            'button',
            { type: 'button', class: 'button button-primary', onClick: () => fileInput.current?.click() },
            'Add transcripts\u2026',
          ),
          h('input', {
            ref: fileInput,
            type: 'file',
            multiple: true,
            class: 'visually-hidden',
            accept: '.vtt,.srt,.txt,.json,text/vtt,text/plain,application/json',
            'aria-label': 'Choose transcript files',
            'data-testid': 'transcript-files',
            onChange: (event: Event) => {
              const input = event.currentTarget as HTMLInputElement;
              const files = [...(input.files ?? [])];
              input.value = '';
              if (files.length > 0) props.onAddFiles(files);
            },
          }),
        ),
      ),
      props.sources.length === 0
        ? h('p', { class: 'drop-hint' }, 'Drop transcript files anywhere on this page, or add them with the button.')
        : h(
            'ul',
            { class: 'transcript-chips' },
            props.sources.map((source) =>
              h(TranscriptChip, { key: source.name, name: source.name, summary: summaries.get(source.name), onRemove: props.onRemove }),
            ),
          ),
      props.error === null ? null : h('p', { class: 'alert alert-error', role: 'alert' }, props.error),
      props.isBusy ? h('p', { class: 'muted', role: 'status' }, 'Checking quotes against the tape\u2026') : null,
    ),
    props.result === null || props.sources.length === 0
      ? null
      : h(
          'div',
          { class: 'verify-results' },
          h(VerdictSummary, { result: props.result, filter, onFilter: setFilter }),
          h(
            'div',
            { class: 'verify-columns' },
            h(
              'ol',
              { class: 'verdict-list', 'aria-label': 'Quotes and verdicts' },
              quotes.length === 0
                ? h('li', { class: 'muted' }, 'No quotes with this verdict.')
                : quotes.map((quote) =>
                    h(QuoteVerdict, {
                      key: quote.id,
                      quote,
                      speakers: props.speakers,
                      isCurrent: props.tape.quote === quote.id,
                      onOpenTape: props.onOpenTape,
                      onShowInArticle: props.onShowInArticle,
                    }),
                  ),
            ),
            h(TranscriptViewer, {
              transcripts: props.result.transcripts,
              current: props.tape.transcript,
              passage: props.tape.passage,
              request: props.tape.request,
              onPick: props.onPickTranscript,
            }),
          ),
        ),
  );
}
