/** GET /speakers/:name: what a person is quoted as saying across the corpus, name variants merged. */
import type { FastifyPluginAsync } from 'fastify';
import { DEFAULT_SPEAKER_LIMIT, speakerQuotes } from '../../store/queries/speaker.js';
import type { Store } from '../../store/store.js';
import { corpusFilterProperties, errorResponses, speakerResponseSchema } from '../schemas.js';

interface SpeakerQuery {
  outlet?: string;
  since?: string;
  until?: string;
  limit?: number;
}

export const speakersRoutes: FastifyPluginAsync<{ store: Store }> = async (app, options) => {
  app.get<{ Params: { name: string }; Querystring: SpeakerQuery }>(
    '/speakers/:name',
    {
      schema: {
        summary: "A person's quotes across the corpus, newest first, with the people the name can mean",
        tags: ['corpus'],
        params: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string', minLength: 1, maxLength: 500, description: 'a full name or a surname' } },
        },
        querystring: {
          type: 'object',
          properties: { ...corpusFilterProperties, limit: { type: 'integer', minimum: 1, maximum: 1000, default: DEFAULT_SPEAKER_LIMIT } },
          additionalProperties: false,
        },
        response: { 200: speakerResponseSchema, ...errorResponses(400, 503) },
      },
    },
    async (request) => speakerQuotes(options.store, request.params.name, request.query),
  );
};
