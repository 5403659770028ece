/**
 * The engine the throughput suites time: the compiled package in dist/ (what `npx verbatim` and
 * `import 'verbatim'` run; `npm run bench` builds it first), or the TypeScript sources through tsx when
 * dist/ is absent, which runs measurably slower (esbuild's transform, not tsc's output). The report says which.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as Engine from '../src/index.js';

const compiled = new URL('../dist/index.js', import.meta.url);
const hasBuild = existsSync(fileURLToPath(compiled));

export const engine: typeof Engine = hasBuild ? ((await import(compiled.href)) as typeof Engine) : await import('../src/index.js');

export const engineSource = hasBuild ? 'dist/ (compiled by `npm run build`)' : 'src/ through tsx (dist/ absent: run `npm run build`)';
