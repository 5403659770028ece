import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergePeople, type SpeakerForm } from './merge-people.js';
import { areFirstNamesCompatible, parsePersonName } from './person-name.js';

describe('parsePersonName', () => {
  it('drops titles and suffixes and keeps surname particles', () => {
    assert.deepEqual(parsePersonName('Police Chief Mireya Solberg'), {
      key: 'mireya solberg',
      surname: 'solberg',
      given: ['mireya'],
      isTitled: true,
    });
    assert.deepEqual(parsePersonName('Sen. Dov Aranda Jr.'), { key: 'dov aranda', surname: 'aranda', given: ['dov'], isTitled: true });
    assert.deepEqual(parsePersonName('Anouk van der Stroom')?.surname, 'van der stroom');
    assert.deepEqual(parsePersonName('Mayor Kestrel')?.given, []);
    assert.deepEqual(parsePersonName("Vereker's")?.key, 'vereker');
  });
  it('refuses descriptors and bare titles', () => {
    assert.equal(parsePersonName('the harbour master'), null);
    assert.equal(parsePersonName('Mayor'), null);
    assert.equal(parsePersonName(''), null);
  });
});

describe('areFirstNamesCompatible', () => {
  it('accepts initials, short forms and nicknames, and refuses other names', () => {
    for (const [a, b] of [
      ['tom', 'thomas'],
      ['j', 'joseph'],
      ['joe', 'joseph'],
      ['bill', 'william'],
      ['alex', 'alexander'],
      ['ines', 'ines'],
    ])
      assert.ok(areFirstNamesCompatible(a!, b!), `${a} ~ ${b}`);
    for (const [a, b] of [
      ['tom', 'ines'],
      ['j', 'mara'],
      ['joe', 'john'],
      ['al', 'alice'],
    ])
      assert.ok(!areFirstNamesCompatible(a!, b!), `${a} !~ ${b}`);
  });
});

function form(name: string, quotes = 1): SpeakerForm {
  const parsed = parsePersonName(name)!;
  return { key: parsed.key, surname: parsed.surname, given: parsed.given, name, quotes };
}

describe('mergePeople', () => {
  it('merges the forms of one person and keeps a namesake apart', () => {
    const people = mergePeople([form('Joseph Kessel', 3), form('Joe Kessel'), form('J. Kessel'), form('Ada Kessel', 2)]);
    assert.deepEqual(
      people.map((person) => [person.name, [...person.variants].sort(), person.quotes]),
      [
        ['Joseph Kessel', ['J. Kessel', 'Joe Kessel', 'Joseph Kessel'], 5],
        ['Ada Kessel', ['Ada Kessel'], 2],
      ],
    );
  });
  it('keeps an initial that fits two people apart from both', () => {
    const people = mergePeople([form('Joseph Kessel'), form('Jana Kessel'), form('J. Kessel')]);
    assert.equal(people.length, 3);
  });
  it('gives a bare surname to the only person, or by co-occurrence, or leaves it unresolved', () => {
    assert.equal(mergePeople([form('Joe Kessel'), form('Kessel', 2)]).length, 1);
    const forms = [form('Joe Kessel'), form('Ada Kessel'), form('Kessel', 3)];
    const evidence = {
      documentsByKey: new Map([
        ['joe kessel', [1]],
        ['ada kessel', [2]],
        ['kessel', [3, 4]],
      ]),
      speakersByDocument: new Map([
        [1, ['joe kessel', 'lia moreau']],
        [2, ['ada kessel', 'pim osei']],
        [3, ['kessel', 'lia moreau']],
        [4, ['kessel']],
      ]),
      surnameOnlyDocuments: new Map([
        [3, 2],
        [4, 1],
      ]),
    };
    const people = mergePeople(forms, evidence);
    assert.deepEqual(
      people.map((person) => [person.name, person.surnameDocuments, person.quotes]),
      [
        ['Joe Kessel', [3], 3],
        ['Ada Kessel', [], 1],
        ['Kessel', [4], 1],
      ],
    );
  });
});
