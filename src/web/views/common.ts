/** Small pieces shared by the views: badges for speakers, quote kinds and verdicts, a confidence meter. */
import { h, type ComponentChildren, type JSX } from 'preact';
import type { QuoteKind, Verdict } from '../../index.js';
import type { SpeakerEntry } from '../model/speakers.js';

export interface VerdictInfo {
  label: string;
  /** A symbol beside the word, so the verdict never rests on colour alone. */
  symbol: string;
  description: string;
}

export const VERDICT_INFO: Record<Verdict, VerdictInfo> = {
  exact: { label: 'exact', symbol: '\u2713', description: 'The tape has the same words.' },
  elided: { label: 'elided', symbol: '\u2026', description: 'The same words, except where the article marks an omission or an insertion.' },
  altered: { label: 'altered', symbol: '\u2260', description: 'Words changed, added or dropped without a mark.' },
  misattributed: { label: 'misattributed', symbol: '\u21c4', description: 'The words are on the tape, spoken by someone else.' },
  paraphrase: { label: 'paraphrase', symbol: '\u2248', description: 'Close to a passage in content, not word for word.' },
  absent: { label: 'absent', symbol: '\u2205', description: 'Nothing close enough on any tape.' },
};

/** The verdicts from best to worst (the keys of VERDICT_INFO, which the type forces to be all of them). */
export const VERDICT_ORDER = Object.keys(VERDICT_INFO) as Verdict[];

export const KIND_LABEL: Record<QuoteKind, string> = {
  direct: 'direct quote',
  mixed: 'partial quote',
  indirect: 'reported speech',
};

export function SpeakerBadge(props: { speaker: SpeakerEntry | undefined; large?: boolean }): JSX.Element {
  const speaker = props.speaker;
  const className = `badge ${speaker?.style.className ?? 'sp-none'}${props.large === true ? ' badge-large' : ''}`;
  return h('span', { class: className, 'aria-hidden': 'true' }, speaker?.badge ?? '?');
}

/** A swatch showing the speaker's colour and line style together, as the highlights use them. */
export function SpeakerSwatch(props: { speaker: SpeakerEntry }): JSX.Element {
  return h('span', { class: `swatch ${props.speaker.style.className}`, 'aria-hidden': 'true' });
}

export function VerdictBadge(props: { verdict: Verdict }): JSX.Element {
  const info = VERDICT_INFO[props.verdict];
  return h(
    'span',
    { class: `verdict verdict-${props.verdict}`, title: info.description },
    h('span', { 'aria-hidden': 'true' }, info.symbol),
    ` ${info.label}`,
  );
}

export function KindBadge(props: { kind: QuoteKind }): JSX.Element {
  return h('span', { class: `kind kind-${props.kind}` }, KIND_LABEL[props.kind]);
}

export function ConfidenceMeter(props: { value: number }): JSX.Element {
  const percent = Math.round(Math.max(0, Math.min(1, props.value)) * 100);
  const level = percent >= 85 ? 'high' : percent >= 65 ? 'medium' : 'low';
  return h(
    'span',
    { class: `confidence confidence-${level}` },
    h(
      'span',
      {
        class: 'meter',
        role: 'meter',
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': percent,
        'aria-label': 'Attribution confidence',
      },
      h('span', { class: 'meter-fill', style: { width: `${percent}%` } }),
    ),
    h('span', { class: 'meter-value' }, `${percent}%`, h('span', { class: 'meter-level' }, ` ${level}`)),
  );
}

/** Shortens text for lists, on a word boundary. */
export function shorten(text: string, length: number): string {
  let folded = '';
  let wasSpace = false;
  for (const character of text) {
    const isSpace = character === ' ' || character === '\n' || character === '\t' || character === '\r';
    if (isSpace && wasSpace) continue;
    folded += isSpace ? ' ' : character;
    wasSpace = isSpace;
    if (folded.length > length + 20) break;
  }
  if (folded.length <= length) return folded;
  const cut = folded.lastIndexOf(' ', length);
  return `${folded.slice(0, cut > length * 0.6 ? cut : length)}\u2026`;
}

export function EmptyState(props: { title: string; children?: ComponentChildren }): JSX.Element {
  return h('div', { class: 'empty-state' }, h('h2', null, props.title), props.children);
}

/** Explains a rule id in a few words, for the details panel. */
export function describeRule(rule: string): string {
  const name = rule.split('/').pop() ?? rule;
  const known: Record<string, string> = {
    frame: 'the quote is what a reporting verb says its subject said',
    'split-quote': 'the quotation continues one split around its cue ("A," she said. "B.")',
    'same-paragraph': 'the one speaker named earlier in the same paragraph',
    'previous-paragraph': 'a run of quotes: the speaker of the previous paragraph carries over',
    'colon-intro': 'the person named in the clause before the colon',
    label: 'the label of a "NAME:" or "A:" paragraph',
    'label-answer': 'an answer in a Q&A interview: the person interviewed',
    unattributed: 'no rule found a speaker',
  };
  return known[name] ?? name.split('-').join(' ');
}
