/** The side panel: every speaker with colour, line style and badge, their quotes, and a jump to each. */
import { h, type JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { VerifiedQuoteView } from '../../index.js';
import type { SpeakerEntry, SpeakerModel } from '../model/speakers.js';
import { shorten, SpeakerBadge, SpeakerSwatch, VerdictBadge } from './common.js';

export interface SpeakersPanelProps {
  model: SpeakerModel;
  selectedQuote: string | null;
  verified: Map<string, VerifiedQuoteView> | null;
  anonymous: ReadonlySet<string>;
  onJump: (quoteId: string) => void;
}

const TYPE_LABEL: Record<string, string> = {
  person: 'person',
  organization: 'organization',
  group: 'group',
  work: 'work',
  other: 'other',
  unknown: 'unresolved',
};

/** Quotes listed per speaker before a "show all" button (long articles quote one person hundreds of times). */
const LISTED_QUOTES = 40;

function SpeakerItem(props: SpeakersPanelProps & { speaker: SpeakerEntry; isOpen: boolean; onToggle: () => void }): JSX.Element {
  const { speaker } = props;
  const [isComplete, setIsComplete] = useState(false);
  const selectedIndex = props.selectedQuote === null ? -1 : speaker.quotes.findIndex((quote) => quote.id === props.selectedQuote);
  const limit = isComplete || selectedIndex >= LISTED_QUOTES ? speaker.quotes.length : LISTED_QUOTES;
  const listId = `speaker-quotes-${speaker.key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const isAnonymous = props.anonymous.has(speaker.key);
  const aliases = speaker.mentions.filter((mention) => mention !== speaker.name);
  return h(
    'li',
    { class: `speaker${props.isOpen ? ' is-open' : ''}`, 'data-speaker': speaker.key },
    h(
      'button',
      {
        type: 'button',
        class: 'speaker-head',
        'aria-expanded': props.isOpen ? 'true' : 'false',
        'aria-controls': listId,
        onClick: props.onToggle,
      },
      h(SpeakerBadge, { speaker }),
      h(
        'span',
        { class: 'speaker-name' },
        h('span', { class: 'speaker-name-text' }, speaker.name),
        h('span', { class: 'speaker-meta' }, TYPE_LABEL[speaker.type] ?? speaker.type, isAnonymous ? ' \u00b7 unnamed source' : ''),
      ),
      h(SpeakerSwatch, { speaker }),
      h('span', { class: 'speaker-count', 'aria-label': `${speaker.quotes.length} quotes` }, String(speaker.quotes.length)),
    ),
    props.isOpen
      ? h(
          'div',
          { id: listId, class: 'speaker-quotes' },
          aliases.length > 0 ? h('p', { class: 'speaker-aliases' }, 'Attributed through: ', aliases.join(', ')) : null,
          h(
            'ol',
            null,
            speaker.quotes.slice(0, limit).map((quote) => {
              const verified = props.verified?.get(quote.id);
              return h(
                'li',
                { key: quote.id },
                h(
                  'button',
                  {
                    type: 'button',
                    class: `jump${props.selectedQuote === quote.id ? ' is-current' : ''}`,
                    'data-jump': quote.id,
                    onClick: () => props.onJump(quote.id),
                  },
                  h(
                    'span',
                    { class: `jump-text jump-${quote.kind}` },
                    quote.kind === 'direct' ? `\u201c${shorten(quote.text, 90)}\u201d` : shorten(quote.text, 90),
                    quote.kind === 'direct' ? null : h('span', { class: 'jump-tag' }, quote.kind === 'mixed' ? 'partial' : 'reported'),
                  ),
                  verified === undefined ? null : h(VerdictBadge, { verdict: verified.verdict }),
                ),
              );
            }),
          ),
          limit < speaker.quotes.length
            ? h(
                'button',
                { type: 'button', class: 'link-button show-all', onClick: () => setIsComplete(true) },
                `Show all ${speaker.quotes.length} quotes`,
              )
            : null,
        )
      : null,
  );
}

export function SpeakersPanel(props: SpeakersPanelProps): JSX.Element {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(props.model.speakers.slice(0, 1).map((speaker) => speaker.key)));
  const toggle = (key: string): void => {
    const next = new Set(open);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setOpen(next);
  };
  const total = props.model.speakers.reduce((sum, speaker) => sum + speaker.quotes.length, 0);
  return h(
    'nav',
    { class: 'speakers-panel', 'aria-label': 'Speakers' },
    h(
      'h2',
      { class: 'panel-title' },
      'Speakers ',
      h('span', { class: 'panel-count' }, `${props.model.speakers.length} \u00b7 ${total} quotes`),
    ),
    props.model.speakers.length === 0
      ? h('p', { class: 'muted' }, 'No quotations found in this article.')
      : h(
          'ul',
          { class: 'speaker-list' },
          props.model.speakers.map((speaker) =>
            h(SpeakerItem, { ...props, key: speaker.key, speaker, isOpen: open.has(speaker.key), onToggle: () => toggle(speaker.key) }),
          ),
        ),
  );
}
