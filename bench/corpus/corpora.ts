/** The corpora a bench run measures: the synthetic one always, PolNeAR when its data folder exists. */
import type { BenchOptions } from '../report.js';
import { generateCorpus, utf8Length } from './generate.js';
import { findPolnearDirectory, loadPolnear, type CorpusArticle } from './polnear.js';

export interface Corpus {
  name: string;
  articles: CorpusArticle[];
  /** UTF-8 bytes of all article texts. */
  bytes: number;
}

export function createCorpus(name: string, articles: CorpusArticle[]): Corpus {
  return { name, articles, bytes: articles.reduce((total, article) => total + utf8Length(article.text), 0) };
}

/** Loads each corpus once per process; several suites share them. */
let cached: { key: string; corpora: Corpus[]; notes: string[] } | undefined;

export function loadCorpora(options: BenchOptions): { corpora: Corpus[]; notes: string[] } {
  const key = `${options.seed}/${options.articles}/${options.usePolnear}`;
  if (cached?.key === key) return cached;
  const corpora = [createCorpus('synthetic', generateCorpus({ seed: options.seed, count: options.articles }))];
  const notes: string[] = [];
  if (options.usePolnear) {
    const directory = findPolnearDirectory();
    if (directory === undefined) notes.push('PolNeAR not found (../shared/data/polnear or VERBATIM_DATA): synthetic corpus only');
    else corpora.push(createCorpus('polnear', loadPolnear(directory)));
  }
  cached = { key, corpora, notes };
  return cached;
}

/** The first articles of a corpus up to `maxBytes`, for slow peers. */
export function prefixOf(corpus: Corpus, maxBytes: number): Corpus {
  const articles: CorpusArticle[] = [];
  let bytes = 0;
  for (const article of corpus.articles) {
    if (bytes >= maxBytes) break;
    articles.push(article);
    bytes += utf8Length(article.text);
  }
  return { name: corpus.name, articles, bytes };
}
