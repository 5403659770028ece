/**
 * Splits a byte stream into lines without building strings: a line inside one chunk is copied
 * once, a line across chunks is assembled once from its parts, and a line over the size limit is
 * counted and dropped as it streams past, so it is never held whole.
 */

/** A complete line: its bytes (own buffer, line break and trailing `\r` removed) and 1-based number. */
export interface LineEvent {
  kind: 'line';
  lineNumber: number;
  bytes: Uint8Array;
}

/** A line longer than the limit: only its length and the first bytes (to find an id) are kept. */
export interface OversizedLineEvent {
  kind: 'oversized';
  lineNumber: number;
  byteLength: number;
  /** The first bytes of the line, enough to read an id that comes first in the record. */
  head: Uint8Array;
}

export type SplitterEvent = LineEvent | OversizedLineEvent;

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const HEAD_BYTES = 512;

/** A copy with its own buffer (Buffer#slice would return a view that keeps the whole chunk alive). */
function copyOf(bytes: Uint8Array, start: number, end: number): Uint8Array {
  const copy = new Uint8Array(end - start);
  copy.set(bytes.subarray(start, end));
  return copy;
}

function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const byte = bytes[index]!;
    if (byte !== 0x20 && byte !== 0x09 && byte !== CARRIAGE_RETURN) return false;
  }
  return true;
}

export class LineSplitter {
  readonly maxBytes: number;
  private parts: Uint8Array[] = [];
  /** Bytes of the current line so far, counted also while discarding. */
  private pendingBytes = 0;
  private isDiscarding = false;
  private head: Uint8Array = new Uint8Array(0);
  private lineNumber = 0;
  /** Last byte of the current line so far: tells whether it ends with `\r`. */
  private lastByte = 0;

  /** @param maxBytes largest line accepted, in bytes, not counting its line break */
  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  /** Yields the lines completed by this chunk; consume them all before pushing the next chunk. */
  *push(chunk: Uint8Array): Generator<SplitterEvent> {
    let start = 0;
    for (let newline = chunk.indexOf(NEWLINE); newline !== -1; newline = chunk.indexOf(NEWLINE, start)) {
      const event = this.finishLine(chunk, start, newline);
      if (event !== undefined) yield event;
      start = newline + 1;
    }
    if (start < chunk.length) this.append(chunk, start, chunk.length);
  }

  /** Yields the last line when the input does not end with a line break. */
  *end(): Generator<SplitterEvent> {
    if (this.pendingBytes > 0) {
      const event = this.finishLine(new Uint8Array(0), 0, 0);
      if (event !== undefined) yield event;
    }
  }

  private append(chunk: Uint8Array, start: number, end: number): void {
    const length = end - start;
    if (length === 0) return;
    this.lastByte = chunk[end - 1]!;
    if (this.head.length < HEAD_BYTES) this.keepHead(chunk, start, end);
    this.pendingBytes += length;
    if (this.isDiscarding) return;
    // One byte of slack: a trailing `\r` is not part of the line, and only the line break tells.
    if (this.pendingBytes > this.maxBytes + 1) {
      this.isDiscarding = true;
      this.parts = [];
      return;
    }
    // A view: the chunk stays alive only until this line is assembled.
    this.parts.push(chunk.subarray(start, end));
  }

  private keepHead(chunk: Uint8Array, start: number, end: number): void {
    const take = Math.min(HEAD_BYTES - this.head.length, end - start);
    const head = new Uint8Array(this.head.length + take);
    head.set(this.head);
    head.set(chunk.subarray(start, start + take), this.head.length);
    this.head = head;
  }

  private finishLine(chunk: Uint8Array, start: number, end: number): SplitterEvent | undefined {
    this.lineNumber++;
    const lineNumber = this.lineNumber;
    if (this.pendingBytes === 0) {
      // The common case: the whole line is inside this chunk.
      let contentEnd = end;
      if (contentEnd > start && chunk[contentEnd - 1] === CARRIAGE_RETURN) contentEnd--;
      if (isBlank(chunk, start, contentEnd)) return undefined;
      if (contentEnd - start > this.maxBytes) {
        return {
          kind: 'oversized',
          lineNumber,
          byteLength: contentEnd - start,
          head: copyOf(chunk, start, Math.min(contentEnd, start + HEAD_BYTES)),
        };
      }
      return { kind: 'line', lineNumber, bytes: copyOf(chunk, start, contentEnd) };
    }
    this.append(chunk, start, end);
    const event = this.isDiscarding ? this.oversized(lineNumber) : this.assemble(lineNumber);
    this.parts = [];
    this.pendingBytes = 0;
    this.isDiscarding = false;
    this.head = new Uint8Array(0);
    this.lastByte = 0;
    return event;
  }

  private contentLength(): number {
    return this.lastByte === CARRIAGE_RETURN ? this.pendingBytes - 1 : this.pendingBytes;
  }

  private oversized(lineNumber: number): OversizedLineEvent {
    const byteLength = this.contentLength();
    const head = this.head.length > byteLength ? this.head.subarray(0, byteLength) : this.head;
    return { kind: 'oversized', lineNumber, byteLength, head };
  }

  private assemble(lineNumber: number): SplitterEvent | undefined {
    const length = this.contentLength();
    if (length > this.maxBytes) return this.oversized(lineNumber);
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const part of this.parts) {
      const take = Math.min(part.length, length - offset);
      bytes.set(take === part.length ? part : part.subarray(0, take), offset);
      offset += take;
    }
    return isBlank(bytes, 0, bytes.length) ? undefined : { kind: 'line', lineNumber, bytes };
  }
}
