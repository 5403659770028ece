import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeDate } from './dates.js';

test('normalizeDate keeps dates as dates and date-times as written', () => {
  const cases: Array<[string, string | undefined]> = [
    ['2031-04-09', '2031-04-09'],
    ['2031-04-09T07:45:00+01:00', '2031-04-09T07:45:00+01:00'],
    ['2031-04-09T07:45:00.123Z', '2031-04-09T07:45:00.123Z'],
    ['2031-04-09 07:45', '2031-04-09T07:45'],
    ['2031-04-09T07:45:00+0100', '2031-04-09T07:45:00+01:00'],
    ['2031-04-09T07:45:00 GMT', '2031-04-09T07:45:00Z'],
    ['  2031/4/9 ', '2031-04-09'],
    ['20310409', '2031-04-09'],
    ['April 9, 2031', '2031-04-09'],
    ['Wednesday, 9th April 2031', '2031-04-09'],
    ['9 Apr. 2031', '2031-04-09'],
    ['Sept 30, 2031', '2031-09-30'],
    ['Wed, 09 Apr 2031 07:45:00 GMT', '2031-04-09T07:45:00Z'],
    ['Wed, 09 Apr 2031 07:45:00 -0500', '2031-04-09T07:45:00-05:00'],
    ['April 9, 2031 7:45 pm', '2031-04-09'],
    ['Published on April 9, 2031', '2031-04-09'],
    ['2031-02-30', undefined],
    ['2031-13-01', undefined],
    ['2031-04-09T25:00', undefined],
    ['yesterday', undefined],
    ['', undefined],
    ['9 Apples 2031', undefined],
    ['1712345678', undefined],
    ['2031-04-09T07:45:00+01:00 and more', undefined],
  ];
  for (const [raw, expected] of cases) assert.equal(normalizeDate(raw), expected, raw);
});
