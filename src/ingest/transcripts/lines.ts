/** Splits raw transcript files into lines, keeping each line's offset and 1-based number for messages. */

export interface SourceLine {
  text: string;
  /** Offset of the line's first character in the raw file. */
  start: number;
  number: number;
}

/** Splits on \r\n, \r or \n; a leading byte-order mark is skipped, not returned. */
export function splitLines(raw: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  let number = 1;
  for (let index = start; index <= raw.length; index++) {
    const code = index === raw.length ? -1 : raw.charCodeAt(index);
    if (code === 10 || code === 13 || code === -1) {
      if (code === -1 && index === start && lines.length > 0) break;
      lines.push({ text: raw.slice(start, index), start, number: number++ });
      if (code === 13 && raw.charCodeAt(index + 1) === 10) index++;
      start = index + 1;
    }
  }
  return lines;
}

export function isBlank(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 0xa0 && code !== 0xfeff) return false;
  }
  return true;
}

/** Converts a raw-file offset to a 1-based line and column. */
export function lineAndColumn(raw: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const limit = Math.min(offset, raw.length);
  for (let index = 0; index < limit; index++) {
    const code = raw.charCodeAt(index);
    if (code === 10 || (code === 13 && raw.charCodeAt(index + 1) !== 10)) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
