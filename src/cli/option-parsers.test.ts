import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InvalidArgumentError } from 'commander';
import { parseSeconds, parseSize, parseWholeNumber } from './option-parsers.js';

describe('option parsers', () => {
  it('parses sizes with binary units', () => {
    assert.equal(parseSize('1000'), 1000);
    assert.equal(parseSize('64KiB'), 64 * 1024);
    assert.equal(parseSize('32M'), 32 * 1024 * 1024);
    assert.equal(parseSize('1 GiB'), 1024 ** 3);
    for (const bad of ['', 'MiB', '-5', '1.5M', '10 parsecs', '0']) assert.throws(() => parseSize(bad), InvalidArgumentError, bad);
  });

  it('parses whole numbers and seconds', () => {
    assert.equal(parseWholeNumber('0'), 0);
    assert.equal(parseWholeNumber('8'), 8);
    for (const bad of ['', '-1', '2.5', 'two']) assert.throws(() => parseWholeNumber(bad), InvalidArgumentError, bad);
    assert.equal(parseSeconds('0.5'), 0.5);
    for (const bad of ['0', '-3', 'soon']) assert.throws(() => parseSeconds(bad), InvalidArgumentError, bad);
  });
});
