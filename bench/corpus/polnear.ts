/**
 * Reads PolNeAR article texts at run time from ../shared/data/polnear (relative to the repo root) or
 * from VERBATIM_DATA (the data folder holding polnear/, or the polnear folder itself). The texts belong
 * to their publishers: they are only read here, never copied into the project or the bench output.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CorpusArticle {
  id: string;
  text: string;
}

export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The folder holding PolNeAR's *.jsonl files, or undefined when there is none. */
export function findPolnearDirectory(environment: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = environment.VERBATIM_DATA;
  const candidates =
    configured === undefined || configured === ''
      ? [resolve(REPOSITORY_ROOT, '../shared/data/polnear')]
      : [join(resolve(configured), 'polnear'), resolve(configured)];
  return candidates.find((directory) => existsSync(directory) && listJsonl(directory).length > 0);
}

function listJsonl(directory: string): string[] {
  try {
    return readdirSync(directory)
      .filter((name) => name.endsWith('.jsonl'))
      .sort();
  } catch {
    return [];
  }
}

/** Every article text of every *.jsonl file in the folder (train and dev); annotations are ignored. */
export function loadPolnear(directory: string): CorpusArticle[] {
  const articles: CorpusArticle[] = [];
  for (const name of listJsonl(directory)) {
    for (const line of readFileSync(join(directory, name), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (typeof record.text === 'string') articles.push({ id: String(record.id ?? articles.length), text: record.text });
    }
  }
  return articles;
}
