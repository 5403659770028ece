/** A word-level difference, article against tape: struck words are on the tape only, underlined words in the article only. */
import { h, type JSX } from 'preact';
import type { DiffOp } from '../../index.js';

function renderOp(op: DiffOp, index: number): JSX.Element {
  switch (op.op) {
    case 'equal':
      return h('span', { key: index, class: 'd-equal' }, op.article);
    case 'replace':
      return h(
        'span',
        { key: index, class: 'd-replace' },
        h('del', { title: 'On the tape' }, op.transcript),
        h('ins', { title: 'In the article' }, op.article),
      );
    case 'insert':
      return h('ins', { key: index, title: 'In the article, not on the tape' }, op.article);
    case 'delete':
      return h('del', { key: index, title: 'On the tape, left out without a mark' }, op.transcript);
    case 'elide':
      return h('span', { key: index, class: 'd-elide' }, op.article, h('span', { class: 'd-note' }, `omits: ${op.transcript}`));
    case 'bracket':
      return h(
        'span',
        { key: index, class: 'd-bracket' },
        op.article,
        op.transcript.length === 0 ? null : h('span', { class: 'd-note' }, `for: ${op.transcript}`),
      );
  }
}

export function DiffView(props: { diff: readonly DiffOp[] }): JSX.Element {
  const parts: Array<JSX.Element | string> = [];
  props.diff.forEach((op, index) => {
    if (index > 0) parts.push(' ');
    parts.push(renderOp(op, index));
  });
  return h(
    'p',
    { class: 'diff', 'aria-label': 'Word differences: struck words are on the tape, underlined words are in the article' },
    parts,
  );
}
