/**
 * Browser test harness for the web app: builds it with Vite into a temporary folder, serves it from a
 * small static server on 127.0.0.1 (with optional API routes), and drives Debian's Chromium through
 * playwright-core. Never downloads a browser: without /usr/bin/chromium the tests skip.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { buildApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/open-store.js';
import { CORPUS_ARTICLES } from './fixtures/corpus-articles.js';

export const CHROMIUM_PATH = process.env.VERBATIM_CHROMIUM ?? '/usr/bin/chromium';
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why the browser tests cannot run here, or null when they can. */
export function browserSkipReason(): string | null {
  return existsSync(CHROMIUM_PATH) ? null : `browser tests skipped: ${CHROMIUM_PATH} not found (install it with .ci/setup-chromium.sh)`;
}

/** Builds the app into a fresh temporary folder (never touching src/web/dist, which `npm start` serves). */
export async function buildWebApp(): Promise<{ directory: string; remove: () => Promise<void> }> {
  const directory = await mkdtemp(join(tmpdir(), 'verbatim-web-'));
  const { build } = await import('vite');
  await build({
    configFile: join(REPO_ROOT, 'src/web/vite.config.ts'),
    logLevel: 'error',
    build: { outDir: directory, emptyOutDir: true },
  });
  return { directory, remove: () => rm(directory, { recursive: true, force: true }) };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export type ApiHandler = (url: URL) => { status: number; body: unknown } | undefined;

export interface StaticServer {
  url: string;
  /** Every path requested, for checking that nothing unexpected was fetched. */
  requests: string[];
  close: () => Promise<void>;
}

/** Serves `directory` on 127.0.0.1; `api` answers first when given (a stand-in for `verbatim serve`). */
export async function serveStatic(directory: string, api?: ApiHandler): Promise<StaticServer> {
  const root = resolve(directory);
  const requests: string[] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      requests.push(url.pathname + url.search);
      const answer = api?.(url);
      if (answer !== undefined) {
        response.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify(answer.body));
        return;
      }
      const path = normalize(join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
      if (path !== root && !path.startsWith(root + sep)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(path);
        response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
        response.end(body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Chromium with a fresh profile in a temporary folder; downloads allowed (export tests). */
export async function launchBrowser(
  viewport = { width: 1280, height: 860 },
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'verbatim-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
    acceptDownloads: true,
    offline: false,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** `verbatim serve` in-process: the real API (issue 4) over a SQLite corpus of invented articles, serving the built app. */
export async function startCorpusServer(staticDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const directory = await mkdtemp(join(tmpdir(), 'verbatim-web-corpus-'));
  const store = await openStore(join(directory, 'corpus.db'));
  const app = await buildApp({ store, staticDir });
  const added = await app.inject({ method: 'POST', url: '/documents', payload: { documents: CORPUS_ARTICLES } });
  if (added.statusCode !== 200) throw new Error(`could not load the test corpus: ${added.body}`);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await app.close();
      await store.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
