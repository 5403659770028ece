/** Clock times in captions and transcripts: parsing ("01:02:03.456", "02:03,456", "1:02:03") and formatting. */

export type ClockResult = { ms: number } | { error: string };

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Parses `[h...:]mm:ss[.fff|,fff]`. Hours may have any number of digits; minutes and seconds need two
 * digits in strict mode (WebVTT, SRT) and one or two otherwise (hand-typed transcripts).
 */
export function parseClock(value: string, options: { isStrict?: boolean; needsFraction?: boolean } = {}): ClockResult {
  const fast = parseCommonClock(value);
  if (fast !== -1) return { ms: fast };
  const fields: string[] = [];
  let fraction: string | undefined;
  let current = '';
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (isDigit(code)) current += value[index];
    else if (code === 58 /* : */ && fraction === undefined) {
      fields.push(current);
      current = '';
    } else if ((code === 46 || code === 44) /* . , */ && fraction === undefined) {
      fields.push(current);
      current = '';
      fraction = '';
      for (index++; index < value.length; index++) {
        if (!isDigit(value.charCodeAt(index)))
          return { error: `Unexpected "${value[index]}" in the fraction of "${value}", expected digits` };
        fraction += value[index];
      }
    } else return { error: `Unexpected "${value[index]}" in timestamp "${value}", expected digits, ":" or "."` };
  }
  if (fraction === undefined) fields.push(current);
  if (fields.length < 2 || fields.length > 3) return { error: `Unexpected timestamp "${value}", expected mm:ss or hh:mm:ss` };
  if (fields.some((field) => field.length === 0)) return { error: `Unexpected empty field in timestamp "${value}"` };
  const [hours, minutes, seconds] = fields.length === 3 ? fields : ['0', ...fields];
  if (options.isStrict === true && (minutes!.length !== 2 || seconds!.length !== 2)) {
    return { error: `Unexpected timestamp "${value}", expected two-digit minutes and seconds` };
  }
  if (minutes!.length > 2 || seconds!.length > 2)
    return { error: `Unexpected timestamp "${value}", expected at most two digits for minutes and seconds` };
  const minuteValue = Number(minutes);
  const secondValue = Number(seconds);
  if (minuteValue > 59) return { error: `Unexpected minutes "${minutes}" in "${value}", expected 00-59` };
  if (secondValue > 59) return { error: `Unexpected seconds "${seconds}" in "${value}", expected 00-59` };
  if (options.needsFraction === true && fraction === undefined)
    return { error: `Unexpected timestamp "${value}", expected milliseconds (".fff")` };
  if (fraction !== undefined && (fraction.length === 0 || fraction.length > 3)) {
    return { error: `Unexpected fraction "${fraction}" in "${value}", expected one to three digits` };
  }
  const milliseconds = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0'));
  return { ms: ((Number(hours) * 60 + minuteValue) * 60 + secondValue) * 1000 + milliseconds };
}

function digitAt(value: string, index: number): number {
  const code = value.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -100_000;
}

/** The usual caption shapes "HH:MM:SS.mmm" and "MM:SS.mmm" (either separator) without allocating; -1 otherwise. */
function parseCommonClock(value: string): number {
  const hasHours = value.length === 12;
  if (!hasHours && value.length !== 9) return -1;
  const base = hasHours ? 3 : 0;
  if ((hasHours && value.charCodeAt(2) !== 58) || value.charCodeAt(base + 2) !== 58) return -1;
  const separator = value.charCodeAt(base + 5);
  if (separator !== 46 && separator !== 44) return -1;
  const hours = hasHours ? digitAt(value, 0) * 10 + digitAt(value, 1) : 0;
  const minutes = digitAt(value, base) * 10 + digitAt(value, base + 1);
  const seconds = digitAt(value, base + 3) * 10 + digitAt(value, base + 4);
  const milliseconds = digitAt(value, base + 6) * 100 + digitAt(value, base + 7) * 10 + digitAt(value, base + 8);
  if (hours < 0 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59 || milliseconds < 0) return -1;
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + milliseconds;
}

/** True when the text looks like it is meant to be a clock time: digits and separators with a colon. */
export function looksLikeClock(value: string): boolean {
  if (value.length === 0 || value.length > 16 || !isDigit(value.charCodeAt(0))) return false;
  let hasColon = false;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === 58) hasColon = true;
    else if (code === 32) return false;
  }
  return hasColon;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Formats milliseconds as "HH:MM:SS.mmm" (hours grow past two digits when needed). */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const milliseconds = total % 1000;
  const seconds = Math.floor(total / 1000) % 60;
  const minutes = Math.floor(total / 60000) % 60;
  const hours = Math.floor(total / 3600000);
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(milliseconds, 3)}`;
}
