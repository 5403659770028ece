/**
 * POST /documents: analyses articles and adds them to the corpus (a write: needs the bearer token when
 * the server has one). One article, or `{ "documents": [...] }` for a batch, stored in one transaction.
 */
import type { FastifyPluginAsync } from 'fastify';
import { isVerbatimError } from '../../errors.js';
import { analyseForCorpus, publicIdOf, type CorpusDocument, type CorpusRecord } from '../../store/analyse.js';
import type { Store } from '../../store/store.js';
import type { Guard } from '../auth.js';
import { articleSchema, errorResponses } from '../schemas.js';

export interface DocumentsRouteOptions {
  store: Store;
  guard: Guard;
  maxLength: number;
}

export const MAX_DOCUMENTS_PER_REQUEST = 1000;

type Status =
  | { index: number; id: string | null; status: 'added' | 'stored' }
  | { index: number; id: null; status: 'error'; error: { code: string; message: string } };

const documentStatusSchema = {
  type: 'object',
  required: ['index', 'id', 'status'],
  properties: {
    index: { type: 'integer' },
    id: { type: ['string', 'null'], description: 'the document id in the corpus (first 16 hex digits of its content hash)' },
    status: { type: 'string', enum: ['added', 'stored', 'error'], description: 'added now, stored already, or not added' },
    error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } }, additionalProperties: false },
  },
  additionalProperties: false,
} as const;

export const documentsRoutes: FastifyPluginAsync<DocumentsRouteOptions> = async (app, options) => {
  app.post<{ Body: CorpusRecord | { documents: CorpusRecord[] } }>(
    '/documents',
    {
      preHandler: options.guard,
      schema: {
        summary: 'Analyse articles and add them to the corpus (idempotent: a document already stored is not stored again)',
        tags: ['corpus'],
        security: [{ bearer: [] }],
        body: {
          anyOf: [
            articleSchema,
            {
              type: 'object',
              required: ['documents'],
              properties: { documents: { type: 'array', minItems: 1, maxItems: MAX_DOCUMENTS_PER_REQUEST, items: articleSchema } },
              additionalProperties: false,
            },
          ],
        },
        response: {
          200: {
            type: 'object',
            required: ['added', 'stored', 'failed', 'quotes', 'documents'],
            properties: {
              added: { type: 'integer' },
              stored: { type: 'integer', description: 'documents that were in the corpus already' },
              failed: { type: 'integer' },
              quotes: { type: 'integer', description: 'quotes stored by this request' },
              documents: { type: 'array', items: documentStatusSchema },
            },
            additionalProperties: false,
          },
          ...errorResponses(400, 401, 413, 415, 503),
        },
      },
    },
    async (request) => {
      const body = request.body;
      const isBatch = 'documents' in body;
      const records: CorpusRecord[] = isBatch ? body.documents : [body];
      const analysed: Array<CorpusDocument | { code: string; message: string }> = records.map((record) => {
        try {
          return analyseForCorpus(record, { maxLength: options.maxLength });
        } catch (error) {
          // A single article's error is the response's error; in a batch it is that document's status.
          if (!isBatch || !isVerbatimError(error)) throw error;
          return { code: error.code, message: error.message };
        }
      });
      const documents = analysed.filter((item): item is CorpusDocument => 'hash' in item);
      const outcome = await options.store.addDocuments(documents);
      const addedIds = new Set(outcome.addedIds);
      const reported = new Set<string>();
      const statuses: Status[] = analysed.map((item, index) => {
        if (!('hash' in item)) return { index, id: null, status: 'error', error: item };
        const id = publicIdOf(item.hash);
        // A document repeated within the request is added once: its first copy says so.
        const status = addedIds.has(id) && !reported.has(id) ? 'added' : 'stored';
        reported.add(id);
        return { index, id, status };
      });
      return {
        added: outcome.added,
        stored: statuses.filter((status) => status.status === 'stored').length,
        failed: statuses.filter((status) => status.status === 'error').length,
        quotes: outcome.quotes,
        documents: statuses,
      };
    },
  );
};
