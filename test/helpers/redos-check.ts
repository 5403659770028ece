/**
 * Wraps recheck's `checkSync` for the ReDoS gate: one verdict per pattern, with the attack string
 * and complexity when the pattern can backtrack super-linearly. Runs recheck's pure-JS backend in
 * process (no native agent or Java child process is left behind), unless RECHECK_SYNC_BACKEND says otherwise.
 */
import { checkSync, type Diagnostics } from 'recheck';

export interface RedosVerdict {
  source: string;
  flags: string;
  status: Diagnostics['status'];
  /** e.g. "exponential", "2nd degree polynomial", "linear"; for `unknown`, the error kind. */
  complexity: string;
  /** The attack string recheck built, for vulnerable patterns (shortened for display). */
  attack?: string;
  /** The attack as prefix + pump * n + suffix, to build longer hostile inputs. */
  pumps?: Array<{ prefix: string; pump: string }>;
  suffix?: string;
  error?: string;
}

export const DEFAULT_RECHECK_TIMEOUT_MS = 20_000;

export function checkRegex(source: string, flags: string, timeoutMs = DEFAULT_RECHECK_TIMEOUT_MS): RedosVerdict {
  process.env.RECHECK_SYNC_BACKEND ??= 'pure';
  // Only these flags change matching; recheck rejects `d`, and `g`/`y` do not change backtracking.
  const relevantFlags = [...flags].filter((flag) => 'imsuv'.includes(flag)).join('');
  let diagnostics: Diagnostics;
  try {
    diagnostics = checkSync(source, relevantFlags, { timeout: timeoutMs, randomSeed: 0 });
  } catch (error) {
    return { source, flags, status: 'unknown', complexity: 'error', error: error instanceof Error ? error.message : String(error) };
  }
  switch (diagnostics.status) {
    case 'safe':
      return { source, flags, status: 'safe', complexity: diagnostics.complexity.summary };
    case 'vulnerable':
      return {
        source,
        flags,
        status: 'vulnerable',
        complexity: diagnostics.complexity.summary,
        attack: describeAttack(diagnostics.attack),
        pumps: diagnostics.attack.pumps.map(({ prefix, pump }) => ({ prefix, pump })),
        suffix: diagnostics.attack.suffix,
      };
    default: {
      const { error } = diagnostics;
      const detail = 'message' in error ? `${error.kind}: ${error.message}` : error.kind;
      return { source, flags, status: 'unknown', complexity: error.kind, error: detail };
    }
  }
}

/** Builds an attack string of about `length` characters from recheck's pumps. */
export function buildAttack(verdict: RedosVerdict, length: number): string | undefined {
  if (verdict.pumps === undefined || verdict.pumps.length === 0) return undefined;
  const fixed = verdict.pumps.reduce((total, { prefix }) => total + prefix.length, 0) + (verdict.suffix?.length ?? 0);
  const perPump = Math.max(1, Math.floor((length - fixed) / verdict.pumps.length));
  let attack = '';
  for (const { prefix, pump } of verdict.pumps) {
    attack += prefix + (pump.length === 0 ? '' : pump.repeat(Math.max(1, Math.floor(perPump / pump.length))));
  }
  return attack + (verdict.suffix ?? '');
}

/** `prefix + pump×n + suffix`, readable even when the attack string is thousands of characters. */
function describeAttack(attack: { pumps: Array<{ prefix: string; pump: string }>; suffix: string; string: string }): string {
  if (attack.pumps.length === 0) return shorten(attack.string);
  const parts: string[] = [];
  for (const { prefix, pump } of attack.pumps) {
    if (prefix !== '') parts.push(shorten(prefix));
    parts.push(`${shorten(pump)}×n`);
  }
  if (attack.suffix !== '') parts.push(shorten(attack.suffix));
  return parts.join(' + ');
}

function shorten(text: string): string {
  const visible = JSON.stringify(text);
  return visible.length <= 60 ? visible : `${visible.slice(0, 50)}…" (${text.length} chars)`;
}
