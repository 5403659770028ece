/**
 * What may sit between a cue and its quotation without making the quote mixed: nothing, a comma, a
 * colon, a dash, a period, "that" (give or take white space and case).
 */
const CONNECTIVES: ReadonlySet<string> = new Set(['', ',', ':', 'that', '—', '-', '.', 'that:']);
const LONGEST = 5;

/** True when the text from `start` to `end`, trimmed and lower-cased, is a connective. */
export function isConnective(text: string, start: number, end: number): boolean {
  // trimmed in place as String.prototype.trim would: the range may be a whole sentence, and only a
  // remainder short enough to be a connective is made into a string
  while (start < end && isTrimmedSpace(text.charCodeAt(start))) start++;
  while (end > start && isTrimmedSpace(text.charCodeAt(end - 1))) end--;
  return end - start <= LONGEST && CONNECTIVES.has(text.slice(start, end).toLowerCase());
}

/** The characters String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator). */
function isTrimmedSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
