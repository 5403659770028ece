/** The `verbatim` program: name, version, help, every command from commands/index.ts, and how errors end it. */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import * as commands from './commands/index.js';
import { exitStatusFor, printError } from './report.js';

/** The package version; package.json sits two levels up from both src/cli/ and dist/cli/. */
function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}

export function createProgram(): Command {
  const program = new Command('verbatim')
    .description('Quote provenance for news: every quotation, who said it, and through whom it reached the page.')
    .version(readVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help (also: verbatim <command> --help)')
    // Set before the commands are added, which inherit them: usage errors read like every other error.
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ outputError: (text, write) => write(`verbatim: VBT_USAGE ${text.startsWith('error: ') ? text.slice(7) : text}`) })
    .exitOverride();
  for (const command of Object.values(commands)) command.register(program);
  return program;
}

/** Parses the arguments and runs the command; sets process.exitCode (0 ok, 1 failure, 2 usage) instead of exiting. */
export async function runCli(argv: readonly string[]): Promise<void> {
  try {
    await createProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed the message (or the help, or the version).
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    printError(error);
    process.exitCode = exitStatusFor(error);
    if (process.exitCode === 2) process.stderr.write('(add --help for usage)\n');
  }
}
