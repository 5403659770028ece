/** GET /trace: a quote's provenance (by its words, or by its corpus id): groups, variants, conflicting attributions. */
import type { FastifyPluginAsync } from 'fastify';
import { VerbatimError } from '../../errors.js';
import { DEFAULT_TRACE_LIMIT, traceQuote } from '../../store/queries/trace.js';
import type { Store } from '../../store/store.js';
import { errorResponses, traceResponseSchema } from '../schemas.js';

interface TraceQuery {
  q?: string;
  id?: string;
  limit?: number;
}

export const traceRoutes: FastifyPluginAsync<{ store: Store }> = async (app, options) => {
  app.get<{ Querystring: TraceQuery }>(
    '/trace',
    {
      schema: {
        summary: 'Trace a quote across the corpus: earliest appearance, copies in date order, wording variants, conflicting attributions',
        tags: ['corpus'],
        querystring: {
          type: 'object',
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 5000, description: 'words of the quote' },
            id: { type: 'string', minLength: 1, maxLength: 100, description: 'a quote id from search: "<document id>:<quote id>"' },
            limit: {
              type: 'integer',
              minimum: 1,
              maximum: 1000,
              default: DEFAULT_TRACE_LIMIT,
              description: 'appearances per group at most',
            },
          },
          additionalProperties: false,
        },
        response: { 200: traceResponseSchema, ...errorResponses(400, 404, 503) },
      },
    },
    async (request) => {
      const { q, id, limit } = request.query;
      if ((q === undefined) === (id === undefined)) {
        throw new VerbatimError(
          'VBT_HTTP_INVALID_REQUEST',
          'Expected exactly one of the query parameters "q" (words) and "id" (a quote id)',
        );
      }
      if (id !== undefined && !/^[0-9a-fA-F]{16}:\S+$/.test(id)) {
        throw new VerbatimError('VBT_HTTP_INVALID_REQUEST', `Expected a quote id such as 8b56818e322dffe5:q0, found "${id}"`);
      }
      return traceQuote(options.store, id ?? q!, limit === undefined ? {} : { limit });
    },
  );
};
