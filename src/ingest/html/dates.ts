/**
 * Normalizes a publication date to ISO 8601 as written: a date stays a date, a date-time keeps its
 * precision and its offset (never converted to UTC). Read forms: ISO 8601 (`2024-03-05`, `2024-03-05
 * 14:30`, `2024-03-05T14:30:00.000+0100`), `2024/03/05`, `20240305`, English month names (`March 5, 2024`,
 * `Tue, 5 Mar 2024`) and RFC 2822 (`Tue, 05 Mar 2024 14:30:00 GMT`). Anything else gives undefined.
 */

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['may', 5],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);

const WEEKDAYS: ReadonlySet<string> = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** A cursor over the input: small readers that advance on success and leave the position alone on failure. */
class Reader {
  position = 0;
  constructor(readonly text: string) {}

  get isAtEnd(): boolean {
    return this.position >= this.text.length;
  }

  peek(): number {
    return this.text.charCodeAt(this.position);
  }

  /** Reads exactly `length` ASCII digits, or fails. */
  digits(length: number): number | undefined {
    let value = 0;
    for (let index = 0; index < length; index++) {
      const code = this.text.charCodeAt(this.position + index);
      if (!(code >= 0x30 && code <= 0x39)) return undefined;
      value = value * 10 + (code - 0x30);
    }
    this.position += length;
    return value;
  }

  /** Reads one to `max` digits. */
  number(max: number): { value: number; length: number } | undefined {
    let length = 0;
    while (length < max && isDigit(this.text.charCodeAt(this.position + length))) length++;
    if (length === 0) return undefined;
    return { value: this.digits(length)!, length };
  }

  accept(character: string): boolean {
    if (this.text[this.position] !== character) return false;
    this.position++;
    return true;
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function normalizeDate(raw: string): string | undefined {
  const text = raw.trim();
  if (text.length === 0 || text.length > 80) return undefined;
  return readIso(text) ?? readWords(text);
}

/** `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD` or `YYYYMMDD`, then an optional time and zone. */
function readIso(text: string): string | undefined {
  const reader = new Reader(text);
  const year = reader.digits(4);
  if (year === undefined) return undefined;
  let month: number | undefined;
  let day: number | undefined;
  const separator = text[reader.position];
  if (separator === '-' || separator === '/' || separator === '.') {
    reader.position++;
    month = reader.number(2)?.value;
    if (month === undefined || !reader.accept(separator)) return undefined;
    day = reader.number(2)?.value;
  } else {
    month = reader.digits(2);
    day = reader.digits(2);
  }
  if (month === undefined || day === undefined || !isValidDate(year, month, day)) return undefined;
  const date = formatDate(year, month, day);
  if (reader.isAtEnd) return date;
  if (!(reader.accept('T') || reader.accept('t') || reader.accept(' '))) return undefined;
  const time = readTime(reader);
  if (time === undefined) return undefined;
  while (reader.accept(' '));
  const zone = readZone(reader);
  if (zone === undefined || !reader.isAtEnd) return undefined;
  return `${date}T${time}${zone}`;
}

/** `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff`, as written. */
function readTime(reader: Reader): string | undefined {
  const hour = reader.digits(2);
  if (hour === undefined || hour > 24 || !reader.accept(':')) return undefined;
  const minute = reader.digits(2);
  if (minute === undefined || minute > 59) return undefined;
  let time = `${pad(hour, 2)}:${pad(minute, 2)}`;
  if (!reader.accept(':')) return time;
  const second = reader.digits(2);
  if (second === undefined || second > 60) return undefined;
  time += `:${pad(second, 2)}`;
  if (reader.accept('.') || reader.accept(',')) {
    const fraction = reader.number(9);
    if (fraction === undefined) return undefined;
    time += '.' + reader.text.slice(reader.position - fraction.length, reader.position);
  }
  return time;
}

/** `Z`, `+01:00`, `+0100`, `+01`, `UTC`, `GMT`, or nothing (a local time stays local). */
function readZone(reader: Reader): string | undefined {
  if (reader.isAtEnd) return '';
  if (reader.accept('Z') || reader.accept('z')) return 'Z';
  const rest = reader.text.slice(reader.position).toUpperCase();
  if (rest === 'UTC' || rest === 'GMT' || rest === 'UT') {
    reader.position = reader.text.length;
    return 'Z';
  }
  const sign = reader.text[reader.position];
  if (sign !== '+' && sign !== '-') return undefined;
  reader.position++;
  const hours = reader.digits(2);
  if (hours === undefined || hours > 14) return undefined;
  reader.accept(':');
  const minutes = reader.isAtEnd ? 0 : reader.digits(2);
  if (minutes === undefined || minutes > 59) return undefined;
  return `${sign}${pad(hours, 2)}:${pad(minutes, 2)}`;
}

/** Words and numbers: a month name, a day, a four-digit year, and for RFC 2822 a time and a zone. */
function readWords(text: string): string | undefined {
  const tokens = wordTokens(text);
  let month: number | undefined;
  let day: number | undefined;
  let year: number | undefined;
  let time: string | undefined;
  let zone = '';
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const lower = token.toLowerCase();
    if (isLetter(token.charCodeAt(0))) {
      const prefix = lower.slice(0, 3);
      if (month === undefined && MONTHS.has(prefix) && isMonthName(lower)) month = MONTHS.get(prefix);
      else if (WEEKDAYS.has(prefix)) continue;
      else if (lower === 'gmt' || lower === 'utc' || lower === 'ut') zone = 'Z';
      // A 12-hour time would need converting; the date alone is what was written unambiguously.
      else if (lower === 'am' || lower === 'pm') time = undefined;
      else if (lower !== 'at' && lower !== 'of' && lower !== 'the' && lower !== 'published' && lower !== 'updated' && lower !== 'on') {
        return undefined;
      }
    } else if (token.includes(':')) {
      const reader = new Reader(token.length === 4 ? '0' + token : token);
      time = readTime(reader);
      if (time === undefined || !reader.isAtEnd) return undefined;
    } else if (token[0] === '+' || token[0] === '-') {
      const reader = new Reader(token);
      const offset = readZone(reader);
      if (offset === undefined) return undefined;
      zone = offset;
    } else {
      const value = Number.parseInt(token, 10);
      if (token.length === 4 && year === undefined) year = value;
      else if (token.length <= 2 && day === undefined) day = value;
      else return undefined;
    }
  }
  if (month === undefined || day === undefined || year === undefined || !isValidDate(year, month, day)) return undefined;
  const date = formatDate(year, month, day);
  // A time is kept only with its zone (RFC 2822): "March 5, 2024 2:30" says too little to be a date-time.
  return time !== undefined && zone !== '' ? `${date}T${time}${zone}` : date;
}

function isMonthName(word: string): boolean {
  if (word.length === 3) return true;
  const names = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  return names.includes(word) || word === 'sept';
}

/** Splits on spaces, commas and periods; strips day suffixes (5th, 1st). */
function wordTokens(text: string): string[] {
  const tokens: string[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x20 || code === 0x2c || code === 0x2e || code === 0x09 || code === 0x2f) {
      index++;
      continue;
    }
    const start = index;
    if (isLetter(code)) {
      while (index < text.length && isLetter(text.charCodeAt(index))) index++;
    } else if (isDigit(code) || code === 0x2b || code === 0x2d) {
      index++;
      while (index < text.length && (isDigit(text.charCodeAt(index)) || text.charCodeAt(index) === 0x3a)) index++;
      const suffix = text.slice(index, index + 2).toLowerCase();
      if (isDigit(code) && (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th')) {
        tokens.push(text.slice(start, index));
        index += 2;
        continue;
      }
    } else return [];
    tokens.push(text.slice(start, index));
  }
  return tokens;
}
