/**
 * The next position of a character from a set, found with a native regex scan and remembered: stages
 * that search paragraph by paragraph ask again from each paragraph's start, and without the memory a
 * text with many paragraphs and no such character (one-word lines, no periods) is rescanned to its
 * end once per paragraph, quadratic in its length.
 */
export class NextCharFinder {
  private readonly pattern: RegExp;
  private readonly text: string;
  /** The last search started here and found `found` (text.length when there was none). */
  private from = 1;
  private found = 0;

  /** `characters` is a global regex matching exactly one UTF-16 code unit (a character class, no `u` flag). */
  constructor(characters: RegExp, text: string) {
    this.pattern = characters;
    this.text = text;
  }

  /** Position of the first matching character at or after `index`, or text.length when none. */
  next(index: number): number {
    // nothing matched in [from, found), so a search from inside that range finds `found` again
    if (this.from <= index && index <= this.found) return this.found;
    this.pattern.lastIndex = index;
    // test() rather than exec(): no match array is made per character found
    this.found = this.pattern.test(this.text) ? this.pattern.lastIndex - 1 : this.text.length;
    this.from = index;
    return this.found;
  }
}
