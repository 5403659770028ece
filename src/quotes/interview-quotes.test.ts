import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isEditedInterview } from './interview-quotes.js';

describe('isEditedInterview', () => {
  test('reads the notes outlets put on edited interviews', () => {
    for (const note of [
      'The interview has been edited and condensed.',
      'This conversation was lightly edited.',
      'Questions and answers have been edited for length and clarity.',
      'Answers were condensed for space.',
      'The exchange below has been edited and shortened for brevity.',
    ])
      assert.ok(isEditedInterview(note), note);
  });

  test('an edited book, an editor, or an interview far from the word "edited" is no such note', () => {
    for (const text of [
      'The anthology was edited by Ruiz.',
      'She edited the Gazette for a decade.',
      'In an interview last year, which ran long and touched on every subject the council had debated, she said the plan was edited.',
    ])
      assert.ok(!isEditedInterview(text), text);
  });
});
