import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatClock, parseClock } from './clock.js';

test('clocks round-trip and bad ones are refused', () => {
  assert.equal(formatClock(11_800), '00:00:11.800');
  assert.equal(formatClock(3_723_004), '01:02:03.004');
  assert.equal(parseClock('00:00:11.800'), 11_800);
  assert.equal(parseClock('01:02:03,004'), 3_723_004);
  assert.equal(parseClock('2:05'), 125_000);
  assert.equal(parseClock('7.5'), 7_500);
  for (const bad of ['', 'abc', '1:2:3:4', '00::01', '1.2:03', '-1']) assert.equal(parseClock(bad), undefined, bad);
});
