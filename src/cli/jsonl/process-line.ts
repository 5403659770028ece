/**
 * One JSON Lines record in, one output line out: the quotes (or full) view of the document, or an
 * error line `{"id","line","error":{"code","message"}}`. Runs in a worker thread or in-process.
 */
import { annotate, extract, isVerbatimError, toFullView, type ArticleInput } from '../../index.js';

export type ViewKind = 'quotes' | 'full';

/** The caller's id as given (string or number), or null when the record has none or is unreadable. */
export type RecordId = string | number | null;

export interface LineTask {
  seq: number;
  lineNumber: number;
  bytes: Uint8Array;
}

export interface LineResult {
  /** The JSON text of the output line, without its line break. */
  output: string;
  isError: boolean;
}

export interface ProcessOptions {
  view: ViewKind;
  /** Largest document, in UTF-16 code units (a line of N bytes never holds more than N). */
  maxLength: number;
}

export interface ErrorInfo {
  code: string;
  message: string;
}

const MAX_MESSAGE_LENGTH = 300;
const decoder = new TextDecoder('utf-8');

export function errorLine(id: RecordId, lineNumber: number, error: ErrorInfo): string {
  const message = error.message.length > MAX_MESSAGE_LENGTH ? `${error.message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : error.message;
  return JSON.stringify({ id, line: lineNumber, error: { code: error.code, message } });
}

/** The code and message of anything thrown; errors verbatim did not throw on purpose are internal. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (isVerbatimError(error)) return { code: error.code, message: error.message };
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'VBT_INTERNAL_ERROR', message };
}

function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function failure(id: RecordId, lineNumber: number, code: string, message: string): LineResult {
  return { output: errorLine(id, lineNumber, { code, message }), isError: true };
}

export function processLine(bytes: Uint8Array, lineNumber: number, options: ProcessOptions): LineResult {
  let record: unknown;
  try {
    record = JSON.parse(decoder.decode(bytes));
  } catch (error) {
    return failure(null, lineNumber, 'VBT_INPUT_INVALID_JSON', `Expected a JSON object, found invalid JSON (${(error as Error).message})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return failure(
      null,
      lineNumber,
      'VBT_INPUT_MISSING_TEXT',
      `Expected a JSON object with "text" or "html", found ${describeJsonType(record)}`,
    );
  }
  const fields = record as Record<string, unknown>;
  const rawId = fields.id;
  if (rawId !== undefined && rawId !== null && typeof rawId !== 'string' && typeof rawId !== 'number') {
    return failure(null, lineNumber, 'VBT_INPUT_BAD_ID', `Expected "id" to be a string or a number, found ${describeJsonType(rawId)}`);
  }
  const id: RecordId = rawId ?? null;
  const input: Exclude<ArticleInput, string> = { id: id === null ? `line-${lineNumber}` : String(id) };
  if (typeof fields.text === 'string') input.text = fields.text;
  else if (typeof fields.html === 'string') input.html = fields.html;
  else {
    const found =
      'text' in fields
        ? `"text" is ${describeJsonType(fields.text)}`
        : 'html' in fields
          ? `"html" is ${describeJsonType(fields.html)}`
          : 'neither';
    return failure(id, lineNumber, 'VBT_INPUT_MISSING_TEXT', `Expected a string "text" or "html" field, found ${found}`);
  }
  for (const key of ['title', 'published', 'outlet', 'url'] as const) {
    const value = fields[key];
    if (typeof value === 'string') input[key] = value;
  }
  try {
    const view =
      options.view === 'full'
        ? toFullView(annotate(input, { maxLength: options.maxLength }))
        : extract(input, { maxLength: options.maxLength });
    // The caller's id goes back exactly as given (a number stays a number, a missing id is null).
    return { output: JSON.stringify({ ...view, id }), isError: false };
  } catch (error) {
    return { output: errorLine(id, lineNumber, toErrorInfo(error)), isError: true };
  }
}

function skipSpaces(text: string, index: number): number {
  while (index < text.length && (text[index] === ' ' || text[index] === '\t' || text[index] === '\r')) index++;
  return index;
}

/**
 * Reads the id of a record from the first bytes of its line when `"id"` is the first key, so that
 * an oversized line (never parsed) can still be reported under its id. Null when it cannot tell.
 */
export function sniffId(head: Uint8Array): RecordId {
  const text = decoder.decode(head);
  let index = skipSpaces(text, 0);
  if (text[index] !== '{') return null;
  index = skipSpaces(text, index + 1);
  if (!text.startsWith('"id"', index)) return null;
  index = skipSpaces(text, index + 4);
  if (text[index] !== ':') return null;
  index = skipSpaces(text, index + 1);
  const start = index;
  if (text[index] === '"') {
    for (index++; index < text.length; index++) {
      if (text[index] === '\\') index++;
      else if (text[index] === '"') break;
    }
  } else {
    while (index < text.length && '-+.eE0123456789'.includes(text[index]!)) index++;
    index--;
  }
  try {
    const value: unknown = JSON.parse(text.slice(start, index + 1));
    return typeof value === 'string' || typeof value === 'number' ? value : null;
  } catch {
    return null;
  }
}
