/** A transcript beside the verdicts: cues with their timecodes and speakers; the passage a verdict points at is marked and scrolled to. */
import { h, type JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { TranscriptCue, TranscriptSummary } from '../model/analysis-core.js';
import { formatClock } from '../model/clock.js';
import type { Passage } from '../model/transcript-passage.js';

export interface TranscriptViewerProps {
  transcripts: readonly TranscriptSummary[];
  current: string | null;
  passage: Passage | null;
  /** Bumped on each click to a passage, so the same passage can be scrolled to again. */
  request: number;
  onPick: (name: string) => void;
}

function cueText(summary: TranscriptSummary, cue: TranscriptCue, passage: Passage | null): Array<JSX.Element | string> {
  const words = summary.text.slice(cue.start, cue.end);
  if (passage === null || passage.end <= cue.start || passage.start >= cue.end) return [words];
  const from = Math.max(passage.start, cue.start) - cue.start;
  const to = Math.min(passage.end, cue.end) - cue.start;
  return [words.slice(0, from), h('mark', { class: 'passage' }, words.slice(from, to)), words.slice(to)];
}

function clock(ms: number | undefined): string {
  return ms === undefined ? '' : formatClock(ms);
}

export function TranscriptViewer(props: TranscriptViewerProps): JSX.Element {
  const bodyRef = useRef<HTMLDivElement>(null);
  const summary = props.transcripts.find((transcript) => transcript.name === props.current) ?? props.transcripts[0];

  useEffect(() => {
    const body = bodyRef.current;
    const target = body?.querySelector<HTMLElement>('.cue.is-passage');
    if (body == null || target == null) return;
    // Scroll the transcript panel only, not the page: the verdict the reader clicked stays in view.
    body.scrollTop = Math.max(0, target.offsetTop - body.clientHeight / 3);
    if (body.scrollHeight <= body.clientHeight) target.scrollIntoView({ block: 'nearest' });
    target.focus({ preventScroll: true });
  }, [props.request, summary?.name]);

  if (summary === undefined)
    return h('div', { class: 'transcript-viewer empty' }, h('p', { class: 'muted' }, 'Add a transcript to see it here.'));
  const passageCues = new Set(props.passage?.cues ?? []);
  let previousSpeaker: string | undefined;
  return h(
    'section',
    { class: 'transcript-viewer', 'aria-label': 'Transcript' },
    props.transcripts.length > 1
      ? h(
          'div',
          { class: 'transcript-tabs', role: 'tablist' },
          props.transcripts.map((transcript) =>
            h(
              'button',
              {
                key: transcript.name,
                type: 'button',
                role: 'tab',
                'aria-selected': transcript.name === summary.name ? 'true' : 'false',
                class: `transcript-tab${transcript.name === summary.name ? ' is-current' : ''}`,
                onClick: () => props.onPick(transcript.name),
              },
              transcript.name,
            ),
          ),
        )
      : h('h3', { class: 'transcript-name' }, summary.name),
    h(
      'div',
      { class: 'transcript-body', ref: bodyRef, 'data-transcript': summary.name },
      summary.cues.length === 0
        ? h('p', { class: 'muted' }, 'This transcript has no readable cues.')
        : summary.cues.map((cue, index) => {
            const showSpeaker = cue.speaker !== undefined && cue.speaker !== previousSpeaker;
            previousSpeaker = cue.speaker;
            const isPassage = passageCues.has(index);
            return h(
              'div',
              { key: index, class: `cue${isPassage ? ' is-passage' : ''}`, tabIndex: isPassage ? -1 : undefined, 'data-cue': index },
              h(
                'span',
                { class: 'cue-time' },
                cue.startMs === undefined ? (cue.line === undefined ? '' : `line ${cue.line}`) : clock(cue.startMs),
              ),
              h(
                'span',
                { class: 'cue-words' },
                showSpeaker ? h('span', { class: 'cue-speaker' }, cue.speaker, ': ') : null,
                cueText(summary, cue, isPassage ? props.passage : null),
              ),
            );
          }),
    ),
  );
}
