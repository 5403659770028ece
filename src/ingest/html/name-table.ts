/**
 * Reads tag and attribute names out of the source without allocating for the names a page uses most: a
 * name is looked up by its length and first character among the known names and compared in place, and
 * only an unknown or upper-case name is sliced and lower-cased.
 */

const MAX_LENGTH = 16;

export class NameTable {
  private readonly slots: Array<string[] | undefined> = [];

  constructor(names: Iterable<string>) {
    for (const name of names) {
      if (name.length === 0 || name.length >= MAX_LENGTH) continue;
      const slot = (this.slots[slotOf(name.length, name.charCodeAt(0))] ??= []);
      if (!slot.includes(name)) slot.push(name);
    }
  }

  /** The known name spelled (in lower case) at `source[start, end)`, or undefined. */
  find(source: string, start: number, end: number): string | undefined {
    const length = end - start;
    if (length <= 0 || length >= MAX_LENGTH) return undefined;
    const slot = this.slots[slotOf(length, source.charCodeAt(start))];
    if (slot === undefined) return undefined;
    for (const name of slot) if (source.startsWith(name, start)) return name;
    return undefined;
  }
}

function slotOf(length: number, firstCode: number): number {
  return length * 128 + (firstCode & 127);
}

/** True when `source[start, end)` holds an ASCII upper-case letter. */
export function hasUpperCase(source: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index);
    if (code >= 0x41 && code <= 0x5a) return true;
  }
  return false;
}
