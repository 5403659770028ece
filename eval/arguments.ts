/** Command-line arguments of `npm run eval`. */
import { UsageError, type SuiteOptions } from './suite.js';

export const USAGE =
  'usage: npm run eval -- [--split dev|train] [--limit N] [--publisher NAME] [--errors [FILE]] [--json FILE] [--suite NAME]';

export interface RunArguments {
  options: SuiteOptions;
  jsonFile?: string;
  suite?: string;
  isHelp: boolean;
}

/** Parses the command line; throws UsageError naming the bad argument. */
export function parseArguments(argv: readonly string[]): RunArguments {
  const parsed: RunArguments = { options: { split: 'dev' }, isHelp: false };
  const queue = argv.flatMap((argument) => {
    const equals = argument.indexOf('=');
    return argument.startsWith('--') && equals > 0 ? [argument.slice(0, equals), argument.slice(equals + 1)] : [argument];
  });
  const value = (flag: string): string => {
    const next = queue.shift();
    if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return next;
  };
  while (queue.length > 0) {
    const flag = queue.shift()!;
    switch (flag) {
      case '--split': {
        const split = value(flag);
        if (split !== 'dev' && split !== 'train')
          throw new UsageError(`--split must be dev or train, found "${split}" (test is kept back)`);
        parsed.options.split = split;
        break;
      }
      case '--limit': {
        const text = value(flag);
        const limit = Number(text);
        if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive integer, found "${text}"`);
        parsed.options.limit = limit;
        break;
      }
      case '--publisher':
        parsed.options.publisher = value(flag);
        break;
      case '--errors': {
        const next = queue[0];
        // The file is optional: `--errors` alone writes under eval/out/.
        parsed.options.errors = next === undefined || next.startsWith('--') ? {} : { file: queue.shift()! };
        break;
      }
      case '--json':
        parsed.jsonFile = value(flag);
        break;
      case '--suite':
        parsed.suite = value(flag);
        break;
      case '--help':
      case '-h':
        parsed.isHelp = true;
        break;
      default:
        throw new UsageError(`unknown argument "${flag}"`);
    }
  }
  return parsed;
}
