/**
 * Creates a golden fixture case from a file (or stdin) and writes expected.json from the current engine,
 * then prints it for review (like readability's test/generate-testcase.js).
 *
 *   npx tsx scripts/new-fixture.ts <stage|articles> <case-slug> [input-file|-] [--html] [--force]
 *
 * <stage> is a stage name ("segment/quote-marks" or "segment-quote-marks") or "articles" for the whole
 * pipeline. Input ending in .html (or --html) becomes input.html, anything else input.txt. Read
 * expected.json as a careful reader would: where the engine is wrong, write the right expectation by hand
 * and mark the case known-limit in options.json (see test/fixtures/README.md).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FIXTURES_DIRECTORY,
  FOREIGN_FOLDERS,
  formatJson,
  knownFolders,
  readCaseOptions,
  runCase,
  stageFolderName,
} from '../test/helpers/golden-cases.js';

const USAGE = 'usage: npx tsx scripts/new-fixture.ts <stage|articles> <case-slug> [input-file|-] [--html] [--force]';

function fail(message: string, status = 2): never {
  process.stderr.write(message + '\n');
  process.exit(status);
}

const argv = process.argv.slice(2);
const flags = new Set(argv.filter((argument) => argument.startsWith('--')));
const [stageArgument, slug, inputPath = '-'] = argv.filter((argument) => !argument.startsWith('--'));
if (stageArgument === undefined || slug === undefined) fail(USAGE);
for (const flag of flags) if (flag !== '--html' && flag !== '--force') fail(`Unexpected option ${flag}\n${USAGE}`);

const folder = stageFolderName(stageArgument);
if (FOREIGN_FOLDERS.has(folder)) fail(`${folder} fixtures have their own runner; this script writes engine cases only`);
if (!knownFolders().includes(folder)) fail(`Unknown stage "${stageArgument}", expected one of: ${knownFolders().join(', ')}`);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
  fail(`Case slug "${slug}" should be kebab-case words stating the behaviour, e.g. unclosed-quote-at-paragraph-end`);

const input = inputPath === '-' ? readFileSync(0, 'utf8') : readFileSync(inputPath, 'utf8');
const isHtml = flags.has('--html') || inputPath.endsWith('.html') || inputPath.endsWith('.htm');
const inputFile = isHtml ? 'input.html' : 'input.txt';
const directory = join(FIXTURES_DIRECTORY, folder, slug);
if (existsSync(directory) && !flags.has('--force')) fail(`${directory} exists; pass --force to overwrite its input and expected.json`);

const options = existsSync(directory) ? readCaseOptions(directory) : {};
const expected = runCase({ folder, slug, inputFile, options }, input);
mkdirSync(directory, { recursive: true });
writeFileSync(join(directory, inputFile), input);
writeFileSync(join(directory, 'expected.json'), formatJson(expected));
process.stdout.write(formatJson(expected));
process.stderr.write(`wrote ${join(directory, inputFile)} and expected.json: review every quote, speaker, entity, cue and via above\n`);
