/** Entry point of the `verbatim` command (bin/verbatim.js imports this module). */
import { runCli } from './program.js';

// A reader that goes away (`verbatim ... | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

await runCli(process.argv);
