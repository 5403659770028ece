/**
 * Serves the web app's built files (src/web/dist) at /: a file when the path names one inside the
 * folder, else index.html (the app routes in the browser). Paths that leave the folder are refused.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export const staticFiles: FastifyPluginAsync<{ directory: string }> = async (app, options) => {
  const root = resolve(options.directory);
  app.get('/*', async (request, reply) => {
    let relative: string;
    try {
      relative = decodeURIComponent(request.url.split('?')[0]!.slice(1));
    } catch {
      relative = '';
    }
    const candidate = resolve(root, normalize(relative));
    const isInside = candidate === root || candidate.startsWith(root + sep);
    const path = isInside && relative.length > 0 && (await isFile(candidate)) ? candidate : join(root, 'index.html');
    const body = await readFile(path);
    const isAsset = path !== join(root, 'index.html') && relative.startsWith('assets/');
    return reply
      .type(CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream')
      .header('cache-control', isAsset ? 'public, max-age=31536000, immutable' : 'no-cache')
      .send(body);
  });
};
