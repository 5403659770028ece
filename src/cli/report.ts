/** How the CLI speaks on stderr: `verbatim: <code> <message>` for errors, `verbatim: warning: ...` for warnings. */
import { isVerbatimError } from '../errors.js';

export function warn(message: string): void {
  process.stderr.write(`verbatim: warning: ${message}\n`);
}

/** Prints an error; one verbatim did not throw on purpose is a bug, so its stack goes with it. */
export function printError(error: unknown, context?: string): void {
  const prefix = context === undefined ? '' : `${context}: `;
  if (isVerbatimError(error)) {
    const alreadyNamed = context !== undefined && error.message.includes(context);
    process.stderr.write(`verbatim: ${error.code} ${alreadyNamed ? '' : prefix}${error.message}\n`);
  } else {
    const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    process.stderr.write(`verbatim: VBT_INTERNAL_ERROR ${prefix}${detail}\n`);
  }
}

/** Usage errors exit 2, everything else 1. */
export function exitStatusFor(error: unknown): number {
  return isVerbatimError(error) && error.code === 'VBT_USAGE' ? 2 : 1;
}
