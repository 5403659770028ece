/** Every `verbatim` command: one line each, a module exporting `register(program)`. `--help` lists them by name. */
export * as extract from './extract.js';
