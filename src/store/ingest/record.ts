/**
 * One input record for the corpus, read from the bytes of a JSON Lines record (the format of
 * `extract --jsonl`: "text" or "html", optional "id", "title", "published", "outlet", "url"), and the
 * per-document work a worker does: analyse it and answer with the stored shape or an error.
 */
import { isVerbatimError } from '../../errors.js';
import { analyseForCorpus, contentHash, type CorpusRecord } from '../analyse.js';

export interface RecordError {
  code: string;
  message: string;
}

export type ReadRecord = { record: CorpusRecord; hash: string } | { error: RecordError; id: string | null };

const decoder = new TextDecoder('utf-8');

function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Reads and checks a record; its id becomes a string (numbers as written). */
export function readRecord(source: Uint8Array | string): ReadRecord {
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof source === 'string' ? source : decoder.decode(source));
  } catch (error) {
    return {
      error: { code: 'VBT_INPUT_INVALID_JSON', message: `Expected a JSON object, found invalid JSON (${(error as Error).message})` },
      id: null,
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      error: { code: 'VBT_INPUT_MISSING_TEXT', message: `Expected a JSON object with "text" or "html", found ${describeJsonType(parsed)}` },
      id: null,
    };
  }
  const fields = parsed as Record<string, unknown>;
  const rawId = fields.id;
  if (rawId !== undefined && rawId !== null && typeof rawId !== 'string' && typeof rawId !== 'number') {
    return {
      error: { code: 'VBT_INPUT_BAD_ID', message: `Expected "id" to be a string or a number, found ${describeJsonType(rawId)}` },
      id: null,
    };
  }
  const id = rawId === undefined || rawId === null ? null : String(rawId);
  const record: CorpusRecord = {};
  if (id !== null) record.id = id;
  if (typeof fields.text === 'string') record.text = fields.text;
  else if (typeof fields.html === 'string') record.html = fields.html;
  else return { error: { code: 'VBT_INPUT_MISSING_TEXT', message: 'Expected a string "text" or "html" field' }, id };
  for (const key of ['title', 'published', 'outlet', 'url'] as const) {
    const value = fields[key];
    if (typeof value === 'string') record[key] = value;
  }
  return { record, hash: contentHash(record.text ?? record.html ?? '') };
}

/** A worker's answer: the analysed document as JSON, or an error. */
export interface AnalysisAnswer {
  output: string;
  isError: boolean;
}

/** Analyses one record (bytes of its JSON) for the corpus; never throws. */
export function analyseRecordBytes(bytes: Uint8Array, maxLength: number): AnalysisAnswer {
  const read = readRecord(bytes);
  if ('error' in read) return { output: JSON.stringify(read.error), isError: true };
  try {
    return { output: JSON.stringify(analyseForCorpus(read.record, { maxLength })), isError: false };
  } catch (error) {
    const info: RecordError = isVerbatimError(error)
      ? { code: error.code, message: error.message }
      : { code: 'VBT_INTERNAL_ERROR', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    return { output: JSON.stringify(info), isError: true };
  }
}
