/**
 * Characters that collapse to one space outside `<pre>`: HTML white space, the no-break space, the
 * byte-order mark and C0/C1 control characters (in a web page they are debris, never words).
 */
export function isCollapsible(code: number): boolean {
  // Ordered so that printable ASCII, most of any page, is decided by two comparisons.
  return code <= 0x20 || (code >= 0x7f && (code <= 0xa0 || code === 0xfeff));
}

/** Inside `<pre>` only HTML white space is white space; line breaks and indentation are kept. */
export function isPreformattedSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/** Control characters `<pre>` text drops (everything below U+0020 except tab, line feed, form feed and return). */
export function isDroppedControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}
