/** POST /analyze: the quotes view of a posted article (JSON with "text" or "html", or a text/plain or text/html body). */
import type { FastifyPluginAsync } from 'fastify';
import { extract, type ArticleInput } from '../../index.js';
import { articleSchema, errorResponses, quotesViewSchema } from '../schemas.js';

export interface AnalyzeRouteOptions {
  /** Largest document, in UTF-16 code units. */
  maxLength: number;
}

export const analyzeRoutes: FastifyPluginAsync<AnalyzeRouteOptions> = async (app, options) => {
  app.post<{ Body: Exclude<ArticleInput, string> | string }>(
    '/analyze',
    {
      schema: {
        summary: 'Find every quotation in an article, who said it, and through whom it reached the page',
        tags: ['analysis'],
        consumes: ['application/json', 'text/plain', 'text/html'],
        body: { anyOf: [articleSchema, { type: 'string', description: 'the article itself (text/plain or text/html)' }] },
        response: { 200: quotesViewSchema, ...errorResponses(400, 413, 415) },
      },
    },
    async (request) => {
      const body = request.body;
      const input: ArticleInput =
        typeof body === 'string'
          ? (request.headers['content-type'] ?? '').startsWith('text/html')
            ? { html: body }
            : { text: body }
          : body;
      return extract(input, { maxLength: options.maxLength });
    },
  );
};
