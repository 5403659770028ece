/** Reads one article for `extract` from a file or stdin: bytes, size check, decoding, text or HTML. */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { VerbatimError } from '../errors.js';
import { decodeBytes } from '../ingest/decode.js';

export interface Article {
  /** The path as given, or `stdin`. */
  name: string;
  text: string;
  isHtml: boolean;
}

export interface ReadOptions {
  /** Treat the input as HTML whatever its name says. */
  isHtml: boolean;
  maxBytes: number;
  /** Receives warnings meant for stderr. */
  warn: (message: string) => void;
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const CAPTION_EXTENSIONS = new Set(['.vtt', '.srt']);

function tooLarge(name: string, size: number, limit: number): VerbatimError {
  return new VerbatimError(
    'VBT_INPUT_TOO_LARGE',
    `${name} is ${size} bytes, larger than the limit of ${limit} (raise it with --max-bytes)`,
    {
      details: { name, size, limit },
    },
  );
}

function unreadable(name: string, error: unknown): VerbatimError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a directory'
        : code === 'EACCES'
          ? 'permission denied'
          : (error as Error).message;
  return new VerbatimError('VBT_INPUT_UNREADABLE', `Cannot read ${name}: ${reason}`, { cause: error, details: { name } });
}

async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
    return await readFile(path);
  } catch (error) {
    throw error instanceof VerbatimError ? error : unreadable(path, error);
  }
}

async function readStdinBytes(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge('stdin', size, maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/** Counts the bytes EF BF BD (a U+FFFD written in the file itself), which decoding did not replace. */
function countLiteralReplacementChars(bytes: Uint8Array): number {
  let count = 0;
  for (let index = bytes.indexOf(0xef); index !== -1 && index + 2 < bytes.length; index = bytes.indexOf(0xef, index + 1)) {
    if (bytes[index + 1] === 0xbf && bytes[index + 2] === 0xbd) count++;
  }
  return count;
}

function looksLikeHtml(text: string): boolean {
  const start = text.trimStart().slice(0, 64).toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<!--');
}

/** Which reader the name calls for; throws for inputs `extract` cannot take. */
function formatOf(name: string): 'html' | 'text' | 'sniff' {
  const extension = extname(name).toLowerCase();
  if (HTML_EXTENSIONS.has(extension)) return 'html';
  if (TEXT_EXTENSIONS.has(extension)) return 'text';
  if (JSONL_EXTENSIONS.has(extension)) {
    throw new VerbatimError('VBT_USAGE', `${name} looks like JSON Lines; read it with: verbatim extract --jsonl ${name}`);
  }
  if (CAPTION_EXTENSIONS.has(extension)) {
    throw new VerbatimError('VBT_INPUT_UNKNOWN_FORMAT', `${name} is a caption file; extract reads text (.txt) and HTML (.html, .htm)`, {
      details: { name },
    });
  }
  return 'sniff';
}

export async function readArticle(path: string, options: ReadOptions): Promise<Article> {
  const isStdin = path === '-';
  const name = isStdin ? 'stdin' : path;
  const format = isStdin ? 'sniff' : formatOf(path);
  const bytes = isStdin ? await readStdinBytes(options.maxBytes) : await readFileBytes(path, options.maxBytes);
  const decoded = decodeBytes(bytes, name);
  const isUtf16 = bytes[0] === 0xff || bytes[0] === 0xfe;
  const replaced = decoded.replaced > 0 && !isUtf16 ? decoded.replaced - countLiteralReplacementChars(bytes) : decoded.replaced;
  if (replaced > 0) {
    options.warn(`${name}: ${replaced} invalid UTF-8 ${replaced === 1 ? 'sequence' : 'sequences'} replaced by U+FFFD`);
  }
  const isHtml = options.isHtml || format === 'html' || (format === 'sniff' && looksLikeHtml(decoded.text));
  return { name, text: decoded.text, isHtml };
}
