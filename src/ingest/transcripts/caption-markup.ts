/**
 * Caption payloads (WebVTT and SRT cue text) -> plain spoken text, split where the speaker changes.
 * Handles `<v Name>` voice spans, other tags (`<i>`, `<c.x>`, `<font ...>`, `<00:01.000>`), SSA
 * overrides (`{\an8}`), character references, and the caption conventions "- " and ">>" for a new
 * speaker. Speaker labels written as "NAME:" are left to the caller, which knows the whole file.
 */

export interface CaptionPart {
  /** Voice name from `<v Name>`, or undefined when the payload gives none. */
  voice?: string;
  text: string;
  /** The part starts with a dash or ">>", which marks a new speaker. */
  isNewTurn: boolean;
}

const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lrm: '',
  rlm: '',
  hellip: '\u2026',
  mdash: '\u2014',
  ndash: '\u2013',
  rsquo: '\u2019',
  lsquo: '\u2018',
  ldquo: '\u201c',
  rdquo: '\u201d',
};

/** Decodes `&amp;`, `&#39;`, `&#x2019;`; unknown references stay as written. */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let index = 0;
  while (index < text.length) {
    const ampersand = text.indexOf('&', index);
    if (ampersand === -1) break;
    out += text.slice(index, ampersand);
    const semicolon = text.indexOf(';', ampersand);
    const name = semicolon === -1 || semicolon - ampersand > 10 ? '' : text.slice(ampersand + 1, semicolon);
    let decoded: string | undefined;
    if (name.startsWith('#x') || name.startsWith('#X')) decoded = codePointString(Number.parseInt(name.slice(2), 16));
    else if (name.startsWith('#')) decoded = codePointString(Number.parseInt(name.slice(1), 10));
    else decoded = NAMED_REFERENCES[name];
    if (decoded === undefined) {
      out += '&';
      index = ampersand + 1;
    } else {
      out += decoded;
      index = semicolon + 1;
    }
  }
  return out + text.slice(index);
}

function codePointString(value: number): string | undefined {
  return Number.isInteger(value) && value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff)
    ? String.fromCodePoint(value)
    : undefined;
}

/** The voice name inside a `<v ...>` or `<v.class ...>` start tag, or undefined for other tags. */
function voiceOf(tag: string): string | undefined {
  if (tag[0] !== 'v' || (tag[1] !== ' ' && tag[1] !== '.' && tag[1] !== '\t')) return undefined;
  const space = tag.search(/[ \t]/);
  return space === -1 ? '' : tag.slice(space + 1).trim();
}

function pushPart(parts: CaptionPart[], part: CaptionPart): void {
  if (part.text.trim().length > 0 || part.voice !== undefined) parts.push(part);
}

/** Splits a multi-line cue payload into speaker parts with markup removed. */
export function parseCaptionPayload(payload: string): CaptionPart[] {
  const parts: CaptionPart[] = [];
  let current: CaptionPart = { text: '', isNewTurn: false };
  let lineStart = 0;
  // A plain loop without closures: this runs once per cue, tens of thousands of times per tape.
  while (lineStart <= payload.length) {
    let lineEnd = payload.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = payload.length;
    let line = payload.slice(lineStart, lineEnd);
    const isFirstLine = lineStart === 0;
    lineStart = lineEnd + 1;
    const first = line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9 ? line.trimStart() : line;
    // "- " or ">>" at a line start: a new speaker without a name (caption convention).
    if (first.startsWith('>>') || (first.startsWith('-') && (first[1] === ' ' || first[1] === '\t'))) {
      line = first.slice(first.startsWith('>>') ? 2 : 1).trimStart();
      pushPart(parts, current);
      current = { text: '', isNewTurn: true };
    } else if (!isFirstLine) current.text += ' ';
    let index = 0;
    while (index < line.length) {
      const code = line.charCodeAt(index);
      if (code === 60 /* < */) {
        const close = line.indexOf('>', index + 1);
        if (close === -1) {
          current.text += line.slice(index);
          break;
        }
        const tag = line.slice(index + 1, close).trim();
        const voice = voiceOf(tag);
        if (voice !== undefined) {
          const isNewTurn = current.isNewTurn && current.text.trim() === '';
          pushPart(parts, current);
          current = { text: '', isNewTurn, voice };
        } else if (tag === '/v') {
          pushPart(parts, current);
          current = { text: '', isNewTurn: false };
        }
        index = close + 1;
      } else if (code === 123 /* { */ && line[index + 1] === '\\') {
        const close = line.indexOf('}', index + 2);
        index = close === -1 ? line.length : close + 1;
      } else {
        const next = nextSpecial(line, index);
        current.text += index === 0 && next === line.length ? line : line.slice(index, next);
        index = next;
      }
    }
  }
  pushPart(parts, current);
  const cleaned: CaptionPart[] = [];
  for (const part of parts) {
    const text = decodeReferences(part.text).replace(/\s+/g, ' ').trim();
    if (text.length > 0)
      cleaned.push(part.voice === undefined ? { text, isNewTurn: part.isNewTurn } : { text, isNewTurn: part.isNewTurn, voice: part.voice });
  }
  return cleaned;
}

function nextSpecial(line: string, from: number): number {
  for (let index = from; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code === 60 || (code === 123 && line.charCodeAt(index + 1) === 92)) return index;
  }
  return line.length;
}
