/** Parsers for option values; each throws commander's InvalidArgumentError, which becomes a usage error (exit 2). */
import { InvalidArgumentError } from 'commander';

/** A whole number >= 0: `--workers 4`. */
export function parseWholeNumber(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || number < 0) {
    throw new InvalidArgumentError(`Expected a whole number (0, 1, 2 ...), found "${value}".`);
  }
  return number;
}

/** Seconds, possibly fractional, > 0: `--timeout 30`. */
export function parseSeconds(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0) {
    throw new InvalidArgumentError(`Expected a number of seconds above 0, found "${value}".`);
  }
  return number;
}

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/** A size in bytes, with an optional binary unit: `1000`, `64KiB`, `32M`, `1 GiB` (K, M, G are powers of 1024). */
export function parseSize(value: string): number {
  let index = 0;
  while (index < value.length && value.charCodeAt(index) >= 48 && value.charCodeAt(index) <= 57) index++;
  const digits = value.slice(0, index);
  const unit = value.slice(index).trim().toLowerCase();
  const multiplier = UNITS[unit];
  if (digits === '' || multiplier === undefined || Number(digits) * multiplier < 1) {
    throw new InvalidArgumentError(`Expected a size such as 1048576, 512KiB or 32MiB, found "${value}".`);
  }
  return Number(digits) * multiplier;
}
