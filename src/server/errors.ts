/**
 * The one error handler of the HTTP API: every error becomes `{ error: { code, message, details? } }`
 * with a status chosen by its code. Fastify's own errors (validation, body size, media type, bad JSON)
 * are given verbatim codes first; anything unexpected is a 500 VBT_INTERNAL_ERROR whose details stay
 * in the log, not in the response.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { VerbatimError, isVerbatimError, type ErrorCode } from '../errors.js';

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  VBT_OPTIONS_INVALID: 400,
  VBT_USAGE: 400,
  VBT_INPUT_BINARY: 400,
  VBT_INPUT_INVALID_JSON: 400,
  VBT_INPUT_MISSING_TEXT: 400,
  VBT_INPUT_UNREADABLE: 400,
  VBT_INPUT_UNKNOWN_FORMAT: 400,
  VBT_INPUT_BAD_ID: 400,
  VBT_HTTP_INVALID_REQUEST: 400,
  VBT_HTTP_UNAUTHORIZED: 401,
  VBT_HTTP_NOT_FOUND: 404,
  VBT_STORE_UNKNOWN_QUOTE: 404,
  VBT_INPUT_TOO_LARGE: 413,
  VBT_HTTP_BODY_TOO_LARGE: 413,
  VBT_HTTP_UNSUPPORTED_MEDIA_TYPE: 415,
  VBT_STORE_UNAVAILABLE: 503,
  VBT_STORE_NOT_FOUND: 503,
  VBT_STORE_SCHEMA_NEWER: 503,
  VBT_WORKER_TIMEOUT: 504,
};

/** The HTTP status of a verbatim error code (500 for codes that mean a failure on our side). */
export function statusForCode(code: ErrorCode): number {
  return STATUS_BY_CODE[code] ?? 500;
}

/** Fastify's and Ajv's errors in verbatim's terms. */
function fromFastifyError(error: FastifyError): VerbatimError | undefined {
  if (error.validation !== undefined) {
    const issues = error.validation.map((issue) => ({ path: issue.instancePath, message: issue.message ?? 'is invalid' }));
    const where = error.validationContext ?? 'request';
    return new VerbatimError(
      'VBT_HTTP_INVALID_REQUEST',
      `Invalid ${where}: ${issues.map((issue) => `${issue.path || where} ${issue.message}`).join('; ')}`,
      {
        details: { context: where, issues },
      },
    );
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new VerbatimError('VBT_HTTP_BODY_TOO_LARGE', 'The request body is larger than this server accepts (serve --body-limit)');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new VerbatimError('VBT_HTTP_UNSUPPORTED_MEDIA_TYPE', `Unsupported content type: ${error.message}`);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new VerbatimError('VBT_INPUT_INVALID_JSON', 'Expected a JSON body, found an empty body');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new VerbatimError('VBT_INPUT_INVALID_JSON', `Expected a JSON body, found invalid JSON (${error.message})`);
    default:
      break;
  }
  if (error instanceof SyntaxError || (error.statusCode === 400 && error.message.includes('JSON'))) {
    return new VerbatimError('VBT_INPUT_INVALID_JSON', `Expected a JSON body, found invalid JSON (${error.message})`);
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new VerbatimError('VBT_HTTP_INVALID_REQUEST', error.message);
  }
  return undefined;
}

export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  const known = isVerbatimError(error) ? error : fromFastifyError(error as FastifyError);
  if (known === undefined) {
    request.log.error({ err: error }, 'unexpected error');
    void reply
      .status(500)
      .send({ error: { code: 'VBT_INTERNAL_ERROR', message: 'An unexpected error inside verbatim (a bug): please report it' } });
    return;
  }
  const status = statusForCode(known.code);
  if (status >= 500) request.log.error({ err: error }, known.message);
  if (known.code === 'VBT_HTTP_UNAUTHORIZED') void reply.header('www-authenticate', 'Bearer');
  void reply.status(status).send({ error: known.toJSON() });
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply): void {
  void reply
    .status(404)
    .send({ error: { code: 'VBT_HTTP_NOT_FOUND', message: `No route answers ${request.method} ${request.url.split('?')[0]}` } });
}
