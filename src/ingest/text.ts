import { createDocument, type DocumentMetadata, type VerbatimDocument } from '../model/document.js';

/**
 * Plain text is analysed as given: no normalization, so every offset is an index into the
 * caller's own string. Segmenters treat `\r` as white space.
 */
export function ingestText(text: string, init: { id?: string; uri?: string; metadata?: DocumentMetadata } = {}): VerbatimDocument {
  return createDocument({
    id: init.id ?? 'document',
    text,
    source: init.uri === undefined ? { kind: 'text' } : { kind: 'text', uri: init.uri },
    metadata: init.metadata ?? {},
  });
}
