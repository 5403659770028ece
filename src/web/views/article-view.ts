/**
 * The article view: speakers on the left, the highlighted article in the middle, the selected quote's
 * details on the right (a bottom sheet on phones). Keyboard: j / ↓ next quote, k / ↑ previous,
 * Enter opens the details, Esc closes them; the focused quote is always outlined.
 */
import { h, type JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { QuoteView, VerifiedQuoteView } from '../../index.js';
import type { AnalysedArticle } from '../model/analysis-core.js';
import type { ArticleLayout } from '../model/article-segments.js';
import { spanKey } from '../model/article-segments.js';
import type { SpeakerModel } from '../model/speakers.js';
import { ArticleText } from './article-text.js';
import { QuoteDetails } from './quote-details.js';
import { SpeakersPanel } from './speakers-panel.js';

export interface LoadedArticle {
  /** Increments with each analysis; keys the renderer so a new article starts fresh. */
  serial: number;
  article: AnalysedArticle;
  speakers: SpeakerModel;
  layout: ArticleLayout;
  /** Quotes in text order: the order j and k walk. */
  ordered: QuoteView[];
  anonymous: ReadonlySet<string>;
  startedAt: number;
  /** From opening to the analysis result laid out on the page, before the first paint. */
  preparedMs: number;
  analysedAt: string;
}

export interface Selection {
  focused: string | null;
  isOpen: boolean;
  /** Bumped to move keyboard focus (and scroll) to the focused quote. */
  request: number;
}

export interface ArticleViewProps {
  loaded: LoadedArticle;
  selection: Selection;
  verified: Map<string, VerifiedQuoteView> | null;
  onSelection: (selection: Selection) => void;
  onNewArticle: () => void;
  onOpenTape: (quoteId: string) => void;
}

export interface Timings {
  analyseMs: number;
  preparedMs: number;
  firstHighlightMs: number | null;
  fullRenderMs: number | null;
  blocks: number;
  quotes: number;
  characters: number;
}

declare global {
  interface Window {
    /** Measured by the article view; read by the browser tests. */
    verbatimTimings?: Timings;
  }
}

const MARK_CLASSES = ['is-selected', 'is-focused', 'is-speaker', 'is-cue', 'is-via'];

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

function cssString(value: string): string {
  return typeof CSS !== 'undefined' && typeof CSS.escape === 'function' ? CSS.escape(value) : value;
}

function Legend(): JSX.Element {
  return h(
    'div',
    { class: 'legend', 'aria-label': 'How quotes are marked' },
    h('span', { class: 'legend-item' }, h('mark', { class: 'q q-direct sp-0 legend-sample' }, 'direct quote')),
    h(
      'span',
      { class: 'legend-item' },
      h(
        'mark',
        { class: 'q q-mixed sp-0 legend-sample' },
        'reported, ',
        h('span', { class: 'q-frag-sample' }, '\u201cpartly quoted\u201d'),
      ),
    ),
    h('span', { class: 'legend-item' }, h('mark', { class: 'q q-indirect sp-0 legend-sample' }, 'reported speech')),
    h('span', { class: 'legend-item' }, h('span', { class: 'term legend-sample' }, 'quoted, not speech')),
    h('span', { class: 'legend-item legend-note' }, 'One colour, line and badge per speaker'),
    h(
      'span',
      { class: 'legend-item legend-keys' },
      h('kbd', null, 'j'),
      h('kbd', null, 'k'),
      ' move ',
      h('kbd', null, 'Enter'),
      ' open ',
      h('kbd', null, 'Esc'),
      ' close',
    ),
  );
}

export function ArticleView(props: ArticleViewProps): JSX.Element {
  const { loaded, selection } = props;
  const { article, layout, speakers, ordered } = loaded;
  const textRef = useRef<HTMLDivElement>(null);
  const timings = useRef<Timings | null>(null);
  const indexOf = useMemo(() => new Map(ordered.map((quote, index) => [quote.id, index])), [ordered]);

  const focusedQuote = selection.focused === null ? undefined : ordered[indexOf.get(selection.focused) ?? -1];
  const needBlock = focusedQuote === undefined ? -1 : (layout.blockOfQuote.get(focusedQuote.id) ?? -1);

  // Key presses can arrive faster than effects re-run: handlers read the latest state from a ref.
  const latest = useRef({ props, indexOf });
  latest.current = { props, indexOf };

  const move = (delta: number, keepOpen: boolean): void => {
    const { props: current, indexOf: positions } = latest.current;
    const quotes = current.loaded.ordered;
    if (quotes.length === 0) return;
    const { focused, request } = current.selection;
    const position = focused === null ? -1 : (positions.get(focused) ?? -1);
    const next = position === -1 ? (delta > 0 ? 0 : quotes.length - 1) : Math.max(0, Math.min(quotes.length - 1, position + delta));
    const selection = { focused: quotes[next]!.id, isOpen: keepOpen, request: request + 1 };
    // Record it at once so a second key press before the next render moves on from here.
    latest.current = { props: { ...current, selection }, indexOf: positions };
    current.onSelection(selection);
  };

  // Keyboard: anywhere on the page except while typing in a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const inArticle = event.target instanceof Node && textRef.current?.contains(event.target) === true;
      const { selection: current, onSelection } = latest.current.props;
      const key = event.key;
      if (key === 'j' || (key === 'ArrowDown' && inArticle)) {
        event.preventDefault();
        move(1, current.isOpen);
      } else if (key === 'k' || (key === 'ArrowUp' && inArticle)) {
        event.preventDefault();
        move(-1, current.isOpen);
      } else if (key === 'Enter' && inArticle && current.focused !== null) {
        event.preventDefault();
        const selection = { ...current, isOpen: true };
        latest.current = { ...latest.current, props: { ...latest.current.props, selection } };
        onSelection(selection);
      } else if (key === 'Escape' && current.isOpen) {
        event.preventDefault();
        const selection = { ...current, isOpen: false, request: current.request + 1 };
        latest.current = { ...latest.current, props: { ...latest.current.props, selection } };
        onSelection(selection);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Outline the focused quote, and for the open one its speaker mention, cue and relays (before paint, so keys feel instant).
  useLayoutEffect(() => {
    const container = textRef.current;
    if (container === null) return;
    for (const name of MARK_CLASSES) for (const element of [...container.getElementsByClassName(name)]) element.classList.remove(name);
    if (focusedQuote === undefined) return;
    for (const element of container.querySelectorAll(`[data-quote="${cssString(focusedQuote.id)}"]`)) {
      element.classList.add('is-focused');
      if (selection.isOpen) element.classList.add('is-selected');
    }
    if (!selection.isOpen) return;
    const mark = (key: string, name: string): void => {
      for (const element of container.querySelectorAll(`[data-span~="${cssString(key)}"]`)) element.classList.add(name);
    };
    if (focusedQuote.speaker !== null) mark(spanKey('m', focusedQuote.speaker), 'is-speaker');
    if (focusedQuote.cue !== null) mark(spanKey('c', focusedQuote.cue), 'is-cue');
    for (const hop of focusedQuote.via) mark(spanKey('m', hop), 'is-via');
  });

  // Move keyboard focus when asked (j/k, a jump from the panel, Esc returning from the details).
  useLayoutEffect(() => {
    if (selection.request === 0 || focusedQuote === undefined) return;
    const element = textRef.current?.querySelector<HTMLElement>(`[data-quote-start="${cssString(focusedQuote.id)}"]`);
    if (element == null) return;
    element.focus({ preventScroll: true });
    // On phones the details sheet covers the lower half: bring the quote to the top instead of the middle.
    element.scrollIntoView({ block: window.innerWidth <= 860 && selection.isOpen ? 'start' : 'center' });
  }, [selection.request]);

  const onRendered = (count: number): void => {
    const now = performance.now();
    if (timings.current === null) {
      timings.current = {
        analyseMs: Math.round(article.analyseMs),
        preparedMs: Math.round(loaded.preparedMs),
        firstHighlightMs: null,
        fullRenderMs: null,
        blocks: layout.blocks.length,
        quotes: ordered.length,
        characters: article.text.length,
      };
    }
    const record = timings.current;
    if (record.firstHighlightMs === null && textRef.current?.querySelector('mark.q') != null)
      record.firstHighlightMs = Math.round(now - loaded.startedAt);
    if (record.fullRenderMs === null && count >= layout.blocks.length) record.fullRenderMs = Math.round(now - loaded.startedAt);
    window.verbatimTimings = { ...record };
  };

  const showSpan = (start: number, end: number): void => {
    const container = textRef.current;
    if (container === null) return;
    const element = container.querySelector<HTMLElement>(
      `[data-span~="${cssString(spanKey('m', { start, end }))}"], [data-span~="${cssString(spanKey('c', { start, end }))}"]`,
    );
    if (element === null) return;
    element.classList.remove('is-flash');
    void element.offsetWidth;
    element.classList.add('is-flash');
    element.scrollIntoView({ block: 'center' });
  };

  const onTextClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target.closest('[data-quote]') : null;
    if (target === null) return;
    const id = target.getAttribute('data-quote');
    if (id !== null) props.onSelection({ focused: id, isOpen: true, request: selection.request + 1 });
  };

  const openQuote = selection.isOpen ? focusedQuote : undefined;
  const position = openQuote === undefined ? 0 : (indexOf.get(openQuote.id) ?? 0) + 1;
  const metadata = article.metadata;
  const stats = `${ordered.length} quote${ordered.length === 1 ? '' : 's'} \u00b7 ${speakers.speakers.length} speaker${speakers.speakers.length === 1 ? '' : 's'} \u00b7 ${article.text.length.toLocaleString('en')} characters`;

  return h(
    'div',
    { class: `article-layout${openQuote === undefined ? '' : ' has-details'}` },
    h(SpeakersPanel, {
      key: loaded.serial,
      model: speakers,
      selectedQuote: openQuote?.id ?? null,
      verified: props.verified,
      anonymous: loaded.anonymous,
      onJump: (id: string) => props.onSelection({ focused: id, isOpen: true, request: selection.request + 1 }),
    }),
    h(
      'article',
      { class: 'article-card', 'aria-label': 'Article with quotes highlighted' },
      h(
        'header',
        { class: 'article-meta' },
        h(
          'div',
          { class: 'article-source' },
          h('span', { class: 'source-name' }, article.name),
          h('span', { class: 'source-format' }, article.format === 'html' ? 'HTML' : 'text'),
          metadata.outlet === undefined ? null : h('span', { class: 'source-outlet' }, metadata.outlet),
          metadata.published === undefined ? null : h('span', { class: 'source-date' }, metadata.published),
        ),
        h(
          'p',
          { class: 'article-stats' },
          stats,
          ' \u00b7 ',
          h(
            'span',
            { title: 'Time spent by the core library in this browser' },
            `analysed in ${Math.max(1, Math.round(article.analyseMs))} ms, on this device`,
          ),
        ),
        h('button', { type: 'button', class: 'button button-small', onClick: props.onNewArticle }, 'Open another article'),
      ),
      h(Legend, null),
      article.replaced > 0 ? h('p', { class: 'alert' }, `${article.replaced} characters could not be decoded and show as \ufffd.`) : null,
      h(
        'div',
        {
          ref: textRef,
          class: 'article-body',
          tabIndex: 0,
          'aria-label': 'Article text. Press j or k to move between quotes, Enter to open one.',
          'aria-describedby': 'keys-help',
          onClick: onTextClick,
        },
        h(ArticleText, {
          key: loaded.serial,
          text: article.text,
          blocks: layout.blocks,
          speakers,
          needBlock,
          onRendered,
          ...(metadata.title === undefined ? {} : { title: metadata.title }),
        }),
      ),
      h(
        'p',
        { id: 'keys-help', class: 'visually-hidden' },
        'j or down arrow: next quote. k or up arrow: previous quote. Enter: details. Escape: close.',
      ),
    ),
    openQuote === undefined
      ? null
      : h(
          'aside',
          { class: 'details-panel', 'aria-label': 'Quote details' },
          h(QuoteDetails, {
            quote: openQuote,
            position,
            total: ordered.length,
            speakers,
            metadata,
            articleName: article.name,
            verified: props.verified?.get(openQuote.id),
            onClose: () => props.onSelection({ ...selection, isOpen: false, request: selection.request + 1 }),
            onStep: (delta: number) => move(delta, true),
            onShowSpan: showSpan,
            onOpenTape: props.onOpenTape,
          }),
        ),
  );
}
