/** `verbatim serve`: the HTTP API (and the web app when built) over the corpus, on loopback by default. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Option, type Command } from 'commander';
import { DEFAULT_BODY_LIMIT, buildApp } from '../../server/app.js';
import { DB_OPTION_HELP, defaultStoreLocation, openStore } from '../../store/open-store.js';
import { parseSize, parseWholeNumber } from '../option-parsers.js';

interface ServeOptions {
  db: string;
  host: string;
  port: number;
  token?: string;
  static?: string;
  bodyLimit: number;
  log?: boolean;
}

export const DEFAULT_PORT = 8080;

/** The web app's build: src/web/dist at the package root (from src/cli/commands/ and dist/cli/commands/ alike). */
const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../../src/web/dist', import.meta.url));

const HELP_AFTER = `
Routes (JSON; the OpenAPI document is at /openapi.json):
  POST /analyze          an article (JSON {"text"|"html", ...}, or a text/plain or text/html body) -> quotes view
  POST /verify           {"article": {...}, "transcripts": [{"name", "text"}]} -> verified quotes view
  POST /documents        an article, or {"documents": [...]}: add to the corpus (a write)
  GET  /search?q=...     &speaker= &outlet= &since= &until= &limit=
  GET  /speakers/NAME    &outlet= &since= &until= &limit=
  GET  /trace?q=...      or ?id=<quote id>, &limit=
  GET  /stats
  Errors: {"error": {"code": "VBT_...", "message": "...", "details": {...}}} with a matching status.

Security:
  Listens on 127.0.0.1 unless --host says otherwise. With --token (or $VERBATIM_TOKEN), writes need
  "Authorization: Bearer <token>"; reads stay open. Bodies above --body-limit are refused (413).

Examples:
  verbatim serve
  VERBATIM_TOKEN=s3cret verbatim serve --db postgres://verbatim@db/news --host 0.0.0.0 --port 9000`;

export function register(program: Command): void {
  program
    .command('serve')
    .summary('serve the HTTP API over the corpus')
    .description('Serve the HTTP API (analyze, verify, add, search, speakers, trace, stats) and the web app over the corpus.')
    .option('--db <location>', DB_OPTION_HELP, defaultStoreLocation())
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('-p, --port <number>', 'port to listen on (0 picks a free one)', parseWholeNumber, DEFAULT_PORT)
    .option('--token <token>', 'bearer token required for writes (default: $VERBATIM_TOKEN)')
    .option('--static <dir>', 'serve this folder at / (default: the built web app, when present)')
    .addOption(
      new Option('--body-limit <size>', 'largest request body, e.g. 16MiB').argParser(parseSize).default(DEFAULT_BODY_LIMIT, '16MiB'),
    )
    .option('--log', 'log every request as JSON on stdout')
    .addHelpText('after', HELP_AFTER)
    .action(async (options: ServeOptions) => {
      // Concurrent requests each need a PostgreSQL connection; SQLite ignores this.
      const store = await openStore(options.db, { maxConnections: 16 });
      const token = options.token ?? process.env.VERBATIM_TOKEN;
      const staticDir = options.static ?? (existsSync(DEFAULT_STATIC_DIR) ? DEFAULT_STATIC_DIR : undefined);
      const app = await buildApp({
        store,
        ...(token === undefined || token.length === 0 ? {} : { token }),
        ...(staticDir === undefined ? {} : { staticDir }),
        bodyLimit: options.bodyLimit,
        logger: options.log === true,
      });
      let isClosing = false;
      const close = async () => {
        if (isClosing) return;
        isClosing = true;
        await app.close();
        await store.close();
      };
      process.once('SIGINT', () => void close());
      process.once('SIGTERM', () => void close());
      try {
        await app.listen({ host: options.host, port: options.port });
      } catch (error) {
        await close();
        throw error;
      }
      const address = app.server.address();
      const port = typeof address === 'object' && address !== null ? address.port : options.port;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      process.stderr.write(
        `verbatim: serving http://${host}:${port} (corpus ${store.location}${token ? ', writes need the token' : ''}${staticDir === undefined ? '' : ', web app'})\n`,
      );
    });
}
