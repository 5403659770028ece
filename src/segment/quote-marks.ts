/**
 * segment/quote-marks: finds quotation marks, decides which open and which close, and pairs them.
 * Reads: paragraphs. Writes: quoteMarks (ids `k0`, `k1` ...), messages.
 * Rules, in order:
 * 1. Candidates: " “ ” „ ‟ « » ‹ › ' ‘ ’ ‚ ` plus the doubled forms '' `` ‘‘ ’’ (one double mark each).
 *    An apostrophe between two word characters (don't, O’Brien) or after a digit with no quote open
 *    (6'2", 12") is not a candidate; nor is an elision ('90s, ’em, ’til).
 * 2. Flanking: a mark after white space or an opening bracket or dash, before a non-space, can open;
 *    a mark after a non-space, before white space or punctuation, can close (CommonMark's idea).
 *    Curly marks keep their direction unless the context says the writer used the wrong one.
 * 3. Pairing with a stack, one stack per paragraph: a closer pairs with the nearest open mark of its
 *    group (double, single, guillemet). A single closer that looks possessive ("Jones’ car") is an
 *    apostrophe when a stronger single closer follows in the paragraph.
 * 4. A quotation still open at a paragraph's end continues when the next paragraph starts with an
 *    opening mark of its group (the reopening mark gets `continues`); otherwise it is reported as
 *    `quotes/unclosed-mark` and runs to the paragraph's end.
 * Limits: a closing mark missing inside a paragraph pairs the opener with the next quote's closer
 * (fixture articles/missing-closing-mark-mid-paragraph).
 */
import { z } from 'zod';
import type { Message, Paragraph, QuoteMark } from '../model/layers.js';
import { defineStage } from '../pipeline/stage.js';
import { isDash, isDigit, isLetter, isSpace, isWordChar } from './chars.js';
import { NextCharFinder } from './next-char.js';
import { LayerIds } from '../model/ids.js';
import { ScratchInt32 } from '../pipeline/scratch.js';

const MARK_IDS = new LayerIds('k');

type Group = 0 | 1 | 2 | 3;
const DOUBLE: Group = 0;
const SINGLE: Group = 1;
const GUILLEMET: Group = 2;
const SINGLE_GUILLEMET: Group = 3;

type Family = QuoteMark['family'];

interface Candidate {
  start: number;
  end: number;
  group: Group;
  family: Family;
  canOpen: boolean;
  canClose: boolean;
  /** For single marks: a closer followed by a word ("Jones’ car") that may be an apostrophe. */
  isWeakClose: boolean;
  /** Straight and doubled marks carry no direction of their own. */
  isDirectional: boolean;
}

interface OpenEntry {
  candidate: Candidate;
  id: number;
}

/**
 * Candidate objects reused from paragraph to paragraph and document to document: a page of marks made a
 * million short-lived objects that lived as long as their paragraph, and the collector's copying of them
 * made long documents cost more per character than short ones.
 */
class CandidatePool {
  readonly items: Candidate[] = [];
  count = 0;

  /** Empties the pool; after a huge paragraph, most of its objects are let go. */
  clear(): void {
    if (this.items.length > 65_536) this.items.length = 4096;
    this.count = 0;
  }

  /** The next free candidate, to be written by classify and kept with commit. */
  peek(): Candidate {
    let candidate = this.items[this.count];
    if (candidate === undefined) {
      candidate = {
        start: 0,
        end: 0,
        group: DOUBLE,
        family: 'double',
        canOpen: false,
        canClose: false,
        isWeakClose: false,
        isDirectional: false,
      };
      this.items.push(candidate);
    }
    return candidate;
  }

  commit(): void {
    this.count++;
  }
}

const ELISIONS = new Set(['em', 'til', 'tis', 'twas', 'cause', 'n', 'round', 'bout', 'nuff', 'scuse', 'kay']);

function isOpeningContext(code: number): boolean {
  return (
    code === 0x28 ||
    code === 0x5b ||
    code === 0x7b ||
    code === 0x2f ||
    code === 0x3a ||
    code === 0x2d ||
    isDash(code) ||
    code === 0x201c ||
    code === 0x2018 ||
    code === 0x201e ||
    code === 0x201a ||
    code === 0xab ||
    code === 0x2039 ||
    code === 0x22 ||
    code === 0x27 ||
    code === 0x60
  );
}

function isClosingContext(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x2c ||
    code === 0x3b ||
    code === 0x3a ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x29 ||
    code === 0x5d ||
    code === 0x7d ||
    code === 0x2026 ||
    code === 0x2d ||
    isDash(code) ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0xbb ||
    code === 0x203a ||
    code === 0x22 ||
    code === 0x27 ||
    code === 0x201c
  );
}

/** True when the letters after `index` spell an elision ('90s, 'em, 'til). */
function isElision(text: string, index: number, end: number): boolean {
  if (index < end && isDigit(text.charCodeAt(index))) {
    let cursor = index;
    while (cursor < end && isDigit(text.charCodeAt(cursor))) cursor++;
    // '90s and '16, but not '2016 is our year' style quotes of a number sentence
    return cursor - index === 2 && (cursor >= end || !isWordChar(text.charCodeAt(cursor)) || text.charCodeAt(cursor) === 0x73);
  }
  let cursor = index;
  while (cursor < end && cursor - index < 6 && isLetter(text.charCodeAt(cursor))) cursor++;
  if (cursor < end && isLetter(text.charCodeAt(cursor))) return false;
  return ELISIONS.has(text.slice(index, cursor).toLowerCase());
}

/** Classifies a mark into the pool's next candidate; false when it is no candidate (an apostrophe, an elision). */
function classify(
  into: CandidatePool,
  text: string,
  start: number,
  end: number,
  paragraph: Paragraph,
  group: Group,
  family: Family,
  direction: 'open' | 'close' | 'none',
): boolean {
  const before = start > paragraph.start ? text.charCodeAt(start - 1) : -1;
  const after = end < paragraph.end ? text.charCodeAt(end) : -1;
  const spaceBefore = before === -1 || isSpace(before);
  const spaceAfter = after === -1 || isSpace(after);
  const leftOpen = spaceBefore || isOpeningContext(before);
  const rightClose = spaceAfter || isClosingContext(after);
  let canOpen = leftOpen && !spaceAfter;
  let canClose = rightClose && !spaceBefore;
  const isSingle = group === SINGLE;
  const isOneChar = end - start === 1;

  if (isSingle && isOneChar) {
    if (before !== -1 && after !== -1 && isWordChar(before) && isWordChar(after)) return false;
    if (canOpen && !canClose && isElision(text, end, paragraph.end)) return false;
  }
  // a curly mark keeps its job even with a stray space on its inner side (“ You know ... ”)
  if (direction === 'open' && !isSingle && leftOpen && !canClose) canOpen = true;
  if (direction === 'close' && !isSingle && rightClose && !canOpen) canClose = true;
  if (!canOpen && !canClose) {
    // word"word: a straight double mark with letters on both sides may be either
    if (direction === 'none' && !isSingle && before !== -1 && after !== -1) {
      canOpen = true;
      canClose = true;
    } else return false;
  }
  if (direction === 'open' && canClose && !canOpen) {
    // “ written where ” belongs (or German „…“): allowed to close only
  } else if (direction === 'open') {
    canClose = false;
  }
  if (direction === 'close' && canOpen && !canClose) {
    // ” written where “ belongs: a wrong-way opener, allowed to open only
  } else if (direction === 'close') {
    canOpen = false;
  }
  const isWeakClose =
    isSingle && canClose && before !== -1 && isLetter(before) && spaceAfter && after !== -1 && !isClosingContext(after)
      ? nextIsWord(text, end, paragraph.end)
      : false;
  const candidate = into.peek();
  candidate.start = start;
  candidate.end = end;
  candidate.group = group;
  candidate.family = family;
  candidate.canOpen = canOpen;
  candidate.canClose = canClose;
  candidate.isWeakClose = isWeakClose;
  candidate.isDirectional = direction !== 'none';
  into.commit();
  return true;
}

function nextIsWord(text: string, index: number, end: number): boolean {
  while (index < end && isSpace(text.charCodeAt(index))) index++;
  return index < end && isLetter(text.charCodeAt(index));
}

const MARK_CHARACTER = /["'`\u00ab\u00bb\u2018-\u201f\u2039\u203a]/g;

/** Fills the pool with the paragraph's candidates, in text order. */
function collectCandidates(text: string, paragraph: Paragraph, marks: NextCharFinder, pool: CandidatePool): void {
  pool.clear();
  for (let index = paragraph.start; index < paragraph.end; index++) {
    // jump to the next character that can be a quotation mark with the native scan
    index = marks.next(index);
    if (index >= paragraph.end) break;
    const code = text.charCodeAt(index);
    const next = index + 1 < paragraph.end ? text.charCodeAt(index + 1) : -1;
    switch (code) {
      case 0x22:
        classify(pool, text, index, index + 1, paragraph, DOUBLE, 'double', 'none');
        break;
      case 0x201c:
        classify(pool, text, index, index + 1, paragraph, DOUBLE, 'double', 'open');
        break;
      case 0x201d:
        classify(pool, text, index, index + 1, paragraph, DOUBLE, 'double', 'close');
        break;
      case 0x201e:
      case 0x201f:
        classify(pool, text, index, index + 1, paragraph, DOUBLE, 'low', 'open');
        break;
      case 0xab:
        classify(pool, text, index, index + 1, paragraph, GUILLEMET, 'guillemet', 'none');
        break;
      case 0xbb:
        classify(pool, text, index, index + 1, paragraph, GUILLEMET, 'guillemet', 'none');
        break;
      case 0x2039:
      case 0x203a:
        classify(pool, text, index, index + 1, paragraph, SINGLE_GUILLEMET, 'guillemet', 'none');
        break;
      case 0x27:
        if (next === 0x27) {
          classify(pool, text, index, index + 2, paragraph, DOUBLE, 'doubled-apostrophe', 'none');
          index++;
        } else if (!(
          index > paragraph.start &&
          isDigit(text.charCodeAt(index - 1)) &&
          (next === -1 || !isLetter(next)) &&
          isMeasurement(text, index, paragraph)
        )) {
          classify(pool, text, index, index + 1, paragraph, SINGLE, 'single', 'none');
        }
        break;
      case 0x60:
        if (next === 0x60) {
          classify(pool, text, index, index + 2, paragraph, DOUBLE, 'doubled-apostrophe', 'open');
          index++;
        } else classify(pool, text, index, index + 1, paragraph, SINGLE, 'single', 'open');
        break;
      case 0x2018:
        if (next === 0x2018) {
          classify(pool, text, index, index + 2, paragraph, DOUBLE, 'doubled-apostrophe', 'open');
          index++;
        } else classify(pool, text, index, index + 1, paragraph, SINGLE, 'single', 'open');
        break;
      case 0x2019:
        if (next === 0x2019) {
          classify(pool, text, index, index + 2, paragraph, DOUBLE, 'doubled-apostrophe', 'close');
          index++;
        } else classify(pool, text, index, index + 1, paragraph, SINGLE, 'single', 'close');
        break;
      case 0x201a:
        classify(pool, text, index, index + 1, paragraph, SINGLE, 'low', 'open');
        break;
      default:
        break;
    }
  }
  // Guillemets: « » in French and English use, » « in German and Danish; the paragraph's first one decides.
  let isReversed: boolean | undefined;
  for (let index = 0; index < pool.count; index++) {
    const candidate = pool.items[index]!;
    if (candidate.group !== GUILLEMET && candidate.group !== SINGLE_GUILLEMET) continue;
    const code = text.charCodeAt(candidate.start);
    const isLeftPointing = code === 0xab || code === 0x2039;
    if (isReversed === undefined) isReversed = !isLeftPointing && candidate.canOpen && !candidate.canClose;
    const opens = isLeftPointing !== isReversed;
    candidate.canOpen = candidate.canOpen && opens;
    candidate.canClose = candidate.canClose && !opens;
    candidate.isDirectional = true;
  }
}

/** 6'2" or "a 12' boat": a straight mark right after a number, read as feet or inches. */
function isMeasurement(text: string, index: number, paragraph: Paragraph): boolean {
  let cursor = index - 1;
  while (cursor > paragraph.start && isDigit(text.charCodeAt(cursor - 1))) cursor--;
  return cursor === paragraph.start || !isLetter(text.charCodeAt(cursor - 1));
}

export interface QuoteMarkResult {
  marks: QuoteMark[];
  messages: Message[];
}

const CLOSING_OF: Record<Family, string> = {
  double: '”',
  single: '’',
  guillemet: '»',
  low: '“',
  'doubled-apostrophe': "''",
};

/** Findings of one rule listed per document before they are summed up in one message. */
const MESSAGES_PER_RULE = 100;

// working tables of findQuoteMarks, per candidate mark (pipeline/scratch.ts)
const POSITION = new ScratchInt32();
const PAIR_OF = new ScratchInt32();
const CONTINUES_OF = new ScratchInt32();

export function findQuoteMarks(text: string, paragraphs: readonly Paragraph[]): QuoteMarkResult {
  let strayCount = 0;
  let unclosedCount = 0;
  // marks are built whole and named at the end, once the apostrophes among them are known
  const marks: QuoteMark[] = [];
  const messages: Message[] = [];
  let nextKey = 0;
  const emit = (candidate: Candidate, role: 'open' | 'close', depth: number): number => {
    const key = nextKey++;
    marks.push({
      id: '',
      start: candidate.start,
      end: candidate.end,
      mark: text.slice(candidate.start, candidate.end),
      role,
      family: candidate.family,
      // set once the pairs are known; present from the start so every mark has one object shape
      pair: undefined,
      depth,
      continues: undefined,
    });
    return key;
  };
  const pairs: Array<[number, number]> = [];
  const continuations: Array<[number, number]> = [];
  let carried: OpenEntry | undefined;
  const removed = new Set<number>();
  const markFinder = new NextCharFinder(MARK_CHARACTER, text);
  const stack = new MarkStack();
  const pool = new CandidatePool();
  // per paragraph, bit 1 when a non-possessive curly single closer follows candidate i, bit 2 a straight one
  let strongCloseAfter = new Uint8Array(64);
  const dropApostrophe = (dropped: Candidate, id: number): void => {
    if (dropped.group === SINGLE) removed.add(id);
  };

  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
    const paragraph = paragraphs[paragraphIndex]!;
    collectCandidates(text, paragraph, markFinder, pool);
    const candidates = pool.items;
    const candidateCount = pool.count;
    if (strongCloseAfter.length <= candidateCount) strongCloseAfter = new Uint8Array(2 * candidateCount + 1);
    strongCloseAfter[candidateCount] = 0;
    for (let index = candidateCount - 1; index >= 0; index--) {
      const candidate = candidates[index]!;
      const isStrong = candidate.group === SINGLE && candidate.canClose && !candidate.isWeakClose;
      const bit = !isStrong ? 0 : text.charCodeAt(candidate.start) === 0x27 ? 2 : 1;
      strongCloseAfter[index] = strongCloseAfter[index + 1]! | bit;
    }
    stack.clear();
    let first = 0;
    if (carried !== undefined) {
      const opener = candidateCount > 0 ? candidates[0] : undefined;
      if (
        opener !== undefined &&
        opener.canOpen &&
        opener.group === carried.candidate.group &&
        opener.start === firstNonSpace(text, paragraph)
      ) {
        continuations.push([emit(opener, 'open', 0), carried.id]);
        stack.push(carried.candidate, carried.id);
        first = 1;
      }
      carried = undefined;
    }
    for (let index = first; index < candidateCount; index++) {
      const candidate = candidates[index]!;
      const matchAt = stack.closable(candidate.group);
      let closes = candidate.canClose && matchAt >= 0;
      if (closes && candidate.isWeakClose) {
        // "Jones’ car" is an apostrophe when a stronger closer of the opener's own style follows ("‘three’ and 'four'")
        const opener = stack.candidates[matchAt]!;
        const style = text.charCodeAt(opener.start) === 0x27 ? 2 : 1;
        if ((strongCloseAfter[index + 1]! & style) !== 0) closes = false;
      }
      if (closes) {
        const openerId = stack.ids[matchAt]!;
        // single marks left open inside the closed quotation were apostrophes
        stack.truncate(matchAt, dropApostrophe);
        pairs.push([openerId, emit(candidate, 'close', matchAt)]);
      } else if (candidate.canOpen) {
        stack.push(candidate, emit(candidate, 'open', stack.candidates.length));
      } else if (candidate.canClose && candidate.group !== SINGLE && !isAfterDigit(text, candidate)) {
        // a page of stray marks (a broken scrape) gets a bounded number of messages, then one summary
        if (++strayCount > MESSAGES_PER_RULE) continue;
        messages.push({
          ruleId: 'quotes/stray-mark',
          source: 'segment/quote-marks',
          severity: 'warning',
          reason: `Unexpected closing mark ${text.slice(candidate.start, candidate.end)} without an opening mark`,
          start: candidate.start,
          end: candidate.end,
          actual: text.slice(candidate.start, candidate.end),
        });
      }
    }
    const bottom = stack.candidates[0];
    if (bottom !== undefined && bottom.group !== SINGLE) {
      const nextParagraph = paragraphs[paragraphIndex + 1];
      if (nextParagraph !== undefined && startsWithOpener(text, nextParagraph, bottom.group)) {
        // a copy: the pool's candidate objects are written over in the next paragraph
        carried = { candidate: { ...bottom }, id: stack.ids[0]! };
      } else if (++unclosedCount <= MESSAGES_PER_RULE) {
        messages.push({
          ruleId: 'quotes/unclosed-mark',
          source: 'segment/quote-marks',
          severity: 'warning',
          reason: `Unexpected end of paragraph, expected closing ${CLOSING_OF[bottom.family]} for the mark at ${bottom.start}`,
          start: bottom.start,
          end: paragraph.end,
          expected: [CLOSING_OF[bottom.family]],
        });
      }
    }
    // Unclosed single marks were apostrophes after all; the bottom double mark stays, unpaired.
    for (let depth = 0; depth < stack.candidates.length; depth++)
      if (stack.candidates[depth]!.group === SINGLE) removed.add(stack.ids[depth]!);
  }

  // marks were emitted in text order, so a mark's key is its index; ids are given after dropping the removed ones
  const count = marks.length;
  const position = POSITION.take(count);
  let next = 0;
  for (let key = 0; key < count; key++) position[key] = removed.has(key) ? -1 : next++;
  const pairOf = PAIR_OF.take(count, -1);
  for (const [open, close] of pairs) {
    if (position[open]! >= 0 && position[close]! >= 0) {
      pairOf[open] = close;
      pairOf[close] = open;
    }
  }
  const continuesOf = CONTINUES_OF.take(count, -1);
  for (const [reopen, original] of continuations) if (position[original]! >= 0) continuesOf[reopen] = original;
  const result: QuoteMark[] = [];
  for (let key = 0; key < count; key++) {
    if (position[key]! < 0) continue;
    const mark = marks[key]!;
    mark.id = MARK_IDS.at(position[key]!);
    if (pairOf[key]! >= 0) mark.pair = MARK_IDS.at(position[pairOf[key]!]!);
    if (continuesOf[key]! >= 0) mark.continues = MARK_IDS.at(position[continuesOf[key]!]!);
    result.push(mark);
  }
  for (const [ruleId, count] of [
    ['quotes/stray-mark', strayCount],
    ['quotes/unclosed-mark', unclosedCount],
  ] as const) {
    if (count > MESSAGES_PER_RULE) {
      messages.push({
        ruleId,
        source: 'segment/quote-marks',
        severity: 'warning',
        reason: `${count - MESSAGES_PER_RULE} more ${ruleId} findings not listed (the first ${MESSAGES_PER_RULE} are)`,
        start: 0,
        end: 0,
      });
    }
  }
  return { marks: result, messages };
}

/**
 * A stack of open marks that knows the topmost entry of each group, so matching never rescans it.
 * One per document, emptied at each paragraph's start; candidates and mark ids in parallel arrays.
 */
class MarkStack {
  readonly candidates: Candidate[] = [];
  readonly ids: number[] = [];
  private readonly previousOfGroup: number[] = [];
  private readonly top = [-1, -1, -1, -1];

  clear(): void {
    // most paragraphs leave the stack empty, and setting an array's length is a runtime call
    if (this.candidates.length > 0) {
      this.candidates.length = 0;
      this.ids.length = 0;
      this.previousOfGroup.length = 0;
    }
    const { top } = this;
    top[0] = -1;
    top[1] = -1;
    top[2] = -1;
    top[3] = -1;
  }

  push(candidate: Candidate, id: number): void {
    this.previousOfGroup.push(this.top[candidate.group]!);
    this.top[candidate.group] = this.candidates.length;
    this.candidates.push(candidate);
    this.ids.push(id);
  }

  /** Depth of the open mark a closer of `group` would close, or -1; O(1). */
  closable(group: Group): number {
    const at = this.top[group]!;
    if (at < 0) return -1;
    if (at === this.candidates.length - 1) return at;
    // a double closer may close over open single marks (apostrophes), never over other groups
    return group === DOUBLE && this.top[GUILLEMET]! < at && this.top[SINGLE_GUILLEMET]! < at ? at : -1;
  }

  /** Pops every entry from `depth` up, calling `dropped` for each one above it. */
  truncate(depth: number, dropped: (candidate: Candidate, id: number) => void): void {
    const { candidates, ids, previousOfGroup, top } = this;
    while (candidates.length > depth) {
      const last = candidates.length - 1;
      const candidate = candidates[last]!;
      if (last > depth) dropped(candidate, ids[last]!);
      top[candidate.group] = previousOfGroup[last]!;
      candidates.pop();
      ids.pop();
      previousOfGroup.pop();
    }
  }
}

/** 6'2" and 12": a straight double mark right after a digit with nothing open is an inch mark, not a stray quote. */
function isAfterDigit(text: string, candidate: Candidate): boolean {
  return !candidate.isDirectional && candidate.start > 0 && isDigit(text.charCodeAt(candidate.start - 1));
}

function firstNonSpace(text: string, paragraph: Paragraph): number {
  let index = paragraph.start;
  while (index < paragraph.end && isSpace(text.charCodeAt(index))) index++;
  return index;
}

function startsWithOpener(text: string, paragraph: Paragraph, group: Group): boolean {
  const code = text.charCodeAt(firstNonSpace(text, paragraph));
  if (group === DOUBLE) return code === 0x201c || code === 0x22 || code === 0x201e || code === 0x27 || code === 0x60 || code === 0x2018;
  if (group === GUILLEMET) return code === 0xab || code === 0xbb;
  return code === 0x2039 || code === 0x203a;
}

export const quoteMarksStage = defineStage({
  name: 'segment/quote-marks',
  requires: ['paragraphs'],
  provides: ['quoteMarks'],
  options: z.object({}),
  run(doc, ctx) {
    const { marks, messages } = findQuoteMarks(doc.text, doc.layers.paragraphs!);
    for (const message of messages) {
      ctx.report(message.ruleId, message.reason, message, {
        severity: message.severity,
        ...(message.actual === undefined ? {} : { actual: message.actual }),
        ...(message.expected === undefined ? {} : { expected: message.expected }),
      });
    }
    return { layers: { quoteMarks: marks } };
  },
});
