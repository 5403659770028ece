import type { DocumentMetadata, VerbatimDocument } from '../../model/document.js';
import { ingestText } from '../text.js';

/** Placeholder until main-content extraction lands: keeps the raw markup as text. */
export function ingestHtml(html: string, init: { id?: string; uri?: string; metadata?: DocumentMetadata } = {}): VerbatimDocument {
  return ingestText(html, init);
}
