/**
 * Finds every regular expression in TypeScript sources with the compiler API: regex literals and
 * `new RegExp(...)` / `RegExp(...)` calls. A call's pattern is resolved statically when it is built
 * from string literals, templates, `+`, `const` names bound to those, or another regex's `.source`;
 * anything else is reported as unresolved so a person decides (test/redos-allowlist.json).
 * Shared by test/redos.test.ts (the gate) and bench/suites/redos-pump.ts (the timings).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  file: string;
  line: number;
  column: number;
  source: string;
  flags: string;
  /** How it is written: `literal` or `constructor` (RegExp call with a resolved pattern). */
  form: 'literal' | 'constructor';
}

export interface UnresolvedRegex {
  file: string;
  line: number;
  column: number;
  /** The source text of the pattern (and flags) arguments, as written; allowlist entries match it. */
  expression: string;
  why: string;
}

export interface RegexInventory {
  regexes: FoundRegex[];
  unresolved: UnresolvedRegex[];
}

interface Resolved {
  source: string;
  flags?: string;
}

/** Collects the regexes of one source text; `file` is only used to label the results. */
export function collectRegexesFromSource(file: string, code: string): RegexInventory {
  const sourceFile = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const constants = collectConstants(sourceFile);
  const regexes: FoundRegex[] = [];
  const unresolved: UnresolvedRegex[] = [];
  const position = (node: ts.Node): { line: number; column: number } => {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    return { line: line + 1, column: character + 1 };
  };

  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const { source, flags } = splitLiteral((node as ts.RegularExpressionLiteral).text);
      regexes.push({ file, ...position(node), source, flags, form: 'literal' });
    } else if (isRegExpCall(node)) {
      const args = node.arguments ?? ts.factory.createNodeArray();
      const patternArgument = args[0];
      const flagsArgument = args[1];
      const pattern = patternArgument === undefined ? { source: '(?:)' } : resolveExpression(patternArgument, constants, new Set());
      const flags = flagsArgument === undefined ? '' : resolveString(flagsArgument, constants, new Set());
      const expression = args.map((argument) => argument.getText(sourceFile)).join(', ');
      if (args.length > 0 && args.some((argument) => ts.isSpreadElement(argument))) {
        unresolved.push({ file, ...position(node), expression, why: 'spread arguments' });
      } else if (pattern === undefined) {
        unresolved.push({ file, ...position(node), expression, why: 'the pattern is not a static string' });
      } else if (flags === undefined) {
        unresolved.push({ file, ...position(node), expression, why: 'the flags are not a static string' });
      } else {
        // new RegExp(/x/g) keeps the literal's flags unless flags are given.
        const effectiveFlags = flagsArgument === undefined ? (pattern.flags ?? '') : flags;
        regexes.push({ file, ...position(node), source: pattern.source, flags: effectiveFlags, form: 'constructor' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { regexes, unresolved };
}

/** Collects the regexes of every `.ts` file under `directory` (tests excluded), paths relative to `root`. */
export function collectRegexes(root: string, directory = 'src'): RegexInventory {
  const inventory: RegexInventory = { regexes: [], unresolved: [] };
  for (const path of listSourceFiles(join(root, directory))) {
    const file = relative(root, path).split(sep).join('/');
    const found = collectRegexesFromSource(file, readFileSync(path, 'utf8'));
    inventory.regexes.push(...found.regexes);
    inventory.unresolved.push(...found.unresolved);
  }
  return inventory;
}

/** Test files are left out: their regexes only ever see the test's own strings. */
export function listSourceFiles(directory: string, found: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') listSourceFiles(path, found);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) {
      found.push(path);
    }
  }
  return found;
}

function splitLiteral(text: string): { source: string; flags: string } {
  const slash = text.lastIndexOf('/');
  return { source: text.slice(1, slash), flags: text.slice(slash + 1) };
}

function isRegExpCall(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  if (!ts.isNewExpression(node) && !ts.isCallExpression(node)) return false;
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 'RegExp';
  // globalThis.RegExp(...) and window.RegExp(...)
  return (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === 'RegExp' &&
    ts.isIdentifier(callee.expression) &&
    ['globalThis', 'window', 'self'].includes(callee.expression.text)
  );
}

/** `const` bindings by name; a name bound twice in the file is ambiguous and left out. */
function collectConstants(sourceFile: ts.SourceFile): Map<string, ts.Expression> {
  const constants = new Map<string, ts.Expression>();
  const ambiguous = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclarationList(node)) {
      const isConst = (node.flags & ts.NodeFlags.Const) !== 0;
      for (const declaration of node.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        const name = declaration.name.text;
        if (!isConst || declaration.initializer === undefined || constants.has(name)) {
          ambiguous.add(name);
        } else {
          constants.set(name, declaration.initializer);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  for (const name of ambiguous) constants.delete(name);
  return constants;
}

function resolveString(node: ts.Expression, constants: Map<string, ts.Expression>, seen: Set<string>): string | undefined {
  const resolved = resolveExpression(node, constants, seen);
  return resolved === undefined || resolved.flags !== undefined ? undefined : resolved.source;
}

/** Constant-folds string expressions; a regex (literal or `.source`) yields its source. */
function resolveExpression(node: ts.Expression, constants: Map<string, ts.Expression>, seen: Set<string>): Resolved | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { source: node.text };
  // String.raw`\d+` keeps its backslashes: the pattern is the raw text.
  if (
    ts.isTaggedTemplateExpression(node) &&
    ts.isNoSubstitutionTemplateLiteral(node.template) &&
    node.template.rawText !== undefined &&
    node.tag.getText() === 'String.raw'
  ) {
    return { source: node.template.rawText };
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
    return resolveExpression(node.expression, constants, seen);
  }
  if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) return splitLiteral((node as ts.RegularExpressionLiteral).text);
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const part = resolveString(span.expression, constants, seen);
      if (part === undefined) return undefined;
      text += part + span.literal.text;
    }
    return { source: text };
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = resolveString(node.left, constants, seen);
    const right = left === undefined ? undefined : resolveString(node.right, constants, seen);
    return left === undefined || right === undefined ? undefined : { source: left + right };
  }
  if (ts.isIdentifier(node)) {
    const initializer = constants.get(node.text);
    if (initializer === undefined || seen.has(node.text)) return undefined;
    return resolveExpression(initializer, constants, new Set([...seen, node.text]));
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'source') {
    const regex = resolveExpression(node.expression, constants, seen);
    return regex?.flags === undefined ? undefined : { source: regex.source };
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'flags') {
    const regex = resolveExpression(node.expression, constants, seen);
    return regex?.flags === undefined ? undefined : { source: regex.flags };
  }
  return undefined;
}
