/**
 * The OpenAPI 3.1 document, built from the routes' own schemas (collected as routes are added), so it
 * cannot drift from what the server validates and returns. Served at GET /openapi.json.
 */
import { readFileSync } from 'node:fs';
import type { RouteOptions } from 'fastify';

type JsonSchema = Record<string, unknown>;

// What the routes say about themselves for the OpenAPI document (Fastify keeps these keys and ignores them).
declare module 'fastify' {
  interface FastifySchema {
    summary?: string;
    description?: string;
    tags?: string[];
    /** Request content types the body may come in (default JSON only). */
    consumes?: string[];
    security?: Array<Record<string, string[]>>;
  }
}

interface RouteSchema {
  summary?: string;
  description?: string;
  tags?: string[];
  consumes?: string[];
  security?: Array<Record<string, string[]>>;
  body?: JsonSchema;
  querystring?: JsonSchema;
  params?: JsonSchema;
  response?: Record<string, JsonSchema>;
}

export interface CollectedRoute {
  method: string;
  url: string;
  schema: RouteSchema;
}

function readVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return manifest.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Remembers every route that has a schema (call from an onRoute hook). */
export function collectRoute(routes: CollectedRoute[], route: RouteOptions): void {
  if (route.schema === undefined) return;
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  for (const method of methods) {
    if (method === 'HEAD') continue;
    routes.push({ method: method.toLowerCase(), url: route.url, schema: route.schema as RouteSchema });
  }
}

function parametersOf(schema: JsonSchema | undefined, where: 'query' | 'path'): JsonSchema[] {
  if (schema === undefined) return [];
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(description === undefined ? {} : { description }),
      schema: rest,
    };
  });
}

function bodyOf(schema: RouteSchema): JsonSchema | undefined {
  if (schema.body === undefined) return undefined;
  const content: Record<string, { schema: JsonSchema }> = {};
  const alternatives = (schema.body.anyOf ?? [schema.body]) as JsonSchema[];
  const objects = alternatives.filter((alternative) => alternative.type !== 'string');
  const jsonSchema = objects.length === 1 ? objects[0]! : { anyOf: objects };
  for (const type of schema.consumes ?? ['application/json']) {
    content[type] = type === 'application/json' ? { schema: jsonSchema } : { schema: { type: 'string' } };
  }
  return { required: true, content };
}

function responsesOf(schema: RouteSchema): Record<string, JsonSchema> {
  const responses: Record<string, JsonSchema> = {};
  for (const [status, body] of Object.entries(schema.response ?? {})) {
    const description = status === '200' ? (schema.summary ?? 'OK') : `Error (body: { error: { code, message, details? } })`;
    responses[status] = { description, content: { 'application/json': { schema: body } } };
  }
  return responses;
}

export function buildOpenApi(routes: readonly CollectedRoute[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const operation: JsonSchema = {
      ...(route.schema.summary === undefined ? {} : { summary: route.schema.summary }),
      ...(route.schema.description === undefined ? {} : { description: route.schema.description }),
      ...(route.schema.tags === undefined ? {} : { tags: route.schema.tags }),
      ...(route.schema.security === undefined ? {} : { security: route.schema.security }),
      parameters: [...parametersOf(route.schema.params, 'path'), ...parametersOf(route.schema.querystring, 'query')],
      responses: responsesOf(route.schema),
    };
    const body = bodyOf(route.schema);
    if (body !== undefined) operation.requestBody = body;
    (paths[path] ??= {})[route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'verbatim',
      version: readVersion(),
      description:
        'Quote provenance for news: analyse articles, verify quotes against transcripts, and search and trace quotes across a corpus.',
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'required for writes when the server was started with a token' },
      },
    },
    paths,
  };
}
