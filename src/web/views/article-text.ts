/**
 * The article body with its highlights. Every piece of article text becomes a text node (a string
 * child), never markup. Large articles render in chunks of paragraphs: the first chunk at once, the
 * rest on later tasks, so the first highlight appears quickly and the page keeps answering input.
 */
import { Component, h, type JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { findHeadline, type Block, type Segment } from '../model/article-segments.js';
import type { SpeakerModel } from '../model/speakers.js';
import { KIND_LABEL } from './common.js';

export const FIRST_CHUNK_BLOCKS = 24;
export const CHUNK_BLOCKS = 60;

export interface ArticleTextProps {
  text: string;
  blocks: readonly Block[];
  speakers: SpeakerModel;
  /** Render at least up to this block (a quote the reader jumped to). */
  needBlock: number;
  /** Called after each commit with the number of blocks rendered so far. */
  onRendered?: (count: number) => void;
  title?: string;
}

const TERM_LABEL: Record<string, string> = {
  title: 'a title',
  nickname: 'a nickname',
  'scare-quote': 'scare quotes',
  'word-as-word': 'a word cited as a word',
  name: 'a name',
};

function renderSegment(text: string, segment: Segment, speakers: SpeakerModel): JSX.Element | string {
  const content = text.slice(segment.start, segment.end);
  if (segment.quote === undefined && segment.term === undefined && segment.spans === undefined) return content;
  const classes: string[] = [];
  const attributes: Record<string, string | number> = {};
  if (segment.quote !== undefined) {
    const speaker = speakers.byQuote.get(segment.quote);
    classes.push('q', `q-${segment.kind ?? 'direct'}`, speaker?.style.className ?? 'sp-none');
    if (segment.isFragment === true) classes.push('q-frag');
    attributes['data-quote'] = segment.quote;
    attributes.title = `${speaker?.name ?? 'Unattributed'} \u00b7 ${KIND_LABEL[segment.kind ?? 'direct']}`;
    if (segment.isQuoteStart === true) {
      attributes['data-quote-start'] = segment.quote;
      attributes['data-badge'] = speaker?.badge ?? '?';
      attributes.tabindex = -1;
    }
  }
  if (segment.term !== undefined) {
    classes.push('term');
    attributes['data-term'] = segment.term.reason;
    if (segment.quote === undefined)
      attributes.title = `Quoted words, not speech: ${TERM_LABEL[segment.term.reason] ?? segment.term.reason}`;
  }
  if (segment.spans !== undefined) {
    classes.push('ref');
    attributes['data-span'] = segment.spans.join(' ');
  }
  return h(segment.quote === undefined ? 'span' : 'mark', { class: classes.join(' '), ...attributes }, content);
}

interface ChunkProps {
  text: string;
  blocks: readonly Block[];
  speakers: SpeakerModel;
  headingBlock: number;
}

/** A run of paragraphs that never re-renders once drawn (its props never change for one analysis). */
class Chunk extends Component<ChunkProps> {
  override shouldComponentUpdate(next: ChunkProps): boolean {
    return next.blocks !== this.props.blocks || next.speakers !== this.props.speakers || next.text !== this.props.text;
  }

  override render(): JSX.Element {
    const { text, blocks, speakers, headingBlock } = this.props;
    return h(
      'div',
      { class: 'chunk' },
      blocks.map((block) =>
        h(
          block.index === headingBlock ? 'h2' : 'p',
          { key: block.index, 'data-block': block.index, class: block.index === headingBlock ? 'article-headline' : undefined },
          block.segments.map((segment) => renderSegment(text, segment, speakers)),
        ),
      ),
    );
  }
}

export function ArticleText(props: ArticleTextProps): JSX.Element {
  const { blocks } = props;
  // The parent keys this component by analysis, so a new article starts again from the first chunk.
  const [rendered, setRendered] = useState(Math.min(blocks.length, FIRST_CHUNK_BLOCKS));
  const count = Math.min(blocks.length, Math.max(rendered, props.needBlock + 1));

  useEffect(() => {
    props.onRendered?.(count);
    if (count >= blocks.length) return undefined;
    const timer = setTimeout(() => setRendered(Math.min(blocks.length, count + CHUNK_BLOCKS)), 0);
    return () => clearTimeout(timer);
  }, [blocks, count]);

  const heading = findHeadline(props.text, blocks, props.title);
  const chunks: JSX.Element[] = [];
  for (let start = 0; start < count; start += start === 0 ? FIRST_CHUNK_BLOCKS : CHUNK_BLOCKS) {
    const size = start === 0 ? FIRST_CHUNK_BLOCKS : CHUNK_BLOCKS;
    const end = Math.min(count, start + size);
    chunks.push(h(ChunkSlice, { key: start, text: props.text, all: blocks, start, end, speakers: props.speakers, headingBlock: heading }));
  }
  return h(
    'div',
    { class: 'article-text', 'data-rendered': count, 'data-total': blocks.length, 'aria-busy': count < blocks.length ? 'true' : 'false' },
    chunks,
  );
}

interface ChunkSliceProps {
  text: string;
  all: readonly Block[];
  start: number;
  end: number;
  speakers: SpeakerModel;
  headingBlock: number;
}

/** Keeps the slice array stable while a chunk is complete, so the Chunk underneath never redraws. */
class ChunkSlice extends Component<ChunkSliceProps> {
  private slice: readonly Block[] = [];
  private key = '';

  override render(): JSX.Element {
    const { all, start, end } = this.props;
    const key = `${start}:${end}`;
    if (this.key !== key || this.slice.length === 0 || this.slice[0] !== all[start]) {
      this.slice = all.slice(start, end);
      this.key = key;
    }
    return h(Chunk, { text: this.props.text, blocks: this.slice, speakers: this.props.speakers, headingBlock: this.props.headingBlock });
  }
}
