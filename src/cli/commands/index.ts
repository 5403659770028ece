/** Every `verbatim` command: one line each, a module exporting `register(program)`. `--help` lists them by name. */
export * as extract from './extract.js';
export * as transcript from './transcript.js';
export * as verify from './verify.js';
