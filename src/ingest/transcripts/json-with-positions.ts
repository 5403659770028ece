/**
 * A small JSON parser that remembers where each object and array starts, so a message about
 * segment 412 of a speech-to-text file can name its line. `JSON.parse` gives no positions. Strict
 * JSON (RFC 8259); nesting deeper than 256 levels is refused instead of overflowing the stack.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface JsonParseResult {
  value?: JsonValue;
  error?: { reason: string; offset: number };
  /** Offset of the opening bracket of every object and array in the result. */
  positions: WeakMap<object, number>;
}

const MAX_DEPTH = 256;

class JsonSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {
    super(reason);
  }
}

export function parseJsonWithPositions(text: string): JsonParseResult {
  const positions = new WeakMap<object, number>();
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const describe = (at: number) => (at >= text.length ? 'end of input' : `"${text[at]}"`);
  const fail = (expected: string): never => {
    throw new JsonSyntaxError(`Unexpected ${describe(index)}, expected ${expected}`, index);
  };
  const skipSpace = () => {
    for (;;) {
      const code = text.charCodeAt(index);
      if (code === 32 || code === 10 || code === 13 || code === 9) index++;
      else return;
    }
  };

  const parseString = (): string => {
    index++;
    let out = '';
    let runStart = index;
    for (;;) {
      if (index >= text.length) fail("a closing '\"'");
      const code = text.charCodeAt(index);
      if (code === 34) {
        out += text.slice(runStart, index);
        index++;
        return out;
      }
      if (code < 32) fail('no control characters inside a string');
      if (code === 92) {
        out += text.slice(runStart, index);
        const escape = text[index + 1];
        index += 2;
        if (escape === 'u') {
          const hex = text.slice(index, index + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            index -= 2;
            fail('four hex digits after "\\u"');
          }
          out += String.fromCharCode(Number.parseInt(hex, 16));
          index += 4;
        } else {
          const simple = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }[escape ?? ''];
          if (simple === undefined) {
            index -= 1;
            fail('a valid escape');
          }
          out += simple;
        }
        runStart = index;
      } else index++;
    }
  };

  const parseNumber = (): number => {
    const start = index;
    if (text[index] === '-') index++;
    const digitsFrom = index;
    while (index < text.length && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index++;
    if (index === digitsFrom) fail('a digit');
    if (text[index] === '.') {
      index++;
      const fractionFrom = index;
      while (index < text.length && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index++;
      if (index === fractionFrom) fail('a digit after "."');
    }
    if (text[index] === 'e' || text[index] === 'E') {
      index++;
      if (text[index] === '+' || text[index] === '-') index++;
      const exponentFrom = index;
      while (index < text.length && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index++;
      if (index === exponentFrom) fail('a digit in the exponent');
    }
    return Number(text.slice(start, index));
  };

  const parseValue = (depth: number): JsonValue => {
    if (depth > MAX_DEPTH) throw new JsonSyntaxError(`Unexpected nesting deeper than ${MAX_DEPTH} levels`, index);
    skipSpace();
    const char = text[index];
    if (char === '{') {
      const object: Record<string, JsonValue> = {};
      positions.set(object, index);
      index++;
      skipSpace();
      if (text[index] === '}') {
        index++;
        return object;
      }
      for (;;) {
        skipSpace();
        if (text[index] !== '"') fail('a property name in double quotes');
        const key = parseString();
        skipSpace();
        if (text[index] !== ':') fail('":"');
        index++;
        const value = parseValue(depth + 1);
        // A "__proto__" key is data here, never the prototype.
        if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
        else object[key] = value;
        skipSpace();
        if (text[index] === ',') index++;
        else if (text[index] === '}') {
          index++;
          return object;
        } else fail('"," or "}"');
      }
    }
    if (char === '[') {
      const array: JsonValue[] = [];
      positions.set(array, index);
      index++;
      skipSpace();
      if (text[index] === ']') {
        index++;
        return array;
      }
      for (;;) {
        array.push(parseValue(depth + 1));
        skipSpace();
        if (text[index] === ',') index++;
        else if (text[index] === ']') {
          index++;
          return array;
        } else fail('"," or "]"');
      }
    }
    if (char === '"') return parseString();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return parseNumber();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, index)) {
        index += word.length;
        return value;
      }
    }
    return fail('a JSON value');
  };

  try {
    const value = parseValue(0);
    skipSpace();
    if (index < text.length) fail('end of input');
    return { value, positions };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { error: { reason: error.reason, offset: error.offset }, positions };
    throw error;
  }
}
