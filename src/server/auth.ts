/** The optional bearer token for writes: when the server has one, write routes answer 401 without it. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { VerbatimError } from '../errors.js';

export type Guard = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** A preHandler that checks `Authorization: Bearer <token>` (in constant time); a no-op without a token. */
export function createWriteGuard(token: string | undefined): Guard {
  if (token === undefined || token.length === 0) return async () => {};
  const expected = digest(token);
  return async (request) => {
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      throw new VerbatimError(
        'VBT_HTTP_UNAUTHORIZED',
        given === undefined
          ? 'This server requires "Authorization: Bearer <token>" for writes'
          : 'The bearer token is not the one this server requires',
      );
    }
  };
}
