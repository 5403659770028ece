#!/usr/bin/env node
// `npm start`: builds the web app when its build is missing or older than its sources, then runs
// `verbatim serve` (the HTTP API, which also serves the app) and prints the address to open.
// Until the serve command exists it falls back to serving the app alone on loopback (no corpus views).
// Arguments go to `verbatim serve`; `--open` also opens the address in the default browser.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const webDirectory = join(root, 'src/web');
const distDirectory = join(webDirectory, 'dist');
const builtIndex = join(distDirectory, 'index.html');

/** Newest modification time under the folders the bundle is made from. */
function newestSource(directory, newest = 0) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) newest = newestSource(path, newest);
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return newestSource(join(root, 'src')) > builtAt || newestSource(join(root, 'examples')) > builtAt;
}

function openInBrowser(url) {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => console.log(`(could not open a browser: open ${url} yourself)`));
    child.unref();
  } catch {
    console.log(`(could not open a browser: open ${url} yourself)`);
  }
}

function hasServe(indexPath) {
  const path = join(root, indexPath);
  return existsSync(path) && readFileSync(path, 'utf8').includes("from './serve.js'");
}

/** How to run `verbatim serve`: the compiled CLI when it has the command, else the TypeScript sources through tsx, else null. */
function serveCommand() {
  if (hasServe('dist/cli/commands/index.js')) return [join(root, 'bin/verbatim.js'), 'serve'];
  // A dist/ built before the serve command existed: run the sources instead of the stale build.
  if (hasServe('src/cli/commands/index.ts')) return ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'serve'];
  return null;
}

const CONTENT_TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** The app alone, on loopback: used only while `verbatim serve` does not exist yet. */
function serveAppOnly(port, shouldOpen) {
  const base = resolve(distDirectory);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = normalize(join(base, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (path !== base && !path.startsWith(base + sep)) return void response.writeHead(403).end();
    try {
      const body = readFileSync(path);
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
        'x-content-type-options': 'nosniff',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  server.listen(port, '127.0.0.1', () => {
    const url = `http://127.0.0.1:${server.address().port}/`;
    console.log(`verbatim web app: ${url}`);
    console.log('(the corpus API is not available: `verbatim serve` is not built yet; articles and verification work)');
    if (shouldOpen) openInBrowser(url);
  });
}

const args = process.argv.slice(2);
const shouldOpen = args.includes('--open');
const serveArgs = args.filter((argument) => argument !== '--open');

if (needsBuild()) {
  console.log('building the web app (src/web -> src/web/dist)...');
  const { build } = await import('vite');
  await build({ configFile: join(webDirectory, 'vite.config.ts'), logLevel: 'warn' });
}

const command = serveCommand();
if (command === null) {
  const portIndex = serveArgs.indexOf('--port');
  const port = portIndex === -1 ? Number(process.env.PORT ?? 8787) : Number(serveArgs[portIndex + 1]);
  serveAppOnly(Number.isInteger(port) && port >= 0 ? port : 8787, shouldOpen);
} else {
  const child = spawn(process.execPath, [...command, ...serveArgs], { cwd: process.cwd(), stdio: ['inherit', 'pipe', 'pipe'] });
  let isAnnounced = false;
  // `verbatim serve` names its address on stderr ("verbatim: serving http://127.0.0.1:8080 ...").
  const relay = (target) => (chunk) => {
    target.write(chunk);
    const found = isAnnounced ? null : /https?:\/\/[^\s"')]+/.exec(chunk.toString());
    if (found === null) return;
    isAnnounced = true;
    console.log(`verbatim web app: ${found[0]}/`);
    if (shouldOpen) openInBrowser(`${found[0]}/`);
  };
  child.stdout.on('data', relay(process.stdout));
  child.stderr.on('data', relay(process.stderr));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
}
