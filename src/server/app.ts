/**
 * The HTTP API as a Fastify app: `buildApp({ store })` returns it without listening (tests call
 * `app.inject()`; `verbatim serve` calls `listen`). Routes are plugins in routes/*.ts that receive the
 * store; every route has JSON schemas (validation, serialization, and the OpenAPI document at
 * /openapi.json); errors go through errors.ts. With `staticDir`, the web app is served at /.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { DEFAULT_MAX_LENGTH } from '../index.js';
import type { Store } from '../store/store.js';
import { createWriteGuard } from './auth.js';
import { handleError, handleNotFound } from './errors.js';
import { buildOpenApi, collectRoute, type CollectedRoute } from './openapi.js';
import { analyzeRoutes } from './routes/analyze.js';
import { documentsRoutes } from './routes/documents.js';
import { searchRoutes } from './routes/search.js';
import { speakersRoutes } from './routes/speakers.js';
import { statsRoutes } from './routes/stats.js';
import { traceRoutes } from './routes/trace.js';
import { verifyRoutes } from './routes/verify.js';
import { staticFiles } from './static-files.js';

export interface AppOptions {
  store: Store;
  /** When set, writes (POST /documents) need `Authorization: Bearer <token>`. */
  token?: string;
  /** The web app's built files, served at / when the folder has an index.html. */
  staticDir?: string;
  /** Largest request body in bytes; default 16 MiB. */
  bodyLimit?: number;
  /** Largest document analysed, in UTF-16 code units; default the library's (32 Mi). */
  maxLength?: number;
  /** Fastify's logger option (default off; `serve` logs requests with `true`). */
  logger?: boolean;
}

export const DEFAULT_BODY_LIMIT = 16 * 1024 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Request ids in logs only; the API has no use for a trusted proxy or case-insensitive routes.
    ajv: { customOptions: { removeAdditional: false, allErrors: true, coerceTypes: 'array', useDefaults: true } },
  });
  const routes: CollectedRoute[] = [];
  app.addHook('onRoute', (route) => collectRoute(routes, route));
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  // Raw articles: text/plain and text/html bodies reach /analyze as strings.
  app.addContentTypeParser(['text/plain', 'text/html'], { parseAs: 'string' }, (_request, body, done) => done(null, body));

  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const guard = createWriteGuard(options.token);
  await app.register(analyzeRoutes, { maxLength });
  await app.register(verifyRoutes, { maxLength });
  await app.register(documentsRoutes, { store: options.store, guard, maxLength });
  await app.register(searchRoutes, { store: options.store });
  await app.register(speakersRoutes, { store: options.store });
  await app.register(traceRoutes, { store: options.store });
  await app.register(statsRoutes, { store: options.store });
  app.get('/openapi.json', { schema: { summary: 'This API as an OpenAPI 3.1 document', tags: ['meta'] } }, async () =>
    buildOpenApi(routes),
  );
  if (options.staticDir !== undefined && existsSync(join(options.staticDir, 'index.html'))) {
    await app.register(staticFiles, { directory: options.staticDir });
  }
  return app;
}
