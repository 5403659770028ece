/**
 * Builds a flat element tree from htmlparser2's Tokenizer, with exact source offsets for every piece of text.
 *
 * Elements are numbered in document (pre-)order, so a parent always has a smaller index than its children
 * and a subtree is the contiguous index range `[index, subtreeEnds[index])`. Every later pass is therefore a
 * loop: top-down passes run forwards, bottom-up passes run backwards. Nothing recurses, so 10,000 levels of
 * nesting cost what 10,000 siblings cost.
 *
 * The Tokenizer is used instead of htmlparser2's Parser because Parser keeps its open-element stack with
 * `unshift` and `indexOf`, which is quadratic in the nesting depth; here the stack is pushed and popped and a
 * per-tag open count lets a stray end tag be ignored in O(1).
 */
import { QuoteType, Tokenizer } from 'htmlparser2';
import { hasUpperCase, NameTable } from './name-table.js';
import { BLOCK_TAGS, BOILERPLATE_TAGS, INVISIBLE_TAGS, OPEN_IMPLIES_CLOSE, VOID_TAGS } from './tags.js';

/**
 * What a piece of the text stream is: a verbatim run of source text, a decoded character reference, a line
 * break (`<br>`), or the start or end of an inline quotation (`<q>`) or of a block one (`<blockquote>`, closed
 * before its citation: a footer or cite inside it).
 */
export type PieceKind = 'text' | 'entity' | 'break' | 'quote-open' | 'quote-close' | 'block-quote-open' | 'block-quote-close';

/** A decoded run of an attribute value with the source range it came from. */
export interface ValuePiece {
  start: number;
  end: number;
  /** The decoded text; equal to the source slice except for character references. */
  text: string;
}

/** The attributes later passes read; all others are skipped while parsing. */
export interface ElementAttributes {
  id?: string;
  class?: string;
  role?: string;
  itemprop?: string;
  property?: string;
  name?: string;
  content?: string;
  rel?: string;
  href?: string;
  datetime?: string;
  type?: string;
  style?: string;
  hidden?: string;
  'aria-hidden'?: string;
  /** Source pieces of `content`, so a headline taken from `<meta content>` keeps its source map. */
  contentPieces?: ValuePiece[];
}

type AttributeName = Exclude<keyof ElementAttributes, 'contentPieces'>;

/** Attributes read on every element: what boilerplate classification and metadata need. */
const KEPT_ATTRIBUTES: ReadonlySet<string> = new Set<AttributeName>([
  'id',
  'class',
  'role',
  'itemprop',
  'content',
  'datetime',
  'style',
  'hidden',
  'aria-hidden',
]);

/** Attributes read only on some elements (href only for `<link rel=canonical>`, not on every link). */
const KEPT_BY_TAG: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['meta', new Set<AttributeName>(['property', 'name'])],
  ['link', new Set<AttributeName>(['rel', 'href'])],
  ['script', new Set<AttributeName>(['type'])],
]);

const LONGEST_KEPT_NAME = 'aria-hidden'.length;

function isKeptAttribute(tag: string, name: string): boolean {
  return KEPT_ATTRIBUTES.has(name) || KEPT_BY_TAG.get(tag)?.has(name) === true;
}

const INLINE_TAGS = [
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'picture',
  'q',
  's',
  'samp',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'img',
  'figure',
  'path',
  'g',
  'use',
];
const TAG_NAMES = new NameTable([
  ...BLOCK_TAGS,
  ...VOID_TAGS,
  ...INVISIBLE_TAGS,
  ...BOILERPLATE_TAGS,
  ...OPEN_IMPLIES_CLOSE.keys(),
  ...INLINE_TAGS,
]);
const ATTRIBUTE_NAMES = new NameTable([...KEPT_ATTRIBUTES, ...[...KEPT_BY_TAG.values()].flatMap((names) => [...names])]);

/** The lower-case name at `source[start, end)`, without allocating when it is a common tag. */
function readTagName(source: string, start: number, end: number): string {
  return TAG_NAMES.find(source, start, end) ?? source.slice(start, end).toLowerCase();
}

/** The kept attribute name at `source[start, end)`, or undefined for every other attribute (no allocation). */
function readAttributeName(source: string, start: number, end: number): string | undefined {
  const known = ATTRIBUTE_NAMES.find(source, start, end);
  if (known !== undefined || !hasUpperCase(source, start, end)) return known;
  return ATTRIBUTE_NAMES.find(source.slice(start, end).toLowerCase(), 0, end - start);
}

/** The pieces of text in document order, column-wise (one entry per piece in each array). */
export interface PieceTable {
  count: number;
  kinds: PieceKind[];
  /** Index of the innermost open element when the piece was read. */
  owners: number[];
  starts: number[];
  ends: number[];
  /** Decoded text of an `entity` piece; undefined for the other kinds. */
  texts: Array<string | undefined>;
  /** Number of elements opened before the piece: elements `[openedBefore[a], openedBefore[b])` start between pieces a and b. */
  openedBefore: number[];
}

export interface HtmlTree {
  source: string;
  /** Number of elements, including the synthetic root at index 0 (tag `#root`). */
  count: number;
  /** Lower-case tag names. */
  tags: string[];
  /** Parent element index; -1 for the root. */
  parents: number[];
  attributes: Array<ElementAttributes | undefined>;
  /** Offset of the element's `<` in the source. */
  sourceStarts: number[];
  /** One past the last element of the subtree. */
  subtreeEnds: number[];
  /** Pieces of the subtree: `[pieceStarts[index], pieceEnds[index])`. */
  pieceStarts: number[];
  pieceEnds: number[];
  pieces: PieceTable;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0c, 0x0d]);
const NO_PIECES: ValuePiece[] = [];

/** Parses HTML into a flat tree; never throws on malformed input and runs in time linear in its length. */
export function parseHtml(source: string): HtmlTree {
  const tree: HtmlTree = {
    source,
    count: 1,
    tags: ['#root'],
    parents: [-1],
    attributes: [undefined],
    sourceStarts: [0],
    subtreeEnds: [0],
    pieceStarts: [0],
    pieceEnds: [0],
    pieces: { count: 0, kinds: [], owners: [], starts: [], ends: [], texts: [], openedBefore: [] },
  };
  const { pieces } = tree;
  const stack: number[] = [0];
  const openCounts = new Map<string, number>();
  let foreignDepth = 0;

  // The element whose start tag is being read (-1 between tags) and the attribute being read.
  let pendingElement = -1;
  /** Blockquotes whose closing mark was written before their citation (footer, cite). */
  const citedBlockQuotes = new Set<number>();
  let pendingAttributes: ElementAttributes | undefined;
  let attributeName: AttributeName | undefined;
  let attributeValue = '';
  let attributePieces: ValuePiece[] = NO_PIECES;
  let isMappingValue = false;
  let attributeCursor = 0;
  let pendingEntities = '';

  const addPiece = (kind: PieceKind, start: number, end: number, text: string | undefined): void => {
    pieces.kinds.push(kind);
    pieces.owners.push(stack[stack.length - 1]!);
    pieces.starts.push(start);
    pieces.ends.push(end);
    pieces.texts.push(text);
    pieces.openedBefore.push(tree.count);
    pieces.count++;
  };

  const closeElement = (element: number): void => {
    tree.subtreeEnds[element] = tree.count;
    tree.pieceEnds[element] = pieces.count;
  };

  const popElement = (): void => {
    const element = stack.pop()!;
    const tag = tree.tags[element]!;
    openCounts.set(tag, openCounts.get(tag)! - 1);
    if (tag === 'svg' || tag === 'math') foreignDepth--;
    if (tag === 'q' || (tag === 'blockquote' && !citedBlockQuotes.has(element))) {
      // The closing mark belongs to the q element itself, so it is kept or dropped with it.
      stack.push(element);
      addPiece(tag === 'q' ? 'quote-close' : 'block-quote-close', tree.sourceStarts[element]!, tree.sourceStarts[element]!, undefined);
      stack.pop();
    }
    closeElement(element);
  };

  const openElement = (tag: string, start: number): void => {
    const closable = OPEN_IMPLIES_CLOSE.get(tag);
    if (closable !== undefined) {
      const depth = impliedCloseDepth(tree.tags, stack, closable);
      while (stack.length > depth) popElement();
    }
    // "<blockquote><p>…</p><footer>— Aurelia Mendes</footer>": the citation is no part of the quotation, whose
    // closing mark goes before it (owned by the blockquote, so kept or dropped with it)
    if ((tag === 'footer' || tag === 'cite') && (openCounts.get('blockquote') ?? 0) > 0) {
      const quote = innermostOpen(tree.tags, stack, 'blockquote');
      if (quote >= 0 && !citedBlockQuotes.has(quote)) {
        citedBlockQuotes.add(quote);
        stack.push(quote);
        addPiece('block-quote-close', start, start, undefined);
        stack.pop();
      }
    }
    const element = tree.count++;
    tree.tags.push(tag);
    tree.parents.push(stack[stack.length - 1]!);
    tree.attributes.push(undefined);
    tree.sourceStarts.push(start);
    tree.subtreeEnds.push(element + 1);
    tree.pieceStarts.push(pieces.count);
    tree.pieceEnds.push(pieces.count);
    pendingElement = element;
    pendingAttributes = undefined;
    if (!VOID_TAGS.has(tag)) {
      stack.push(element);
      openCounts.set(tag, (openCounts.get(tag) ?? 0) + 1);
      if (tag === 'svg' || tag === 'math') foreignDepth++;
    }
  };

  const finishStartTag = (endIndex: number): void => {
    if (pendingElement < 0) return;
    const element = pendingElement;
    const tag = tree.tags[element]!;
    tree.attributes[element] = pendingAttributes;
    pendingElement = -1;
    pendingAttributes = undefined;
    if (VOID_TAGS.has(tag)) {
      if (tag === 'br') {
        stack.push(element);
        addPiece('break', tree.sourceStarts[element]!, endIndex + 1, undefined);
        stack.pop();
      }
      closeElement(element);
    } else if (tag === 'q') {
      addPiece('quote-open', endIndex + 1, endIndex + 1, undefined);
    } else if (tag === 'blockquote') {
      // quoted words whose marks the page draws with layout ("Okoye wrote: <blockquote>…"): text-builder.ts
      addPiece('block-quote-open', endIndex + 1, endIndex + 1, undefined);
    }
  };

  const flushAttributeEntities = (end: number): void => {
    if (pendingEntities.length === 0) return;
    if (isMappingValue) attributePieces.push({ start: attributeCursor, end, text: pendingEntities });
    attributeValue += pendingEntities;
    pendingEntities = '';
    attributeCursor = end;
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext(start, endIndex) {
        // The Tokenizer reports an unterminated end tag at the end of input as text from -1: browsers drop it.
        if (start >= 0 && endIndex > start) addPiece('text', start, endIndex, undefined);
      },
      ontextentity(codePoint, endIndex) {
        const text = String.fromCodePoint(codePoint);
        const last = pieces.count - 1;
        // An entity that decodes to two code points is reported twice with the same end.
        if (last >= 0 && pieces.ends[last] === endIndex && (pieces.kinds[last] === 'entity' || pieces.kinds[last] === 'text')) {
          if (pieces.kinds[last] === 'entity') pieces.texts[last] += text;
          return;
        }
        const ampersand = source.lastIndexOf('&', endIndex - 1);
        const start = ampersand < 0 ? endIndex : ampersand;
        if (isLiteralReference(source, start, endIndex)) addPiece('text', start, endIndex, undefined);
        else addPiece('entity', start, endIndex, text);
      },
      onopentagname(start, endIndex) {
        openElement(readTagName(source, start, endIndex), start - 1);
      },
      onattribname(start, endIndex) {
        attributeName = undefined;
        if (pendingElement < 0 || endIndex - start > LONGEST_KEPT_NAME) return;
        const name = readAttributeName(source, start, endIndex);
        if (name === undefined || !isKeptAttribute(tree.tags[pendingElement]!, name)) return;
        attributeName = name as AttributeName;
        attributeValue = '';
        // Source pieces are kept only where a headline can come from: <meta content>.
        isMappingValue = attributeName === 'content' && tree.tags[pendingElement] === 'meta';
        attributePieces = isMappingValue ? [] : NO_PIECES;
        pendingEntities = '';
        attributeCursor = valueStart(source, endIndex);
      },
      onattribdata(start, endIndex) {
        if (attributeName === undefined) return;
        flushAttributeEntities(start);
        const text = source.slice(start, endIndex);
        attributeValue += text;
        if (isMappingValue) attributePieces.push({ start, end: endIndex, text });
        attributeCursor = endIndex;
      },
      onattribentity(codePoint) {
        if (attributeName === undefined) return;
        pendingEntities += String.fromCodePoint(codePoint);
      },
      onattribend(quote, endIndex) {
        if (attributeName === undefined) return;
        flushAttributeEntities(endIndex);
        pendingAttributes ??= {};
        // The first occurrence of a repeated attribute wins, as in browsers.
        if (pendingAttributes[attributeName] === undefined) {
          pendingAttributes[attributeName] = quote === QuoteType.NoValue ? '' : attributeValue;
          if (isMappingValue) pendingAttributes.contentPieces = attributePieces;
        }
        attributeName = undefined;
      },
      onopentagend(endIndex) {
        finishStartTag(endIndex);
      },
      onselfclosingtag(endIndex) {
        const element = pendingElement;
        finishStartTag(endIndex);
        // `<x/>` closes only in SVG and MathML; in HTML the slash is ignored.
        if (element >= 0 && foreignDepth > 0 && stack[stack.length - 1] === element) popElement();
      },
      onclosetag(start, endIndex) {
        const tag = readTagName(source, start, endIndex);
        if (tag === 'br') {
          // `</br>` is a line break in every browser.
          openElement('br', start - 2);
          finishStartTag(endIndex);
          return;
        }
        if ((openCounts.get(tag) ?? 0) === 0) return;
        while (stack.length > 1) {
          const top = tree.tags[stack[stack.length - 1]!];
          popElement();
          if (top === tag) break;
        }
      },
      oncomment() {},
      oncdata() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {
        while (stack.length > 1) popElement();
        closeElement(0);
      },
      isInForeignContext() {
        return foreignDepth > 0;
      },
    },
  );
  tokenizer.write(source);
  tokenizer.end();
  return tree;
}

/** Inline elements looked through to find an element a new tag closes: `<p><b>bold<p>` closes the first p. */
const IMPLIED_CLOSE_LOOKBACK = 16;

/**
 * The stack length after the implied closes of a new start tag: the deepest element of `closable` reachable
 * from the top through closable or inline elements (at most IMPLIED_CLOSE_LOOKBACK of them, so the cost per
 * tag is constant), or the current length when there is none.
 */
function impliedCloseDepth(tags: readonly string[], stack: readonly number[], closable: ReadonlySet<string>): number {
  let depth = stack.length;
  const limit = Math.max(1, stack.length - IMPLIED_CLOSE_LOOKBACK);
  for (let index = stack.length - 1; index >= limit; index--) {
    const tag = tags[stack[index]!]!;
    if (closable.has(tag)) depth = index;
    else if (BLOCK_TAGS.has(tag)) break;
  }
  return depth;
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * A named reference without its semicolon that runs straight into letters or digits (`&notanentity;`,
 * `?a=1&copy2`) is kept as written. Browsers decode the known prefix (`¬anentity;`); for quotations the
 * literal reading is the one the writer meant. `&copy 2031` and numeric references still decode.
 */
function isLiteralReference(source: string, start: number, end: number): boolean {
  if (source.charCodeAt(end - 1) === 0x3b || source.charCodeAt(start + 1) === 0x23) return false;
  return isAsciiAlphanumeric(source.charCodeAt(end));
}

/** Where an attribute value starts: after the name, optional space, `=`, optional space and quote. */
function valueStart(source: string, nameEnd: number): number {
  let index = nameEnd;
  while (index < source.length && WHITESPACE.has(source.charCodeAt(index))) index++;
  if (source.charCodeAt(index) !== 0x3d) return index;
  index++;
  while (index < source.length && WHITESPACE.has(source.charCodeAt(index))) index++;
  const quote = source.charCodeAt(index);
  return quote === 0x22 || quote === 0x27 ? index + 1 : index;
}

/** Levels looked up from a citation for its blockquote: a constant, so deep nesting stays linear. */
const CITATION_LOOKUP = 32;

/** The innermost open element with this tag within CITATION_LOOKUP levels of the top of the stack, or -1. */
function innermostOpen(tags: readonly string[], stack: readonly number[], tag: string): number {
  const limit = Math.max(0, stack.length - CITATION_LOOKUP);
  for (let depth = stack.length - 1; depth >= limit; depth--) if (tags[stack[depth]!] === tag) return stack[depth]!;
  return -1;
}
