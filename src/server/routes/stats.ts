/** GET /stats: documents, quotes, speakers (people, variants merged) and provenance groups in the corpus. */
import type { FastifyPluginAsync } from 'fastify';
import { corpusStats } from '../../store/queries/stats.js';
import type { Store } from '../../store/store.js';
import { errorResponses, statsResponseSchema } from '../schemas.js';

export const statsRoutes: FastifyPluginAsync<{ store: Store }> = async (app, options) => {
  app.get(
    '/stats',
    {
      schema: { summary: 'Count what the corpus holds', tags: ['corpus'], response: { 200: statsResponseSchema, ...errorResponses(503) } },
    },
    async () => corpusStats(options.store),
  );
};
