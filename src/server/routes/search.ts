/** GET /search: full-text search over the corpus's quotes, tolerant of small wording differences. */
import type { FastifyPluginAsync } from 'fastify';
import { DEFAULT_SEARCH_LIMIT, searchQuotes } from '../../store/queries/search.js';
import type { Store } from '../../store/store.js';
import { corpusFilterProperties, errorResponses, searchResponseSchema } from '../schemas.js';

interface SearchQuery {
  q: string;
  speaker?: string;
  outlet?: string;
  since?: string;
  until?: string;
  limit?: number;
}

export const searchRoutes: FastifyPluginAsync<{ store: Store }> = async (app, options) => {
  app.get<{ Querystring: SearchQuery }>(
    '/search',
    {
      schema: {
        summary: 'Search quotes by their words, with optional speaker, outlet and date filters',
        tags: ['corpus'],
        querystring: {
          type: 'object',
          required: ['q'],
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 2000, description: 'words of the quote' },
            speaker: { type: 'string', maxLength: 500, description: "only this person's quotes (name variants merged)" },
            ...corpusFilterProperties,
            limit: { type: 'integer', minimum: 1, maximum: 500, default: DEFAULT_SEARCH_LIMIT },
          },
          additionalProperties: false,
        },
        response: { 200: searchResponseSchema, ...errorResponses(400, 503) },
      },
    },
    async (request) => {
      const { q, ...filters } = request.query;
      return searchQuotes(options.store, q, filters);
    },
  );
};
