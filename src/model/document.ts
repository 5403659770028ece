import type { Layers, Message } from './layers.js';
import type { Range } from './span.js';

export type SourceKind = 'text' | 'html' | 'vtt' | 'srt';

export interface DocumentSource {
  kind: SourceKind;
  uri?: string;
  /** Hex SHA-256 of the raw input, when the caller computed it (ingest from files does). */
  sha256?: string;
}

/**
 * Maps a range of the document text back to the raw source. For plain text the map is empty
 * (text offsets are source offsets); for HTML each segment maps a run of extracted text to the
 * markup range it came from.
 */
export interface SourceSegment {
  text: Range;
  source: Range;
  /** For captions and speech-to-text segments: which cue the text came from, when and by whom it was spoken. */
  cue?: SourceCue;
}

/** A caption or transcript segment; times are absent for untimed transcripts. `line` is 1-based in the source. */
export interface SourceCue {
  index: number;
  startMs?: number;
  endMs?: number;
  speaker?: string;
  line?: number;
}

export interface DocumentMetadata {
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
}

/** A document: frozen text plus named layers of annotations over it. */
export interface VerbatimDocument {
  readonly id: string;
  readonly text: string;
  readonly source: DocumentSource;
  readonly sourceMap: readonly SourceSegment[];
  readonly metadata: DocumentMetadata;
  layers: Partial<Layers>;
  messages: Message[];
}

export function createDocument(init: {
  id: string;
  text: string;
  source?: DocumentSource;
  sourceMap?: SourceSegment[];
  metadata?: DocumentMetadata;
  messages?: Message[];
}): VerbatimDocument {
  return {
    id: init.id,
    text: init.text,
    source: init.source ?? { kind: 'text' },
    sourceMap: init.sourceMap ?? [],
    metadata: init.metadata ?? {},
    layers: {},
    messages: init.messages ?? [],
  };
}
