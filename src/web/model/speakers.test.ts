import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../index.js';
import { buildSpeakerModel, initialsOf, UNATTRIBUTED_KEY } from './speakers.js';

test('initials skip determiners and stay short', () => {
  assert.equal(initialsOf('Marisol Okafor'), 'MO');
  assert.equal(initialsOf('A port spokesperson'), 'PS');
  assert.equal(initialsOf('Mayor Henrik van Salo'), 'MS');
  assert.equal(initialsOf('Okafor'), 'Ok');
  assert.equal(initialsOf('“”'), '?');
  assert.equal(initialsOf('Émile Zola'), 'ÉZ');
});

test('one entry per speaker with every quote, most quoted first, each with its own style', () => {
  const view = extract(
    '“We sail at six,” captain Ines Varga said. “Be early.”\n\n“The pier is closed,” said Tomas Berg, a harbour guard.\n\n“Nobody told us.”',
  );
  const model = buildSpeakerModel(view);
  const total = model.speakers.reduce((sum, speaker) => sum + speaker.quotes.length, 0);
  assert.equal(total, view.quotes.length);
  for (const quote of view.quotes) assert.ok(model.byQuote.get(quote.id)!.quotes.includes(quote));
  const styles = model.speakers.filter((speaker) => speaker.key !== UNATTRIBUTED_KEY).map((speaker) => speaker.style.className);
  assert.equal(new Set(styles).size, styles.length);
  for (let index = 1; index < model.speakers.length; index++) {
    const previous = model.speakers[index - 1]!;
    if (previous.key !== UNATTRIBUTED_KEY && model.speakers[index]!.key !== UNATTRIBUTED_KEY)
      assert.ok(previous.quotes.length >= model.speakers[index]!.quotes.length);
  }
  const badges = model.speakers.map((speaker) => speaker.badge);
  assert.equal(new Set(badges).size, badges.length);
});

test('unattributed quotes form their own grey group, listed last', () => {
  const view = extract('“Nobody told us anything.”\n\n“The pier is closed,” said Tomas Berg.');
  const model = buildSpeakerModel(view);
  const unattributed = model.speakers.find((speaker) => speaker.key === UNATTRIBUTED_KEY);
  if (unattributed === undefined) return;
  assert.equal(model.speakers[model.speakers.length - 1], unattributed);
  assert.equal(unattributed.style.className, 'sp-none');
});
