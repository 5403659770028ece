/** Timecodes as verification reports them ("HH:MM:SS.mmm"), to and from milliseconds. */

export function formatClock(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor(total / 60_000) % 60;
  const seconds = Math.floor(total / 1000) % 60;
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(total % 1000, 3)}`;
}

/** Milliseconds of "HH:MM:SS.mmm", "MM:SS.mmm" or "SS.mmm" (comma decimals too); undefined when it is none of them. */
export function parseClock(value: string): number | undefined {
  const parts = value.trim().replace(',', '.').split(':');
  if (parts.length > 3 || parts.some((part) => part === '')) return undefined;
  let total = 0;
  for (const [index, part] of parts.entries()) {
    const isLast = index === parts.length - 1;
    let isValid = part.length > 0;
    let dots = 0;
    for (const character of part) {
      if (character === '.') dots++;
      else if (character < '0' || character > '9') isValid = false;
    }
    if (!isValid || dots > (isLast ? 1 : 0)) return undefined;
    total = total * 60 + Number(part);
  }
  return Math.round(total * 1000);
}
