/**
 * Writes the extracted text block by block and records where each run of it came from.
 *
 * Blocks are joined by "\n\n"; inside a block, white space collapses to one space (kept as written inside
 * `<pre>`, with "\r\n" and "\r" read as "\n"), a `<br>` becomes "\n", and leading and trailing white space
 * is dropped. Every emitted character except the block separators and the marks of `<q>` has a source
 * segment. A segment whose text and source have the same length maps offset by offset ("linear"): a run
 * copied verbatim, or one white-space character read as a space. Other segments (a character reference, a
 * collapsed run of white space, a `<br>`) map every offset to the segment's source start. Adjacent linear
 * segments are merged, so ordinary prose costs one segment per text node.
 */
import type { SourceSegment } from '../../model/document.js';
import { isCollapsible, isDroppedControl, isPreformattedSpace } from './whitespace.js';

export interface BuiltText {
  text: string;
  sourceMap: SourceSegment[];
  /** Text offset where each block starts, in order. */
  blockStarts: number[];
}

const BLOCK_SEPARATOR = '\n\n';

export class TextBuilder {
  private readonly source: string;
  private readonly parts: string[] = [];
  /** A run of source copied verbatim and not yet sliced: consecutive copies extend it instead of slicing each. */
  private copyStart = -1;
  private copyEnd = -1;
  private readonly segments: SourceSegment[] = [];
  private readonly blockStarts: number[] = [];
  private length = 0;
  private isBlockOpen = false;
  private isAfterOpenMark = false;
  private pendingSpaceStart = -1;
  private pendingSpaceEnd = -1;
  /** Per open `<blockquote>`: its opening mark waits, was written, or was left out (BLOCK_QUOTE_*). */
  private readonly blockQuotes: number[] = [];
  private blockQuoteMark = '';
  private blockQuoteClose = '';
  /** Source ranges of `<br>` tags waiting for the next character of the block. */
  private readonly pendingBreaks: number[] = [];
  /** Source ranges of `<pre>` white space waiting for the next character of the block. */
  private readonly pendingPreformatted: number[] = [];

  constructor(source: string) {
    this.source = source;
  }

  get textLength(): number {
    return this.length;
  }

  /** Ends the current block; white space and breaks still pending at its end are dropped. */
  startBlock(): void {
    this.isBlockOpen = false;
    this.clearPending();
  }

  /** Appends source text `[start, end)` as written, collapsing white space unless preformatted. */
  appendSource(start: number, end: number, isPreformatted: boolean): void {
    if (isPreformatted) {
      this.appendPreformatted(start, end);
      return;
    }
    const source = this.source;
    let index = start;
    while (index < end) {
      if (isCollapsible(source.charCodeAt(index))) {
        const spaceStart = index;
        while (index < end && isCollapsible(source.charCodeAt(index))) index++;
        this.noteSpace(spaceStart, index);
        continue;
      }
      const runStart = index;
      // A run goes on across single spaces between words: prose is copied as one slice per text node.
      while (index < end) {
        const code = source.charCodeAt(index);
        if (!isCollapsible(code)) index++;
        else if (code === 0x20 && index + 1 < end && !isCollapsible(source.charCodeAt(index + 1))) index += 2;
        else break;
      }
      if (this.blockQuotes.length > 0) this.closeBeforeSignature(source.charCodeAt(runStart));
      this.flushBeforeContent();
      if (this.blockQuotes.length > 0) this.openPendingBlockQuote(source.charCodeAt(runStart));
      this.copy(runStart, index);
    }
  }

  /** Appends the decoded text of a character reference found at source `[start, end)`. */
  appendDecoded(text: string, start: number, end: number, isPreformatted: boolean): void {
    if (!isPreformatted && isAllCollapsible(text)) {
      this.noteSpace(start, end);
      return;
    }
    if (this.blockQuotes.length > 0) this.closeBeforeSignature(text.charCodeAt(0));
    this.flushBeforeContent();
    if (this.blockQuotes.length > 0) this.openPendingBlockQuote(text.charCodeAt(0));
    this.emit(text, start, end);
  }

  /** A `<br>` at source `[start, end)`: a line break before the block's next character. */
  appendBreak(start: number, end: number): void {
    if (!this.isBlockOpen) return;
    this.pendingSpaceStart = -1;
    this.pendingPreformatted.length = 0;
    this.pendingBreaks.push(start, end);
  }

  /** Treats source `[start, end)` as one space (a `<br>` inside a headline). */
  appendSpace(start: number, end: number): void {
    this.noteSpace(start, end);
  }

  /**
   * A `<blockquote>` opens: its opening mark waits for the quotation's first character, inside the first
   * paragraph, and is left out when the page wrote its own mark there (“…” inside the blockquote).
   */
  openBlockQuote(mark: string, close: string): void {
    this.blockQuotes.push(BLOCK_QUOTE_PENDING);
    this.blockQuoteMark = mark;
    this.blockQuoteClose = close;
  }

  /** A `<blockquote>` closes: its closing mark goes right after its last character, if its opening mark was written. */
  closeBlockQuote(mark: string): void {
    if (this.blockQuotes.pop() !== BLOCK_QUOTE_OPENED) return;
    this.flushCopy();
    this.parts.push(mark);
    this.length += mark.length;
  }

  /**
   * A new block inside a blockquote that opens with a dash ("— Ana Ruiz (@MayorRuiz)" after an embedded post) signs
   * the quotation: its closing mark goes before it, at the end of the block before.
   */
  private closeBeforeSignature(code: number): void {
    const top = this.blockQuotes.length - 1;
    if (top < 0 || this.isBlockOpen || this.blockQuotes[top] !== BLOCK_QUOTE_OPENED || (code !== 0x2014 && code !== 0x2013)) return;
    this.flushCopy();
    this.parts.push(this.blockQuoteClose);
    this.length += this.blockQuoteClose.length;
    this.blockQuotes[top] = BLOCK_QUOTE_SIGNED;
  }

  /** Before the first character `code` of a blockquote's content: its opening mark, unless the content opens with one. */
  private openPendingBlockQuote(code: number): void {
    const top = this.blockQuotes.length - 1;
    if (top < 0 || this.blockQuotes[top] !== BLOCK_QUOTE_PENDING) return;
    if (isOpeningQuoteMark(code)) {
      this.blockQuotes[top] = BLOCK_QUOTE_SKIPPED;
      return;
    }
    this.flushCopy();
    this.parts.push(this.blockQuoteMark);
    this.length += this.blockQuoteMark.length;
    this.blockQuotes[top] = BLOCK_QUOTE_OPENED;
  }

  /** An opening quotation mark for `<q>`; it has no source characters. */
  appendOpenMark(mark: string): void {
    this.flushBeforeContent();
    this.flushCopy();
    this.parts.push(mark);
    this.length += mark.length;
    this.isAfterOpenMark = true;
  }

  /** A closing quotation mark for `<q>`; white space before it moves after it. */
  appendCloseMark(mark: string): void {
    if (!this.isBlockOpen) return;
    this.pendingBreaks.length = 0;
    this.pendingPreformatted.length = 0;
    this.flushCopy();
    this.parts.push(mark);
    this.length += mark.length;
    this.isAfterOpenMark = false;
  }

  finish(): BuiltText {
    this.flushCopy();
    return { text: this.parts.join(''), sourceMap: this.segments, blockStarts: this.blockStarts };
  }

  private appendPreformatted(start: number, end: number): void {
    const source = this.source;
    let index = start;
    while (index < end) {
      const code = source.charCodeAt(index);
      if (isPreformattedSpace(code)) {
        const spaceStart = index;
        while (index < end && isPreformattedSpace(source.charCodeAt(index))) index++;
        if (this.isBlockOpen) this.pendingPreformatted.push(spaceStart, index);
        continue;
      }
      if (isDroppedControl(code)) {
        index++;
        continue;
      }
      const runStart = index;
      while (index < end) {
        const next = source.charCodeAt(index);
        if (isPreformattedSpace(next) || isDroppedControl(next)) break;
        index++;
      }
      if (this.blockQuotes.length > 0) this.closeBeforeSignature(source.charCodeAt(runStart));
      this.flushBeforeContent();
      if (this.blockQuotes.length > 0) this.openPendingBlockQuote(source.charCodeAt(runStart));
      this.copy(runStart, index);
    }
  }

  private noteSpace(start: number, end: number): void {
    if (!this.isBlockOpen || this.isAfterOpenMark || this.pendingBreaks.length > 0 || this.pendingSpaceStart >= 0) return;
    this.pendingSpaceStart = start;
    this.pendingSpaceEnd = end;
  }

  private clearPending(): void {
    this.pendingSpaceStart = -1;
    // Setting an array's length is slow in V8 even when it does not change: guard it.
    if (this.pendingBreaks.length > 0) this.pendingBreaks.length = 0;
    if (this.pendingPreformatted.length > 0) this.pendingPreformatted.length = 0;
    this.isAfterOpenMark = false;
  }

  /** Writes what must precede the next character: a block separator, line breaks, or white space. */
  private flushBeforeContent(): void {
    if (!this.isBlockOpen) {
      if (this.length > 0) {
        this.flushCopy();
        this.parts.push(BLOCK_SEPARATOR);
        this.length += BLOCK_SEPARATOR.length;
      }
      this.blockStarts.push(this.length);
      this.isBlockOpen = true;
    } else if (this.pendingBreaks.length > 0) {
      for (let index = 0; index < this.pendingBreaks.length; index += 2) {
        this.emit('\n', this.pendingBreaks[index]!, this.pendingBreaks[index + 1]!);
      }
    } else if (this.pendingPreformatted.length > 0) {
      for (let index = 0; index < this.pendingPreformatted.length; index += 2) {
        this.emitPreformattedSpace(this.pendingPreformatted[index]!, this.pendingPreformatted[index + 1]!);
      }
    } else if (this.pendingSpaceStart >= 0) {
      const isPlainSpace = this.pendingSpaceEnd - this.pendingSpaceStart === 1 && this.source.charCodeAt(this.pendingSpaceStart) === 0x20;
      if (isPlainSpace) this.copy(this.pendingSpaceStart, this.pendingSpaceEnd);
      else this.emit(' ', this.pendingSpaceStart, this.pendingSpaceEnd);
    }
    this.clearPending();
  }

  /** Preformatted white space as written, except that "\r\n" becomes "\n" and a lone "\r" becomes "\n". */
  private emitPreformattedSpace(start: number, end: number): void {
    const source = this.source;
    let runStart = start;
    for (let index = start; index < end; index++) {
      if (source.charCodeAt(index) !== 0x0d) continue;
      if (index > runStart) this.copy(runStart, index);
      if (source.charCodeAt(index + 1) === 0x0a && index + 1 < end) runStart = index + 1;
      else {
        this.emit('\n', index, index + 1);
        runStart = index + 1;
      }
    }
    if (end > runStart) this.copy(runStart, end);
  }

  /** Appends source `[start, end)` as it is; the slice is taken once the run stops growing. */
  private copy(start: number, end: number): void {
    if (start >= end) return;
    if (this.copyEnd !== start) {
      this.flushCopy();
      this.copyStart = start;
    }
    this.copyEnd = end;
    this.addSegment(end - start, start, end);
    this.isAfterOpenMark = false;
  }

  private flushCopy(): void {
    if (this.copyStart < 0) return;
    this.parts.push(this.source.slice(this.copyStart, this.copyEnd));
    this.copyStart = -1;
    this.copyEnd = -1;
  }

  /** Appends text that is not a verbatim copy of its source (a decoded reference, a space, a line break). */
  private emit(text: string, sourceStart: number, sourceEnd: number): void {
    if (text.length === 0) return;
    this.flushCopy();
    this.parts.push(text);
    this.addSegment(text.length, sourceStart, sourceEnd);
    this.isAfterOpenMark = false;
  }

  /** Records `textLength` new characters from source `[sourceStart, sourceEnd)`, merging linear neighbours. */
  private addSegment(textLength: number, sourceStart: number, sourceEnd: number): void {
    const textStart = this.length;
    this.length += textLength;
    const isLinear = textLength === sourceEnd - sourceStart;
    const last = this.segments[this.segments.length - 1];
    if (
      isLinear &&
      last !== undefined &&
      last.text.end === textStart &&
      last.source.end === sourceStart &&
      last.text.end - last.text.start === last.source.end - last.source.start
    ) {
      last.text.end = this.length;
      last.source.end = sourceEnd;
      return;
    }
    this.segments.push({ text: { start: textStart, end: this.length }, source: { start: sourceStart, end: sourceEnd } });
  }
}

function isAllCollapsible(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (!isCollapsible(text.charCodeAt(index))) return false;
  return true;
}

const BLOCK_QUOTE_PENDING = 0;
const BLOCK_QUOTE_OPENED = 1;
const BLOCK_QUOTE_SKIPPED = 2;
/** Closed before a signature line; the blockquote's end writes nothing more. */
const BLOCK_QUOTE_SIGNED = 3;

/** Marks a page may open its own quotation with inside a blockquote. */
function isOpeningQuoteMark(code: number): boolean {
  return code === 0x201c || code === 0x22 || code === 0x2018 || code === 0x27 || code === 0xab || code === 0x201e || code === 0x2039;
}
