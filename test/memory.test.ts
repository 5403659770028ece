/**
 * The engine's caches outlive a document (name shapes, name words): they must not keep documents alive.
 * V8 keeps a slice of 13+ characters as a view of its parent text, so a cached slice would hold a whole
 * article; this feeds 40 articles of about 1 MB, each naming a different long-named person, and checks
 * that the heap after a full collection holds far less than the articles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import { extract } from '../src/index.js';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

test('caches across documents do not keep the documents alive', () => {
  const filler = 'the council met on a quiet evening and talked about the roads again. '.repeat(7_000);
  const letter = (index: number): string => String.fromCharCode(97 + (index % 26));
  const run = (from: number, to: number): void => {
    for (let index = from; index < to; index++) {
      const name = `Bartholomew Vandersloot${letter(index)}${letter(Math.floor(index / 26))}`;
      const text = `${name} said, “We will fix it.” ${filler} ${String(index)} Later ${name} added that ${name}’s plan works.`;
      assert.ok(extract(text).quotes.length > 0);
    }
  };
  run(0, 5); // caches and compiled code warm
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  run(5, 45);
  collectGarbage();
  const grown = process.memoryUsage().heapUsed - before;
  // 40 articles of ~1 MB each (one byte per character): retaining them would add ~40 MB
  assert.ok(grown < 8_000_000, `heap grew by ${(grown / 1e6).toFixed(1)} MB after 40 articles`);
});
