/**
 * Builds a quotes view by hand, for tests and benchmarks that must not depend on the extractor:
 * each entry becomes a sentence “text,” said Speaker. with correct offsets and entities.
 */
import type { QuoteKind } from '../model/layers.js';
import type { EntityView, QuotesView, QuoteView } from '../output/quotes-view.js';

export interface HandQuote {
  text: string;
  speaker?: string;
  kind?: QuoteKind;
  group?: string;
  /** Mixed quotes: the quoted pieces, each a substring of `text`. */
  fragments?: string[];
}

export function buildHandView(entries: readonly HandQuote[], id = 'article'): QuotesView {
  let article = '';
  const quotes: QuoteView[] = [];
  const entities = new Map<string, EntityView>();
  for (const [index, entry] of entries.entries()) {
    const open = entry.kind === 'direct' || entry.kind === undefined ? '\u201c' : '';
    const close = open === '' ? '' : '\u201d';
    article += open;
    const start = article.length;
    article += entry.text;
    const end = article.length;
    article += close + ' said ';
    let speaker: QuoteView['speaker'] = null;
    if (entry.speaker !== undefined) {
      const mentionStart = article.length;
      article += entry.speaker;
      let entity = entities.get(entry.speaker);
      if (entity === undefined) {
        entity = { id: `e${entities.size}`, name: entry.speaker, type: 'person', mentions: [] };
        entities.set(entry.speaker, entity);
      }
      const mention = { start: mentionStart, end: article.length, text: entry.speaker };
      entity.mentions.push(mention);
      speaker = { ...mention, entity: entity.id };
    } else article += 'someone';
    article += '.\n';
    const quote: QuoteView = {
      id: `q${index}`,
      kind: entry.kind ?? 'direct',
      start,
      end,
      text: entry.text,
      speaker,
      cue: null,
      via: [],
      confidence: 1,
      rule: 'test/hand-built',
    };
    if (entry.group !== undefined) quote.group = entry.group;
    if (entry.fragments !== undefined) {
      quote.fragments = entry.fragments.map((fragment) => {
        const at = entry.text.indexOf(fragment);
        return { start: start + at, end: start + at + fragment.length, text: fragment };
      });
    }
    quotes.push(quote);
  }
  return { id, text: article, quotes, entities: [...entities.values()] };
}
