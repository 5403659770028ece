import assert from 'node:assert/strict';
import test from 'node:test';
import { findParagraphs } from './paragraphs.js';
import { findQuoteMarks } from './quote-marks.js';

function pairs(text: string): string[] {
  const { marks } = findQuoteMarks(text, findParagraphs(text));
  const byId = new Map(marks.map((mark) => [mark.id, mark]));
  return marks
    .filter((mark) => mark.role === 'open' && mark.pair !== undefined)
    .map((mark) => text.slice(mark.end, byId.get(mark.pair!)!.start));
}

test('pairs the marks of every style', () => {
  assert.deepEqual(pairs('“Curly,” he said. "Straight," she said.'), ['Curly,', 'Straight,']);
  assert.deepEqual(pairs('«Bonjour», dit-il. „Guten Tag“, sagte sie.'), ['Bonjour', 'Guten Tag']);
  assert.deepEqual(pairs("She called it ''a disaster,'' then left."), ['a disaster,']);
  assert.deepEqual(pairs('‘I saw Jones’ car,’ he said.'), ['I saw Jones’ car,']);
});

test('apostrophes and measurements are not marks', () => {
  assert.deepEqual(pairs("Don't go; the '90s were Jones' era, rock ’n’ roll."), []);
  const { marks, messages } = findQuoteMarks('He is 6\'2" tall.', findParagraphs('He is 6\'2" tall.'));
  assert.deepEqual(marks, []);
  assert.deepEqual(messages, []);
});

test('a quotation left open at a paragraph end continues when the next paragraph reopens it', () => {
  const text = '“First paragraph.\n\n“Second paragraph,” he said.';
  const { marks } = findQuoteMarks(text, findParagraphs(text));
  const reopen = marks.find((mark) => mark.continues !== undefined);
  assert.equal(reopen?.continues, marks[0]!.id);
  assert.equal(marks[0]!.pair, marks[2]!.id);
});

test('an unclosed quotation is a message, not an exception', () => {
  const text = '“Unclosed paragraph.\n\nNext one.';
  const { messages } = findQuoteMarks(text, findParagraphs(text));
  assert.deepEqual(
    messages.map((message) => message.ruleId),
    ['quotes/unclosed-mark'],
  );
});

test('stray marks get at most 100 messages and one summary', () => {
  const text = 'word” '.repeat(150);
  const { messages } = findQuoteMarks(text, findParagraphs(text));
  assert.equal(messages.length, 101);
  assert.match(messages[100]!.reason, /^50 more quotes\/stray-mark findings/u);
});
