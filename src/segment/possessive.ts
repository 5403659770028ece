/**
 * The possessive mark at a token's end, read from the text without a string: "Ruiz’s", "DNC's", with
 * either apostrophe. A plural's bare apostrophe ("voters’") is a token of its own (segment/tokens).
 */
import type { TokenView } from './token-view.js';

function isApostrophe(code: number): boolean {
  return code === 0x2019 || code === 0x27;
}

function isLetterS(code: number): boolean {
  return code === 0x73 || code === 0x53;
}

/** "Ruiz’s", "DNC's": a word of at least one letter, then an apostrophe and "s". */
export function endsWithApostropheS(view: TokenView, index: number): boolean {
  const end = view.end(index);
  return end - view.start(index) > 2 && isLetterS(view.text.charCodeAt(end - 1)) && isApostrophe(view.text.charCodeAt(end - 2));
}
