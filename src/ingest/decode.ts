/** Bytes -> text for files and stdin: UTF-8 (with BOM), UTF-16 by BOM; binary input is refused. */
import { VerbatimError } from '../errors.js';

export interface DecodedText {
  text: string;
  /** Number of invalid byte sequences replaced by U+FFFD; callers report it, never drop it silently. */
  replaced: number;
}

/** True when the first 8 KiB hold a NUL byte or mostly control bytes, as in executables or images. */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, 8192);
  let control = 0;
  for (let index = 0; index < length; index++) {
    const byte = bytes[index]!;
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return length > 0 && control / length > 0.1;
}

export function decodeBytes(bytes: Uint8Array, name = 'input'): DecodedText {
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else if (looksBinary(bytes)) {
    throw new VerbatimError('VBT_INPUT_BINARY', `${name} looks like binary data (NUL or control bytes), expected text or HTML`, {
      details: { name },
    });
  }
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(bytes);
  let replaced = 0;
  for (let index = text.indexOf('\ufffd'); index !== -1; index = text.indexOf('\ufffd', index + 1)) replaced++;
  return { text, replaced };
}
