import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyNameTokens, TOKENS_POSITIVE, TOKENS_STRONG, TOKENS_WEAK } from './class-tokens.js';

test('class and id words: furniture, weak furniture and content', () => {
  const cases: Array<[string, number]> = [
    ['ad-slot', TOKENS_STRONG],
    ['div-gpt-ad-1234', TOKENS_STRONG],
    ['shareBar', TOKENS_STRONG],
    ['related_stories', TOKENS_STRONG],
    ['most-read', TOKENS_STRONG],
    ['pull-quote', TOKENS_STRONG],
    ['sr-only', TOKENS_STRONG],
    ['article-comments', TOKENS_STRONG | TOKENS_POSITIVE],
    ['site-header', TOKENS_WEAK],
    ['article-header', TOKENS_WEAK | TOKENS_POSITIVE],
    ['story-body text-large', TOKENS_POSITIVE],
    ['head shadow loaded', 0],
    ['pull-right', 0],
    ['', 0],
  ];
  for (const [value, expected] of cases) assert.equal(classifyNameTokens(value), expected, value);
});
