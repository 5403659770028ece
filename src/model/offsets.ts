/** Conversions between the UTF-16 offsets verbatim stores and code point offsets other tools use. */

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Maps UTF-16 offsets to code point offsets; built once per text, O(log n) per lookup. */
export function createCodePointMapper(text: string): (utf16Offset: number) => number {
  const pairStarts: number[] = [];
  for (let index = 0; index < text.length - 1; index++) {
    if (isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1))) {
      pairStarts.push(index);
      index++;
    }
  }
  if (pairStarts.length === 0) return (offset) => offset;
  return (offset) => {
    let low = 0;
    let high = pairStarts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (pairStarts[middle]! + 1 < offset) low = middle + 1;
      else high = middle;
    }
    return offset - low;
  };
}
