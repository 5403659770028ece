/**
 * Which entity each mention belongs to, and with what confidence, read from the entities' links: two
 * typed arrays by mention position rather than a Map of an object per mention (an article has
 * hundreds of mentions, and the stages that ask look up only a few).
 */
import type { Entity, Mention } from '../model/layers.js';
import { indexById } from '../model/span.js';
import { LastEntryCache } from '../pipeline/last-entry-cache.js';

export interface MentionLink {
  entity: string;
  confidence: number;
}

export interface MentionLinks {
  get(mentionId: string): MentionLink | undefined;
}

/** Layers are never changed once written: the links of a document are built once for the stages that ask. */
const built = new LastEntryCache<readonly Entity[], { mentions: readonly Mention[]; links: MentionLinks }>();

export function mentionLinks(mentions: readonly Mention[], entities: readonly Entity[]): MentionLinks {
  const known = built.get(entities);
  if (known !== undefined && known.mentions === mentions) return known.links;
  const links = buildLinks(mentions, entities);
  built.set(entities, { mentions, links });
  return links;
}

function buildLinks(mentions: readonly Mention[], entities: readonly Entity[]): MentionLinks {
  // both tables in one buffer: a typed array's buffer is an allocation outside the heap, of the costly kind
  const buffer = new ArrayBuffer(mentions.length * 12);
  const confidenceOf = new Float64Array(buffer, 0, mentions.length);
  const entityOf = new Int32Array(buffer, mentions.length * 8, mentions.length).fill(-1);
  for (let entity = 0; entity < entities.length; entity++) {
    for (const link of entities[entity]!.links) {
      const mention = indexById(mentions, link.mention);
      if (mention < 0) continue;
      entityOf[mention] = entity;
      confidenceOf[mention] = link.confidence;
    }
  }
  return {
    get(mentionId) {
      const mention = indexById(mentions, mentionId);
      const entity = mention < 0 ? -1 : entityOf[mention]!;
      return entity < 0 ? undefined : { entity: entities[entity]!.id, confidence: confidenceOf[mention]! };
    },
  };
}
