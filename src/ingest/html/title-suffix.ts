/**
 * Splits an outlet name off a page title: "Mayor resigns | The Gazette", "Mayor resigns - Gazette",
 * "Mayor resigns | Politics | The Gazette". A known outlet name is cut wherever it ends the title. Otherwise
 * a bar-like separator is cut when every part after it is short (six words or fewer); a dash only when the
 * part after the last dash is four words or fewer and starts with a capital, so a dash inside a headline
 * ("Taxes - and fees - will rise") stays.
 */

export interface TitleSplit {
  /** Length of the headline part of the title (before the separator). */
  headlineLength: number;
  /** The last cut-off part, a candidate outlet name. */
  suffix?: string;
}

const BAR_SEPARATORS = [' | ', ' · ', ' :: ', ' // ', ' » '];
const DASH_SEPARATORS = [' - ', ' – ', ' — '];

function wordCount(text: string): number {
  let count = 0;
  let isInWord = false;
  for (let index = 0; index < text.length; index++) {
    const isSpace = text.charCodeAt(index) <= 0x20;
    if (!isSpace && !isInWord) count++;
    isInWord = !isSpace;
  }
  return count;
}

function startsWithCapital(text: string): boolean {
  const first = text.trimStart().charAt(0);
  return first !== '' && (first !== first.toLowerCase() || (first >= '0' && first <= '9'));
}

export function splitTitle(title: string, outlet?: string): TitleSplit {
  const generic = genericSplit(title);
  if (outlet === undefined || outlet.trim() === '') return generic;
  const lowerTitle = title.toLowerCase();
  const name = outlet.trim();
  for (const separator of [...BAR_SEPARATORS, ...DASH_SEPARATORS]) {
    const ending = separator + name.toLowerCase();
    if (lowerTitle.endsWith(ending) && title.length > ending.length) {
      // "Headline | Section | Outlet": a section before the outlet goes too.
      return {
        headlineLength: Math.min(generic.headlineLength, title.length - ending.length),
        suffix: title.slice(title.length - name.length),
      };
    }
  }
  return generic;
}

function genericSplit(title: string): TitleSplit {
  let cut = -1;
  let cutLength = 0;
  for (const separator of BAR_SEPARATORS) {
    for (let index = title.indexOf(separator); index > 0; index = title.indexOf(separator, index + 1)) {
      const parts = title.slice(index + separator.length).split(separator);
      if (parts.every((part) => wordCount(part) > 0 && wordCount(part) <= 6) && (cut < 0 || index < cut)) {
        cut = index;
        cutLength = separator.length;
        break;
      }
    }
  }
  if (cut < 0) {
    for (const separator of DASH_SEPARATORS) {
      const index = title.lastIndexOf(separator);
      if (index <= 0) continue;
      const tail = title.slice(index + separator.length);
      if (wordCount(tail) > 0 && wordCount(tail) <= 4 && startsWithCapital(tail) && wordCount(title.slice(0, index)) >= 3 && index > cut) {
        cut = index;
        cutLength = separator.length;
      }
    }
  }
  if (cut < 0) return { headlineLength: title.length };
  // "Headline | Section | Outlet": the outlet is the last part.
  const separator = title.slice(cut, cut + cutLength);
  const suffix = title
    .slice(cut + cutLength)
    .split(separator)
    .pop()!
    .trim();
  return suffix === '' ? { headlineLength: cut } : { headlineLength: cut, suffix };
}
