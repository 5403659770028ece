/** Every `verbatim` command: one line each, a module exporting `register(program)`. `--help` lists them by name. */
export * as extract from './extract.js';
export * as transcript from './transcript.js';
export * as verify from './verify.js';
export * as add from './add.js';
export * as search from './search.js';
export * as speaker from './speaker.js';
export * as trace from './trace.js';
export * as stats from './stats.js';
export * as serve from './serve.js';
