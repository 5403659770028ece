/**
 * A copy of a string that shares no memory with the text it was sliced from. V8 keeps a slice of 13 or
 * more characters as a view of its parent, so a cache that outlives a document and keeps a slice as a
 * key or value would keep the whole document alive; the copy is made by flattening a new string.
 */
export function ownedCopy(slice: string): string {
  return slice.length < 13 ? slice : (' ' + slice).slice(1);
}
