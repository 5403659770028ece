import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Sentence } from '../model/layers.js';
import { createTokenView, type TokenView } from '../segment/token-view.js';
import { tokenize } from '../segment/tokens.js';
import { quantitySubject } from './quantity-subjects.js';

function viewOf(text: string): TokenView {
  const sentences: Sentence[] = [{ id: 's0', start: 0, end: text.length, paragraph: 0 }];
  return createTokenView(text, tokenize(text, sentences));
}

/** The quantity subject of the verb `verb` in a one-sentence text, as text, or undefined. */
function subjectBefore(text: string, verb: string): string | undefined {
  const view = viewOf(text);
  let verbIndex = -1;
  for (let index = 0; index < view.count && verbIndex < 0; index++) if (view.raw(index) === verb) verbIndex = index;
  assert.ok(verbIndex > 0, `no token ${verb}`);
  const phrase = quantitySubject(view, verbIndex - 1);
  return phrase === undefined ? undefined : text.slice(view.start(phrase.first), view.end(phrase.last));
}

describe('quantitySubject', () => {
  test('reads shares: percentages, "one in five", fractions, "a majority"', () => {
    assert.equal(subjectBefore('Sixty-six percent said the plan made no difference.', 'said'), 'Sixty-six percent');
    assert.equal(
      subjectBefore('In the poll, 62 percent of likely voters said they trusted the council.', 'said'),
      '62 percent of likely voters',
    );
    assert.equal(subjectBefore('About one in five voters say they would stay home.', 'say'), 'About one in five voters');
    assert.equal(subjectBefore('Nine out of 10 riders say the buses are late.', 'say'), 'Nine out of 10 riders');
    assert.equal(subjectBefore('Three-quarters of the tenants said rents were too high.', 'said'), 'Three-quarters of the tenants');
    assert.equal(subjectBefore('A majority of residents say they distrust the council.', 'say'), 'A majority of residents');
    assert.equal(subjectBefore('Among renters, 58% said the city should act.', 'said'), '58%');
    assert.equal(subjectBefore('More than 1,200 of those polled said the water tasted odd.', 'said'), 'More than 1,200 of those polled');
    assert.equal(subjectBefore('Some 40 per cent of members said the dues were fair.', 'said'), 'Some 40 per cent of members');
  });

  test('reads quantifiers and counts of a group only where they open a clause', () => {
    assert.equal(subjectBefore('Many said the vote was rushed.', 'said'), 'Many');
    assert.equal(subjectBefore('The hall emptied, and others said they would wait.', 'said'), 'others');
    assert.equal(subjectBefore('Three of the drivers said the road was icy.', 'said'), 'Three of the drivers');
    assert.equal(subjectBefore('The promises many made were broken.', 'made'), undefined);
  });

  test('leaves counts, possessives and non-group tails to the other rules', () => {
    // a bare count, or a count before its noun, is a descriptor ("three drivers"), not a share
    assert.equal(subjectBefore('Three said the road was icy.', 'said'), undefined);
    assert.equal(subjectBefore('Three drivers said the road was icy.', 'said'), undefined);
    assert.equal(subjectBefore('Two of Ruiz’s aides said the memo was old.', 'said'), 'Two of Ruiz’s aides');
    assert.equal(subjectBefore('Ten percent of Ruiz’s wrote back.', 'wrote'), undefined);
    assert.equal(subjectBefore('One of the biggest worries is the cost.', 'worries'), undefined);
    assert.equal(subjectBefore('The mayor said the plan was sound.', 'said'), undefined);
    // a clause word breaks the phrase: the share is not the subject of the verb after "who"
    assert.equal(subjectBefore('Ruiz won 60 percent of voters who said rent mattered.', 'said'), undefined);
  });
});
