/**
 * Golden fixture cases: finding them, running the pipeline up to their stage and writing expected.json.
 * Shared by test/golden.test.ts and scripts/new-fixture.ts so both see the same output for a case.
 *
 * Layout: test/fixtures/<stage>/<case-slug>/ with input.txt or input.html, expected.json and an optional
 * options.json. `<stage>` is a stage name with "/" replaced by "-" (`segment-quote-marks`), or `articles`
 * for the whole pipeline compared as the quotes view.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline, defaultStages, ingest, toFullView, toQuotesView, type ArticleInput, type Stage } from '../../src/index.js';

export const FIXTURES_DIRECTORY = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** The folder of whole-pipeline cases, compared as the quotes view. */
export const WHOLE_PIPELINE = 'articles';

/** Fixture folders that belong to other runners (src/ingest/html, src/verify). */
export const FOREIGN_FOLDERS: ReadonlySet<string> = new Set(['ingest-html', 'verify']);

export interface CaseOptions {
  /** `known-limit`: the engine is known to get this case wrong; expected.json says what is right. */
  status?: 'known-limit';
  /** One line: what the engine gets wrong (required with known-limit). */
  note?: string;
  /** Per-stage options passed to createPipeline. */
  stages?: Record<string, unknown>;
  /** Metadata handed to ingest beside the text. */
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
}

export interface GoldenCase {
  /** `<stage folder>/<slug>`, the test name. */
  name: string;
  folder: string;
  slug: string;
  directory: string;
  inputFile: 'input.txt' | 'input.html';
  options: CaseOptions;
}

const OPTION_KEYS: ReadonlySet<string> = new Set(['status', 'note', 'stages', 'title', 'published', 'outlet', 'url']);

/** `segment/quote-marks` -> `segment-quote-marks`. */
export function stageFolderName(stageName: string): string {
  return stageName.replaceAll('/', '-');
}

/** Every folder name a case may live in: one per default stage, plus `articles`. */
export function knownFolders(): string[] {
  return [...defaultStages.map((stage) => stageFolderName(stage.name)), WHOLE_PIPELINE];
}

/** The default stages up to and including the one the folder names. */
export function stagesUpTo(folder: string): Stage<any>[] {
  if (folder === WHOLE_PIPELINE) return [...defaultStages];
  const index = defaultStages.findIndex((stage) => stageFolderName(stage.name) === folder);
  if (index < 0) throw new Error(`Unknown fixture folder "${folder}", expected one of: ${knownFolders().join(', ')}`);
  return defaultStages.slice(0, index + 1);
}

export function readCaseOptions(directory: string): CaseOptions {
  const file = join(directory, 'options.json');
  if (!existsSync(file)) return {};
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const unknown = Object.keys(parsed).filter((key) => !OPTION_KEYS.has(key));
  if (unknown.length > 0)
    throw new Error(`${file}: unexpected keys ${unknown.join(', ')}, expected some of ${[...OPTION_KEYS].join(', ')}`);
  if (parsed.status !== undefined && parsed.status !== 'known-limit')
    throw new Error(`${file}: unexpected status ${JSON.stringify(parsed.status)}, expected "known-limit"`);
  if (parsed.status === 'known-limit' && (typeof parsed.note !== 'string' || parsed.note.trim() === '')) {
    throw new Error(`${file}: a known-limit case needs a one-line "note" saying what is wrong`);
  }
  return parsed as CaseOptions;
}

export function loadCase(directory: string): GoldenCase {
  const slug = directory.split(/[\\/]/).at(-1)!;
  const folder = directory.split(/[\\/]/).at(-2)!;
  const inputFile = existsSync(join(directory, 'input.html')) ? 'input.html' : 'input.txt';
  if (!existsSync(join(directory, inputFile))) throw new Error(`${directory}: no input.txt or input.html`);
  return { name: `${folder}/${slug}`, folder, slug, directory, inputFile, options: readCaseOptions(directory) };
}

/** Every case folder under test/fixtures except the foreign ones, sorted by name. */
export function listCases(root = FIXTURES_DIRECTORY): GoldenCase[] {
  const cases: GoldenCase[] = [];
  for (const folder of readdirSync(root, { withFileTypes: true })) {
    if (!folder.isDirectory() || FOREIGN_FOLDERS.has(folder.name)) continue;
    for (const entry of readdirSync(join(root, folder.name), { withFileTypes: true })) {
      if (entry.isDirectory()) cases.push(loadCase(join(root, folder.name, entry.name)));
    }
  }
  return cases.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
}

export function readInput(goldenCase: GoldenCase): string {
  return readFileSync(join(goldenCase.directory, goldenCase.inputFile), 'utf8');
}

/**
 * Runs the pipeline up to the case's stage with invariants checked after every stage, and returns what
 * the fixture compares: the quotes view for `articles`, else the stage's layers (each span with its
 * text) and the messages.
 */
export function runCase(
  goldenCase: Pick<GoldenCase, 'folder' | 'slug' | 'inputFile' | 'options'>,
  input: string,
  debug?: (stage: string, line: string) => void,
): unknown {
  const stages = stagesUpTo(goldenCase.folder);
  const { options } = goldenCase;
  const metadata = { title: options.title, published: options.published, outlet: options.outlet, url: options.url };
  const record: ArticleInput = { id: goldenCase.slug, ...(goldenCase.inputFile === 'input.html' ? { html: input } : { text: input }) };
  for (const [key, value] of Object.entries(metadata)) if (value !== undefined) Object.assign(record, { [key]: value });
  const pipeline = createPipeline(stages, {
    check: true,
    ...(options.stages === undefined ? {} : { stages: options.stages }),
    ...(debug === undefined ? {} : { debug }),
  });
  const doc = pipeline.run(ingest(record));
  if (goldenCase.folder === WHOLE_PIPELINE) return toQuotesView(doc);
  const full = toFullView(doc);
  const layers: Record<string, unknown> = {};
  for (const layer of stages.at(-1)!.provides) layers[layer] = full.layers[layer];
  // expected.json is JSON: compare what would be written (a field set to undefined is left out, as the
  // hot path leaves optional fields of mentions, cues and quotes, to keep one object shape per layer)
  return JSON.parse(JSON.stringify({ layers, messages: full.messages })) as unknown;
}

/**
 * JSON for people: a value whose one-line form fits the width stays on one line (a span, a mention),
 * larger ones break one entry per line. Parses back to the same value as JSON.stringify.
 */
export function formatJson(value: unknown, width = 140): string {
  return format(value, '', width) + '\n';
}

function format(value: unknown, indent: string, width: number): string {
  const inline = JSON.stringify(value) ?? 'null';
  if (value === null || typeof value !== 'object' || indent.length + inline.length <= width) return spaced(value, inline);
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return '[\n' + value.map((item) => inner + format(item, inner, width)).join(',\n') + '\n' + indent + ']';
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  return (
    '{\n' + entries.map(([key, item]) => inner + JSON.stringify(key) + ': ' + format(item, inner, width)).join(',\n') + '\n' + indent + '}'
  );
}

/** One-line JSON with a space after each comma and colon between tokens, for reading. */
function spaced(value: unknown, inline: string): string {
  if (value === null || typeof value !== 'object') return inline;
  if (Array.isArray(value)) return '[' + value.map((item) => spaced(item, JSON.stringify(item) ?? 'null')).join(', ') + ']';
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  return '{ ' + entries.map(([key, item]) => JSON.stringify(key) + ': ' + spaced(item, JSON.stringify(item))).join(', ') + ' }';
}

export function writeExpected(directory: string, value: unknown): void {
  writeFileSync(join(directory, 'expected.json'), formatJson(value));
}

export function readExpected(directory: string): unknown {
  return JSON.parse(readFileSync(join(directory, 'expected.json'), 'utf8')) as unknown;
}

/** Paths where two JSON values differ (`quotes[1].speaker.text: "he" != "Ana Ruiz"`), at most `limit`. */
export function listDifferences(actual: unknown, expected: unknown, limit = 12): string[] {
  const found: string[] = [];
  const walk = (left: unknown, right: unknown, path: string): void => {
    if (found.length >= limit) return;
    if (left === right) return;
    const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';
    if (isObject(left) && isObject(right) && Array.isArray(left) === Array.isArray(right)) {
      if (Array.isArray(left) && Array.isArray(right) && left.length !== right.length) {
        found.push(`${path || '(root)'}: ${left.length} entries, expected ${right.length}`);
      }
      const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
      for (const key of keys) walk(left[key], right[key], Array.isArray(left) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`);
      return;
    }
    found.push(`${path || '(root)'}: ${short(left)}, expected ${short(right)}`);
  };
  walk(actual, expected, '');
  return found;
}

/**
 * The value with every `confidence` dropped and entity ids renamed in order of first appearance: a
 * known-limit case equal to its expectation under this view differs only in numbers a person wrote
 * by guess, and needs a look rather than more engine work.
 */
export function withoutGuessedDetails(value: unknown): unknown {
  const renamed = new Map<string, string>();
  const rename = (id: string): string => {
    let name = renamed.get(id);
    if (name === undefined) renamed.set(id, (name = 'entity' + renamed.size));
    return name;
  };
  const walk = (item: unknown, key: string): unknown => {
    if (Array.isArray(item)) return item.map((entry) => walk(entry, key));
    if (item !== null && typeof item === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [name, entry] of Object.entries(item as Record<string, unknown>)) {
        if (name !== 'confidence') copy[name] = walk(entry, name);
      }
      return copy;
    }
    return typeof item === 'string' && (key === 'entity' || (key === 'id' && /^e\d+$/.test(item))) ? rename(item) : item;
  };
  return walk(value, '');
}

function short(value: unknown): string {
  const json = JSON.stringify(value) ?? 'undefined';
  return json.length > 90 ? json.slice(0, 87) + '...' : json;
}
