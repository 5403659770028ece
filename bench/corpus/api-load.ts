/**
 * API load for the corpus bench: starts `verbatim serve` in its own process on a free loopback port,
 * drives it with autocannon (50 connections by default) over a list of GET paths, and stops it.
 */
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';

export interface ApiLoadFigures {
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx responses together. */
  errors: number;
}

const CLI = [
  '--import',
  new URL('../../node_modules/tsx/dist/esm/index.mjs', import.meta.url).pathname,
  new URL('../../src/cli/main.ts', import.meta.url).pathname,
];

export async function measureApi(
  location: string,
  paths: readonly string[],
  options: { connections?: number; seconds?: number } = {},
): Promise<ApiLoadFigures> {
  const connections = options.connections ?? 50;
  const seconds = options.seconds ?? 15;
  const server = spawn(process.execPath, [...CLI, 'serve', '--db', location, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let stderr = '';
      const timer = setTimeout(() => reject(new Error(`verbatim serve did not start: ${stderr}`)), 60_000);
      server.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const found = /serving (http:\/\/\S+)/.exec(stderr);
        if (found !== null) {
          clearTimeout(timer);
          resolve(found[1]!);
        }
      });
      server.on('exit', (code) => reject(new Error(`verbatim serve exited (${code}): ${stderr}`)));
    });
    const result = await autocannon({
      url,
      connections,
      duration: seconds,
      timeout: 30,
      requests: paths.map((path) => ({ method: 'GET', path })),
    });
    return {
      connections,
      seconds,
      requestsPerSecond: result.requests.average,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      requests: result.requests.total,
      errors: result.errors + result.timeouts + result.non2xx,
    };
  } finally {
    if (server.exitCode === null && server.signalCode === null) {
      const closed = new Promise((resolve) => server.once('close', resolve));
      server.kill('SIGTERM');
      await closed;
    }
  }
}
