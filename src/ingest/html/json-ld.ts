/**
 * Reads article facts from `<script type="application/ld+json">` blocks: datePublished, headline, url and
 * the publisher's name, from the first node typed as an article (NewsArticle, ReportageNewsArticle,
 * BlogPosting ...), else from the first node that has them. `@graph` arrays and `{ "@id": ... }` references
 * to the publisher are followed. The walk is iterative and visits at most MAX_NODES nodes.
 */

export interface JsonLdFacts {
  datePublished?: string;
  headline?: string;
  url?: string;
  publisherName?: string;
}

type JsonObject = Record<string, unknown>;

const MAX_NODES = 5000;
const MAX_SCRIPT_LENGTH = 1_000_000;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((item): item is string => typeof item === 'string') : [];
}

function isArticleNode(node: JsonObject): boolean {
  return typesOf(node).some(
    (type) => type.endsWith('Article') || type === 'BlogPosting' || type === 'Report' || type === 'LiveBlogPosting',
  );
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return stringOf(value[0]);
  return undefined;
}

/** Parses one JSON-LD script; malformed JSON is ignored. */
export function parseJsonLd(text: string): unknown {
  if (text.length > MAX_SCRIPT_LENGTH) return undefined;
  let body = text.trim();
  // Some CMSes wrap the JSON in an HTML comment or CDATA marker.
  if (body.startsWith('<!--')) body = body.slice(4);
  if (body.endsWith('-->')) body = body.slice(0, -3);
  if (body.startsWith('//<![CDATA[')) body = body.slice(11);
  if (body.endsWith('//]]>')) body = body.slice(0, -5);
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** Collects every object node of the parsed scripts, breadth-first, without recursion. */
function collectNodes(values: readonly unknown[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  const queue: unknown[] = [...values];
  for (let head = 0; head < queue.length && nodes.length < MAX_NODES; head++) {
    const value = queue[head];
    if (Array.isArray(value)) {
      for (const item of value) queue.push(item);
    } else if (isObject(value)) {
      nodes.push(value);
      for (const key in value) {
        const child = value[key];
        if (typeof child === 'object' && child !== null) queue.push(child);
      }
    }
    // Bounded queue: a hostile script with millions of nested arrays stops here.
    if (queue.length > MAX_NODES * 4) break;
  }
  return nodes;
}

function publisherName(node: JsonObject, byId: ReadonlyMap<string, JsonObject>): string | undefined {
  let publisher = node.publisher;
  if (Array.isArray(publisher)) publisher = publisher[0];
  if (!isObject(publisher)) return undefined;
  const name = stringOf(publisher.name);
  if (name !== undefined) return name;
  const reference = publisher['@id'];
  return typeof reference === 'string' ? stringOf(byId.get(reference)?.name) : undefined;
}

function urlOf(node: JsonObject): string | undefined {
  const url = stringOf(node.url);
  if (url !== undefined) return url;
  const page = node.mainEntityOfPage;
  if (typeof page === 'string') return stringOf(page);
  return isObject(page) ? (stringOf(page['@id']) ?? stringOf(page.url)) : undefined;
}

export function readJsonLdFacts(values: readonly unknown[]): JsonLdFacts {
  const nodes = collectNodes(values);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  const ordered = [...nodes.filter(isArticleNode), ...nodes.filter((node) => !isArticleNode(node))];
  const facts: JsonLdFacts = {};
  for (const node of ordered) {
    facts.datePublished ??= stringOf(node.datePublished);
    facts.publisherName ??= publisherName(node, byId);
    if (isArticleNode(node)) {
      facts.headline ??= stringOf(node.headline);
      facts.url ??= urlOf(node);
    }
  }
  return facts;
}
