/**
 * Layer ids (`m0`, `q12` ...) shared across documents: every document names its first hundreds of
 * mentions, cues and quotes alike, so each id string is made once per process rather than once per
 * entry per document (a number-to-string conversion and an allocation each). Bounded per prefix.
 */
const CACHED_PER_PREFIX = 16_384;

/** The ids of one layer: a stage holds its own table, so naming an entry is one array read. */
export class LayerIds {
  private readonly ids: string[] = [];

  constructor(private readonly prefix: string) {}

  /** `prefix + index`, from the table when the index is small. */
  at(index: number): string {
    const { ids } = this;
    if (index < ids.length && index >= 0) return ids[index]!;
    if (index >= CACHED_PER_PREFIX || index < 0) return this.prefix + index;
    // filled in order, so the table has no holes
    while (ids.length <= index) ids.push(this.prefix + ids.length);
    return ids[index]!;
  }
}
