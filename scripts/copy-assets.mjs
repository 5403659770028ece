// Copies the files the compiled code reads at run time (not TypeScript, so tsc leaves them behind)
// from src/ into dist/: the store's SQL migrations. Run by `npm run build` after tsc.
import { cpSync } from 'node:fs';

const assets = ['store/migrations'];
for (const asset of assets) {
  cpSync(new URL(`../src/${asset}`, import.meta.url), new URL(`../dist/${asset}`, import.meta.url), { recursive: true });
}
