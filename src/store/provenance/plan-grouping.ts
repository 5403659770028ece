/**
 * Incremental provenance grouping, run inside the transaction that stores a batch. Each new traceable
 * quote joins the quotes it nearly duplicates: one with the same normalized wording (looked up by its
 * wording hash, no comparison needed), or one that shares an LSH band key and passes the similarity
 * check. Groups are connected components of that relation (single linkage), so the grouping does not
 * depend on the order documents arrive in, only on which pairs are near-duplicates.
 *
 * Storage stays small for quotes copied thousands of times: a wording is recorded once (its first
 * quote), and a band key is recorded for a quote only when no quote of the same group holds it yet.
 * Because every band key of every member stays reachable from its group, a later near-duplicate of
 * any member still finds the group. When a quote links groups, the smaller groups are relabelled into
 * the largest (fewest rows rewritten); a new group takes the smallest row id among its quotes.
 *
 * The planner only reads (through `GroupingLookups`) and returns what to write; the caller applies the
 * plan in the same transaction, which is why concurrent writers must be serialized around it (SQLite's
 * write lock; an advisory lock in PostgreSQL).
 */
import { isNearDuplicate } from './minhash.js';

/** Candidates compared per new quote at most (a stock phrase can share a band key with thousands of quotes). */
const MAX_COMPARISONS = 40;

export interface NewTraceableQuote {
  rowId: number;
  wordingHash: number;
  bandKeys: readonly number[];
  traceTerms: string;
}

export interface ExistingQuoteInfo {
  traceTerms: string;
  groupId: number | null;
}

/** Reads the stored state the planner needs; each is one query. */
export interface GroupingLookups {
  /** The first stored quote of each wording, by wording hash. */
  wordings(hashes: readonly number[]): Promise<Map<number, number>>;
  /** Stored band rows with these keys. */
  bands(keys: readonly number[]): Promise<Array<{ key: number; rowId: number }>>;
  quotes(rowIds: readonly number[]): Promise<Map<number, ExistingQuoteInfo>>;
  groupSizes(groupIds: readonly number[]): Promise<Map<number, number>>;
}

export interface GroupingPlan {
  /** Group of each new quote (null: alone so far). */
  groupOf: Map<number, number | null>;
  /** Stored quotes that were alone and now join a group. */
  joins: Array<{ rowId: number; groupId: number }>;
  /** Stored groups merged into another group. */
  relabels: Array<{ from: number; to: number }>;
  /** Final size of every group created or changed. */
  sizes: Map<number, number>;
  /** Groups that no longer exist (merged away). */
  removedGroups: number[];
  newWordings: Array<{ hash: number; rowId: number }>;
  newBands: Array<{ key: number; rowId: number }>;
}

/** Union-find over node names: "n<row>" new quote, "e<row>" stored quote alone, "g<id>" stored group. */
class Components {
  private readonly parent = new Map<string, string>();
  find(node: string): string {
    let root = node;
    for (let next = this.parent.get(root); next !== undefined && next !== root; next = this.parent.get(root)) root = next;
    let current = node;
    while (current !== root) {
      const next = this.parent.get(current) ?? root;
      this.parent.set(current, root);
      current = next;
    }
    return root;
  }
  union(first: string, second: string): void {
    this.add(first);
    this.add(second);
    const a = this.find(first);
    const b = this.find(second);
    if (a !== b) this.parent.set(a < b ? b : a, a < b ? a : b);
  }
  nodes(): string[] {
    return [...this.parent.keys()];
  }
  add(node: string): void {
    if (!this.parent.has(node)) this.parent.set(node, node);
  }
}

export async function planGrouping(newQuotes: readonly NewTraceableQuote[], lookups: GroupingLookups): Promise<GroupingPlan> {
  const plan: GroupingPlan = {
    groupOf: new Map(),
    joins: [],
    relabels: [],
    sizes: new Map(),
    removedGroups: [],
    newWordings: [],
    newBands: [],
  };
  if (newQuotes.length === 0) return plan;

  const storedWordings = await lookups.wordings([...new Set(newQuotes.map((quote) => quote.wordingHash))]);
  // Quotes whose wording is new to the corpus and to the batch are the only ones compared by bands.
  const firstOfWording = new Map<number, NewTraceableQuote>();
  const needsBands: NewTraceableQuote[] = [];
  for (const quote of newQuotes) {
    if (storedWordings.has(quote.wordingHash) || firstOfWording.has(quote.wordingHash)) continue;
    firstOfWording.set(quote.wordingHash, quote);
    needsBands.push(quote);
  }
  const storedBands = await lookups.bands([...new Set(needsBands.flatMap((quote) => quote.bandKeys))]);
  const storedRowsByKey = new Map<number, number[]>();
  for (const row of storedBands) {
    const rows = storedRowsByKey.get(row.key);
    if (rows === undefined) storedRowsByKey.set(row.key, [row.rowId]);
    else rows.push(row.rowId);
  }
  const storedQuotes = await lookups.quotes([...new Set([...storedWordings.values(), ...storedBands.map((row) => row.rowId)])]);

  const components = new Components();
  const nodeOfStored = (rowId: number): string => {
    const groupId = storedQuotes.get(rowId)?.groupId ?? null;
    return groupId === null ? `e${rowId}` : `g${groupId}`;
  };
  const wordCache = new Map<string, string[]>();
  const wordsOfQuote = (node: string, terms: string): string[] => {
    let words = wordCache.get(node);
    if (words === undefined) {
      words = terms.length === 0 ? [] : terms.split(' ');
      wordCache.set(node, words);
    }
    return words;
  };
  const batchRowsByKey = new Map<number, number[]>();
  const newByRowId = new Map(newQuotes.map((quote) => [quote.rowId, quote]));

  for (const quote of newQuotes) {
    const node = `n${quote.rowId}`;
    components.add(node);
    const storedWording = storedWordings.get(quote.wordingHash);
    if (storedWording !== undefined) {
      components.union(node, nodeOfStored(storedWording));
      continue;
    }
    const first = firstOfWording.get(quote.wordingHash)!;
    if (first !== quote) {
      components.union(node, `n${first.rowId}`);
      continue;
    }
    plan.newWordings.push({ hash: quote.wordingHash, rowId: quote.rowId });
    const own = wordsOfQuote(`q${quote.rowId}`, quote.traceTerms);
    // Candidates sharing more band keys are likelier near-duplicates: compare those first, and a bounded number.
    const sharedKeys = new Map<string, number>();
    for (const key of quote.bandKeys) {
      for (const rowId of storedRowsByKey.get(key) ?? []) sharedKeys.set(`s${rowId}`, (sharedKeys.get(`s${rowId}`) ?? 0) + 1);
      for (const rowId of batchRowsByKey.get(key) ?? []) sharedKeys.set(`b${rowId}`, (sharedKeys.get(`b${rowId}`) ?? 0) + 1);
    }
    const candidates = [...sharedKeys.entries()]
      .sort((first, second) => second[1] - first[1] || (first[0] < second[0] ? -1 : 1))
      .slice(0, MAX_COMPARISONS);
    for (const [candidate] of candidates) {
      const rowId = Number(candidate.slice(1));
      const isStored = candidate.startsWith('s');
      const target = isStored ? nodeOfStored(rowId) : `n${rowId}`;
      const terms = isStored ? storedQuotes.get(rowId)?.traceTerms : newByRowId.get(rowId)?.traceTerms;
      // Already linked through another quote: no need to compare.
      if (terms === undefined || components.find(target) === components.find(node)) continue;
      if (isNearDuplicate(own, wordsOfQuote(`q${rowId}`, terms))) components.union(node, target);
    }
    // Record a band key only when no quote of this quote's component holds it already.
    const root = components.find(node);
    for (const key of quote.bandKeys) {
      const holders = [
        ...(storedRowsByKey.get(key) ?? []).map(nodeOfStored),
        ...(batchRowsByKey.get(key) ?? []).map((rowId) => `n${rowId}`),
      ];
      if (holders.some((holder) => components.find(holder) === root)) continue;
      plan.newBands.push({ key, rowId: quote.rowId });
      const rows = batchRowsByKey.get(key);
      if (rows === undefined) batchRowsByKey.set(key, [quote.rowId]);
      else rows.push(quote.rowId);
    }
  }

  // Settle each component: which group it becomes, who joins, which groups merge.
  const members = new Map<string, string[]>();
  for (const node of components.nodes()) {
    const root = components.find(node);
    const list = members.get(root);
    if (list === undefined) members.set(root, [node]);
    else list.push(node);
  }
  const storedGroupIds = [
    ...new Set(
      components
        .nodes()
        .filter((node) => node.startsWith('g'))
        .map((node) => Number(node.slice(1))),
    ),
  ];
  const storedSizes = await lookups.groupSizes(storedGroupIds);
  for (const nodes of members.values()) {
    const groups = nodes.filter((node) => node.startsWith('g')).map((node) => Number(node.slice(1)));
    const loners = nodes.filter((node) => node.startsWith('e')).map((node) => Number(node.slice(1)));
    const fresh = nodes.filter((node) => node.startsWith('n')).map((node) => Number(node.slice(1)));
    if (fresh.length === 0) continue;
    const size = groups.reduce((total, id) => total + (storedSizes.get(id) ?? 0), 0) + loners.length + fresh.length;
    if (size === 1) {
      plan.groupOf.set(fresh[0]!, null);
      continue;
    }
    const target =
      groups.length > 0
        ? groups.reduce((best, id) => {
            const bestSize = storedSizes.get(best) ?? 0;
            const idSize = storedSizes.get(id) ?? 0;
            return idSize > bestSize || (idSize === bestSize && id < best) ? id : best;
          })
        : Math.min(...loners, ...fresh);
    for (const id of groups) {
      if (id === target) continue;
      plan.relabels.push({ from: id, to: target });
      plan.removedGroups.push(id);
    }
    for (const rowId of loners) plan.joins.push({ rowId, groupId: target });
    for (const rowId of fresh) plan.groupOf.set(rowId, target);
    plan.sizes.set(target, size);
  }
  return plan;
}
