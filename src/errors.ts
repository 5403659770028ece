/** The catalog of error codes: every error that stops work carries one of these, stable across releases. */
export const ERROR_CODES = {
  VBT_OPTIONS_INVALID: 'Options failed validation',
  VBT_PIPELINE_MISSING_LAYER: 'A stage requires a layer no earlier stage provides',
  VBT_PIPELINE_DUPLICATE_LAYER: 'Two stages provide the same layer',
  VBT_PIPELINE_STAGE_FAILED: 'A stage threw while processing a document',
  VBT_INPUT_TOO_LARGE: 'The document is larger than the configured limit',
  VBT_INPUT_BINARY: 'The input looks like binary data, not text',
  VBT_INPUT_INVALID_JSON: 'An input line is not valid JSON',
  VBT_INPUT_MISSING_TEXT: 'An input record has neither "text" nor "html"',
  VBT_INPUT_UNREADABLE: 'The input could not be read',
  VBT_INPUT_UNKNOWN_FORMAT: 'The input format is not recognized',
  VBT_INVARIANT_VIOLATED: 'A document failed an output invariant',
  VBT_USAGE: 'The command line was not understood',
  VBT_INPUT_BAD_ID: 'An input record has an "id" that is neither a string nor a number',
  VBT_INTERNAL_ERROR: 'An unexpected error inside verbatim (a bug): please report it with the input',
  VBT_WORKER_CRASHED: 'A worker thread died while processing a document',
  VBT_WORKER_TIMEOUT: 'A document took longer than the per-document time limit',
  VBT_WORKER_START_FAILED: 'Worker threads could not be started',
  VBT_STORE_UNAVAILABLE: 'The corpus database could not be opened or reached',
  VBT_STORE_NOT_FOUND: 'No corpus exists at the given location (add documents first)',
  VBT_STORE_FAILED: 'A corpus database operation failed',
  VBT_STORE_SCHEMA_NEWER: 'The corpus was written by a newer verbatim (it has migrations this version does not know)',
  VBT_STORE_UNKNOWN_QUOTE: 'No stored quote has the given id',
  VBT_HTTP_INVALID_REQUEST: 'The HTTP request failed validation',
  VBT_HTTP_UNAUTHORIZED: 'The request lacks the bearer token this server requires for writes',
  VBT_HTTP_NOT_FOUND: 'No route answers this method and URL',
  VBT_HTTP_BODY_TOO_LARGE: 'The request body is larger than the server accepts',
  VBT_HTTP_UNSUPPORTED_MEDIA_TYPE: 'The request body has a content type this route does not accept',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

const brand = Symbol.for('verbatim.error');

/** Base class of every error verbatim throws on purpose. */
export class VerbatimError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;
  readonly [brand] = true;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VerbatimError';
    this.code = code;
    this.details = options?.details;
  }

  toJSON(): { code: ErrorCode; message: string; details?: Record<string, unknown> } {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** True for a VerbatimError, also one created in another realm (worker, iframe). */
export function isVerbatimError(value: unknown): value is VerbatimError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}
