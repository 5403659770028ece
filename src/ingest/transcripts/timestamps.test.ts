import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatClock, looksLikeClock, parseClock } from './timestamps.js';

describe('parseClock', () => {
  it('reads hours, minutes, seconds and a fraction with "." or ","', () => {
    assert.deepEqual(parseClock('01:02:03.456'), { ms: 3_723_456 });
    assert.deepEqual(parseClock('02:03,5'), { ms: 123_500 });
    assert.deepEqual(parseClock('123:00:00.000'), { ms: 442_800_000 });
    assert.deepEqual(parseClock('0:12:31'), { ms: 751_000 });
  });

  it('refuses out-of-range fields, stray characters and missing parts with a reason', () => {
    for (const bad of ['00:61:00', '00:00:60.000', '00:1x:00', '12', '1:2:3:4', '00::01', '00:00:01.1234']) {
      const result = parseClock(bad);
      assert.ok('error' in result, bad);
      assert.match(result.error, /Unexpected/);
    }
  });

  it('in strict mode (WebVTT, SRT) needs two-digit fields and milliseconds', () => {
    assert.ok('error' in parseClock('0:1:02.000', { isStrict: true, needsFraction: true }));
    assert.ok('error' in parseClock('00:01:02', { isStrict: true, needsFraction: true }));
    assert.deepEqual(parseClock('01:02.000', { isStrict: true, needsFraction: true }), { ms: 62_000 });
  });
});

describe('formatClock and looksLikeClock', () => {
  it('formats HH:MM:SS.mmm and rounds to the millisecond', () => {
    assert.equal(formatClock(0), '00:00:00.000');
    assert.equal(formatClock(3_723_456.4), '01:02:03.456');
    assert.equal(formatClock(100 * 3_600_000), '100:00:00.000');
  });

  it('tells a clock from other bracketed text', () => {
    assert.equal(looksLikeClock('00:12:31'), true);
    assert.equal(looksLikeClock('00:7x:31'), true);
    assert.equal(looksLikeClock('laughs'), false);
    assert.equal(looksLikeClock('12 noon: lunch'), false);
  });
});
