// HTTP API tests: buildApp() + app.inject(), never a port (fastify's own tests work this way).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { STORE_ARTICLES } from '../../test/helpers/store-articles.js';
import { testDatabases, type TestCorpus } from '../../test/helpers/store-databases.js';
import { buildApp } from './app.js';

const TOKEN = 'harbour-s3cret';
const sqlite = testDatabases()[0]!;

interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

describe('HTTP API', () => {
  let corpus: TestCorpus;
  let app: FastifyInstance;
  const staticDir = mkdtempSync(join(tmpdir(), 'verbatim-web-'));

  before(async () => {
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>verbatim</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1);');
    corpus = await sqlite.create();
    app = await buildApp({ store: corpus.store, token: TOKEN, staticDir, bodyLimit: 64 * 1024, maxLength: 20_000 });
  });
  after(async () => {
    await app.close();
    await corpus.cleanup();
    rmSync(staticDir, { recursive: true, force: true });
  });

  const write = (payload: unknown, token: string | null = TOKEN) =>
    app.inject({
      method: 'POST',
      url: '/documents',
      payload: payload as object,
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
    });

  it('analyzes an article posted as JSON, as text/plain and as text/html', async () => {
    const text = '“The lighthouse keeps its lamp lit,” said Keeper Arvid Lund.';
    const json = await app.inject({ method: 'POST', url: '/analyze', payload: { id: 'a1', text } });
    assert.equal(json.statusCode, 200);
    const view = json.json<{ id: string; quotes: Array<{ text: string; speaker: { text: string } }> }>();
    assert.equal(view.id, 'a1');
    assert.deepEqual(
      view.quotes.map((quote) => [quote.text, quote.speaker.text]),
      [['The lighthouse keeps its lamp lit,', 'Keeper Arvid Lund']],
    );
    const plain = await app.inject({ method: 'POST', url: '/analyze', payload: text, headers: { 'content-type': 'text/plain' } });
    assert.deepEqual(plain.json<typeof view>().quotes, view.quotes);
    const html = await app.inject({
      method: 'POST',
      url: '/analyze',
      payload: `<html><body><article><p>${text}</p></article></body></html>`,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    assert.equal(html.statusCode, 200);
    assert.equal(html.json<typeof view>().quotes[0]?.speaker.text, 'Keeper Arvid Lund');
  });

  it('answers bad requests with stable codes and statuses', async () => {
    const cases: Array<[InjectOptions, number, string]> = [
      [{ method: 'POST', url: '/analyze', payload: { title: 'no body' } }, 400, 'VBT_HTTP_INVALID_REQUEST'],
      [{ method: 'POST', url: '/analyze', payload: { text: 'x', colour: 'red' } }, 400, 'VBT_HTTP_INVALID_REQUEST'],
      [
        { method: 'POST', url: '/analyze', payload: '{"text": ', headers: { 'content-type': 'application/json' } },
        400,
        'VBT_INPUT_INVALID_JSON',
      ],
      [{ method: 'POST', url: '/analyze', payload: { text: 'x'.repeat(70 * 1024) } }, 413, 'VBT_HTTP_BODY_TOO_LARGE'],
      [{ method: 'POST', url: '/analyze', payload: { text: 'x'.repeat(30_000) } }, 413, 'VBT_INPUT_TOO_LARGE'],
      [
        { method: 'POST', url: '/analyze', payload: 'a,b', headers: { 'content-type': 'text/csv' } },
        415,
        'VBT_HTTP_UNSUPPORTED_MEDIA_TYPE',
      ],
      [{ method: 'GET', url: '/search' }, 400, 'VBT_HTTP_INVALID_REQUEST'],
      [{ method: 'GET', url: '/search?q=pier&limit=0' }, 400, 'VBT_HTTP_INVALID_REQUEST'],
      [{ method: 'GET', url: '/search?q=pier&since=someday' }, 400, 'VBT_OPTIONS_INVALID'],
      [{ method: 'GET', url: '/trace' }, 400, 'VBT_HTTP_INVALID_REQUEST'],
      [{ method: 'GET', url: '/trace?id=nonsense' }, 400, 'VBT_HTTP_INVALID_REQUEST'],
      [{ method: 'GET', url: '/trace?id=0123456789abcdef:q3' }, 404, 'VBT_STORE_UNKNOWN_QUOTE'],
      [{ method: 'DELETE', url: '/stats' }, 404, 'VBT_HTTP_NOT_FOUND'],
    ];
    for (const [request, status, code] of cases) {
      const response = await app.inject(request);
      assert.equal(response.statusCode, status, `${request.method} ${request.url}: ${response.body}`);
      const body = response.json<ErrorBody>();
      assert.equal(body.error.code, code, `${request.method} ${request.url}`);
      assert.equal(typeof body.error.message, 'string');
    }
    const invalid = await app.inject({ method: 'GET', url: '/search?q=pier&limit=0' });
    assert.deepEqual((invalid.json<ErrorBody>().error.details as { context: string }).context, 'querystring');
  });

  it('requires the bearer token for writes, and only for writes', async () => {
    const missing = await write({ text: 'x' }, null);
    assert.equal(missing.statusCode, 401);
    assert.equal(missing.headers['www-authenticate'], 'Bearer');
    assert.equal(missing.json<ErrorBody>().error.code, 'VBT_HTTP_UNAUTHORIZED');
    assert.equal((await write({ text: 'x' }, 'guess')).statusCode, 401);
    assert.equal((await app.inject({ method: 'GET', url: '/stats' })).statusCode, 200);
  });

  it('adds documents idempotently and reports each one', async () => {
    const first = await write({ documents: STORE_ARTICLES.slice(0, 4) });
    assert.equal(first.statusCode, 200, first.body);
    assert.deepEqual(first.json<{ added: number; stored: number; failed: number }>(), {
      ...first.json(),
      added: 4,
      stored: 0,
      failed: 0,
    });
    const second = await write({ documents: [...STORE_ARTICLES.slice(3), STORE_ARTICLES[0]!, { text: 'y'.repeat(25_000) }] });
    const body = second.json<{
      added: number;
      stored: number;
      failed: number;
      documents: Array<{ index: number; status: string; error?: { code: string } }>;
    }>();
    assert.deepEqual([body.added, body.stored, body.failed], [STORE_ARTICLES.length - 4, 2, 1]);
    assert.deepEqual(body.documents.at(-1), {
      index: STORE_ARTICLES.length - 2,
      id: null,
      status: 'error',
      error: body.documents.at(-1)!.error,
    });
    assert.equal(body.documents.at(-1)!.error?.code, 'VBT_INPUT_TOO_LARGE');
    const single = await write(STORE_ARTICLES[1]);
    assert.deepEqual(
      single.json<{ documents: Array<{ status: string }> }>().documents.map((document) => document.status),
      ['stored'],
    );
    const stats = await app.inject({ method: 'GET', url: '/stats' });
    assert.deepEqual(stats.json(), { documents: STORE_ARTICLES.length, quotes: 10, speakers: 4, groups: 2 });
  });

  it('searches, lists a speaker and traces a quote', async () => {
    const search = await app.inject({
      method: 'GET',
      url: `/search?q=${encodeURIComponent('never hand the old pier')}&outlet=Coast%20Times`,
    });
    const results = search.json<{ results: Array<{ id: string; speaker: string; document: { outlet: string } }> }>().results;
    assert.deepEqual(
      results.map((result) => [result.speaker, result.document.outlet]),
      [['Ines Vereker', 'Coast Times']],
    );
    const speaker = await app.inject({ method: 'GET', url: '/speakers/Tom%20Vereker?limit=2' });
    const page = speaker.json<{ people: Array<{ id: string }>; results: unknown[] }>();
    assert.deepEqual([page.people.map((person) => person.id), page.results.length], [['thomas-vereker'], 2]);
    const trace = await app.inject({ method: 'GET', url: `/trace?id=${encodeURIComponent(results[0]!.id)}` });
    const groups = trace.json<{ groups: Array<{ count: number; earliest: { document: { published: string } }; conflicts: unknown[] }> }>()
      .groups;
    assert.deepEqual([groups[0]!.count, groups[0]!.earliest.document.published, groups[0]!.conflicts.length], [4, '2024-03-01', 2]);
  });

  it('verifies an article against a posted transcript', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/verify',
      payload: {
        article: { text: '“We will repaint the lighthouse in May,” said Keeper Arvid Lund.' },
        transcripts: [{ name: 'tape.txt', text: 'ARVID LUND: We will repaint the lighthouse in May.\nREPORTER: Thank you.' }],
      },
    });
    assert.equal(response.statusCode, 200, response.body);
    const view = response.json<{ quotes: Array<{ verdict: string }>; verification: { transcripts: string[] } }>();
    assert.deepEqual([view.quotes.map((quote) => quote.verdict), view.verification.transcripts], [['exact'], ['tape.txt']]);
  });

  it('describes every route in /openapi.json', async () => {
    const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          { responses: Record<string, unknown>; parameters: Array<{ name: string }>; requestBody?: { content: Record<string, unknown> } }
        >
      >;
    }>();
    assert.equal(document.openapi, '3.1.0');
    assert.deepEqual(Object.keys(document.paths).sort(), [
      '/analyze',
      '/documents',
      '/openapi.json',
      '/search',
      '/speakers/{name}',
      '/stats',
      '/trace',
      '/verify',
    ]);
    assert.deepEqual(Object.keys(document.paths['/analyze']!.post!.requestBody!.content), ['application/json', 'text/plain', 'text/html']);
    assert.deepEqual(
      document.paths['/search']!.get!.parameters.map((parameter) => parameter.name),
      ['q', 'speaker', 'outlet', 'since', 'until', 'limit'],
    );
    for (const [path, operations] of Object.entries(document.paths))
      for (const operation of Object.values(operations))
        if (path !== '/openapi.json') assert.ok('200' in operation.responses && '500' in operation.responses, path);
  });

  it('serves the web app at / and never a file outside its folder', async () => {
    const index = await app.inject({ method: 'GET', url: '/' });
    assert.deepEqual(
      [index.statusCode, index.headers['content-type'], index.body],
      [200, 'text/html; charset=utf-8', '<!doctype html><title>verbatim</title>'],
    );
    const script = await app.inject({ method: 'GET', url: '/assets/app.js' });
    assert.deepEqual([script.headers['content-type'], script.body], ['text/javascript; charset=utf-8', 'console.log(1);']);
    for (const url of ['/corpus/search', '/../package.json', '/%2e%2e/%2e%2e/package.json', '/assets/../../package.json']) {
      const response = await app.inject({ method: 'GET', url });
      assert.equal(response.body, '<!doctype html><title>verbatim</title>', url);
    }
  });
});
