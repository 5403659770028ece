/**
 * Finds and reads the PolNeAR JSONL files (format: ../shared/data/polnear/README.md). The data lives
 * outside the repository because its text belongs to the publishers; it is read at evaluation time only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const spanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() });

const goldQuoteSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  kind: z.enum(['direct', 'mixed', 'indirect']),
  speaker: spanSchema.nullable(),
  cue: spanSchema.nullable(),
  attribution: z.string(),
});

const articleSchema = z.object({
  id: z.string(),
  title: z.string(),
  published: z.string(),
  publisher: z.string(),
  annotator: z.string(),
  text: z.string(),
  quotes: z.array(goldQuoteSchema),
});

export type GoldQuote = z.infer<typeof goldQuoteSchema>;
export type GoldArticle = z.infer<typeof articleSchema>;
export type Split = 'dev' | 'train';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The folder holding polnear/: $VERBATIM_DATA, else ../shared/data beside the repository. */
export function dataRoot(environment: NodeJS.ProcessEnv = process.env): string {
  const override = environment.VERBATIM_DATA;
  return override !== undefined && override !== '' ? resolve(override) : resolve(REPOSITORY_ROOT, '../shared/data');
}

export function splitPath(split: Split, root: string = dataRoot()): string {
  return join(root, 'polnear', `${split}.jsonl`);
}

export class DataError extends Error {}

/** Parses a JSONL split; throws DataError naming the line for a malformed record or a span that does not slice. */
export function parseArticles(jsonl: string, source: string): GoldArticle[] {
  const articles: GoldArticle[] = [];
  const lines = jsonl.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '') continue;
    let parsed: GoldArticle;
    try {
      parsed = articleSchema.parse(JSON.parse(line));
    } catch (error) {
      throw new DataError(
        `${source}:${index + 1}: not a PolNeAR article record (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      );
    }
    for (const quote of parsed.quotes) {
      for (const span of [quote, quote.speaker, quote.cue]) {
        if (span !== null && parsed.text.slice(span.start, span.end) !== span.text) {
          throw new DataError(`${source}:${index + 1}: span ${span.start}-${span.end} of ${parsed.id} does not match its text`);
        }
      }
    }
    articles.push(parsed);
  }
  return articles;
}

/** Reads a split, or returns undefined when the file is absent (the caller skips the suite). */
export function loadSplit(split: Split, root: string = dataRoot()): GoldArticle[] | undefined {
  const path = splitPath(split, root);
  if (!existsSync(path)) return undefined;
  return parseArticles(readFileSync(path, 'utf8'), path);
}
