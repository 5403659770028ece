/**
 * The checks an HTML document's source map must pass (tests, and `--check` style debugging): segments sorted
 * and disjoint in the text, disjoint in the markup and inside both strings; each segment's markup really
 * produced its text (the same characters, a character reference that decodes to it, white space read as a
 * space, or a `<br>` read as a line break); and text outside every segment is only block separators and
 * `<q>` marks.
 */
import type { VerbatimDocument } from '../../model/document.js';
import { rawTextOf } from './page-facts.js';
import { parseHtml } from './parse.js';
import { isCollapsible } from './whitespace.js';

const UNMAPPED_CHARACTERS = new Set(['\n', '\u201c', '\u201d', '\u2018', '\u2019']);

function isBlank(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (!isCollapsible(text.charCodeAt(index))) return false;
  return true;
}

function isSameOrSpace(textCharacter: string, sourceCharacter: string): boolean {
  if (textCharacter === sourceCharacter) return true;
  // White space and control characters read as a space, "\r" in <pre> as "\n".
  return (textCharacter === ' ' || textCharacter === '\n') && isCollapsible(sourceCharacter.charCodeAt(0));
}

function isLineBreakTag(markup: string): boolean {
  const lower = markup.toLowerCase();
  return lower.startsWith('<br') || lower.startsWith('</br');
}

export function checkHtmlSourceMap(doc: Pick<VerbatimDocument, 'text' | 'sourceMap'>, html: string): string[] {
  const problems: string[] = [];
  const { text, sourceMap } = doc;
  const covered = new Uint8Array(text.length);
  let previousTextEnd = 0;
  for (const [index, segment] of sourceMap.entries()) {
    const where = `segment ${index} text [${segment.text.start}, ${segment.text.end}) source [${segment.source.start}, ${segment.source.end})`;
    if (!(segment.text.start < segment.text.end && segment.text.end <= text.length))
      problems.push(`${where}: text range empty or outside the text`);
    if (!(0 <= segment.source.start && segment.source.start <= segment.source.end && segment.source.end <= html.length)) {
      problems.push(`${where}: source range outside the markup`);
    }
    if (segment.text.start < previousTextEnd) problems.push(`${where}: not sorted or overlapping in the text`);
    previousTextEnd = segment.text.end;
    for (let offset = segment.text.start; offset < Math.min(segment.text.end, text.length); offset++) covered[offset] = 1;
    const produced = text.slice(segment.text.start, segment.text.end);
    const markup = html.slice(segment.source.start, segment.source.end);
    if (produced.length === markup.length) {
      for (let offset = 0; offset < produced.length; offset++) {
        if (!isSameOrSpace(produced[offset]!, markup[offset]!)) {
          problems.push(`${where}: text ${JSON.stringify(produced[offset])} but markup ${JSON.stringify(markup[offset])} at ${offset}`);
          break;
        }
      }
    } else if (produced === ' ') {
      if (!(isBlank(markup) || markup.startsWith('<') || (markup.startsWith('&') && isBlank(rawTextOf(parseHtml(markup), 0))))) {
        problems.push(`${where}: a space from ${JSON.stringify(markup.slice(0, 40))}`);
      }
    } else if (produced === '\n') {
      if (!isLineBreakTag(markup)) problems.push(`${where}: a line break from ${JSON.stringify(markup.slice(0, 40))}`);
    } else if (!markup.startsWith('&') || rawTextOf(parseHtml(markup), 0) !== produced) {
      problems.push(`${where}: ${JSON.stringify(produced)} is not the decoded ${JSON.stringify(markup.slice(0, 40))}`);
    }
  }
  const bySource = [...sourceMap].sort((a, b) => a.source.start - b.source.start);
  for (let index = 1; index < bySource.length; index++) {
    if (bySource[index]!.source.start < bySource[index - 1]!.source.end)
      problems.push(`segments overlap in the markup at ${bySource[index]!.source.start}`);
  }
  for (let offset = 0; offset < text.length; offset++) {
    if (covered[offset] === 0 && !UNMAPPED_CHARACTERS.has(text[offset]!)) {
      problems.push(`text offset ${offset} (${JSON.stringify(text[offset])}) has no source segment`);
      break;
    }
  }
  return problems;
}
