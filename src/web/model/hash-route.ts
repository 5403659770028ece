/**
 * Routes live in the URL fragment (`#/corpus/trace?q=...`): the server's own paths (/search, /trace ...)
 * belong to the API, and a fragment never reaches the server, so a page reload never sends anything.
 */

export type Tab = 'article' | 'verify' | 'corpus' | 'export';

export type CorpusPage =
  { page: 'search'; filters: Record<string, string> } | { page: 'speaker'; name: string } | { page: 'trace'; q: string; id?: string };

export interface Route {
  tab: Tab;
  corpus: CorpusPage;
}

const TABS: readonly Tab[] = ['article', 'verify', 'corpus', 'export'];

export function parseRoute(hash: string): Route {
  const path = hash.startsWith('#') ? hash.slice(1) : hash;
  const questionMark = path.indexOf('?');
  const pathname = questionMark === -1 ? path : path.slice(0, questionMark);
  const parameters = new URLSearchParams(questionMark === -1 ? '' : path.slice(questionMark + 1));
  const parts = pathname.split('/').filter((part) => part.length > 0);
  const tab = TABS.includes(parts[0] as Tab) ? (parts[0] as Tab) : 'article';
  let corpus: CorpusPage = { page: 'search', filters: Object.fromEntries(parameters.entries()) };
  if (tab === 'corpus' && parts[1] === 'speaker' && parts[2] !== undefined)
    corpus = { page: 'speaker', name: safeDecode(parts.slice(2).join('/')) };
  else if (tab === 'corpus' && parts[1] === 'trace') {
    const id = parameters.get('id');
    corpus = { page: 'trace', q: parameters.get('q') ?? '', ...(id === null ? {} : { id }) };
  }
  return { tab, corpus };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function formatRoute(tab: Tab, corpus?: CorpusPage): string {
  if (tab !== 'corpus' || corpus === undefined) return `#/${tab}`;
  if (corpus.page === 'speaker') return `#/corpus/speaker/${encodeURIComponent(corpus.name)}`;
  if (corpus.page === 'trace') {
    const parameters = new URLSearchParams(corpus.id === undefined ? { q: corpus.q } : { id: corpus.id });
    return `#/corpus/trace?${parameters.toString()}`;
  }
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(corpus.filters)) if (value.trim() !== '') parameters.set(key, value);
  const query = parameters.toString();
  return query === '' ? '#/corpus' : `#/corpus?${query}`;
}
