// The line of every key of a JSON text, in keyLines' form ("items.0.metadata.name" → line), found in one pass over
// the characters. kubectl's JSON output is read with JSON.parse and this, not the YAML loader: a 5,000-node List is
// 40 MB, which the YAML event stream reads several times slower and with several times the memory.

interface Frame {
  map: boolean;
  path: string;
  expectKey: boolean;
  key: string;
  keyLine: number;
  index: number;
}

const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;

/**
 * For text JSON.parse accepts: each key's (or list item's) path → 1-based line, as `keyLines` gives for YAML. Paths
 * of more than `maxDepth` parts are left out (a reader that needs no deeper ones saves a map entry per value).
 */
export function jsonPathLines(text: string, maxDepth = Infinity): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: Frame[] = [];
  let line = 1;
  const childPath = (top: Frame): string => {
    const part = top.map ? top.key : String(top.index);
    return top.path === '' ? part : `${top.path}.${part}`;
  };
  const record = (path: string, at: number): void => {
    if (!lines.has(path)) lines.set(path, at);
  };
  const advance = (): void => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.map) top.expectKey = true;
    else top.index += 1;
  };
  // A value (string, number, literal) that is not a key.
  const scalar = (): void => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (stack.length <= maxDepth) record(childPath(top), top.map ? top.keyLine : line);
    advance();
  };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      line += 1;
      i += 1;
    } else if (c === QUOTE) {
      let end = i + 1;
      let escaped = false;
      while (end < text.length && text.charCodeAt(end) !== QUOTE) {
        if (text.charCodeAt(end) === BACKSLASH) {
          escaped = true;
          end += 2;
        } else end += 1;
      }
      const top = stack[stack.length - 1];
      if (top && top.map && top.expectKey) {
        top.key = escaped ? (JSON.parse(text.slice(i, end + 1)) as string) : text.slice(i + 1, end);
        top.keyLine = line;
        top.expectKey = false;
      } else scalar();
      i = end + 1;
    } else if (c === 123 || c === 91) {
      // { or [
      const top = stack[stack.length - 1];
      const deep = stack.length > maxDepth;
      const path = top && !deep ? childPath(top) : '';
      if (top && !deep) record(path, top.map ? top.keyLine : line);
      stack.push({ map: c === 123, path, expectKey: true, key: '', keyLine: 0, index: 0 });
      i += 1;
    } else if (c === 125 || c === 93) {
      // } or ]
      stack.pop();
      advance();
      i += 1;
    } else if (c === 44 || c === 58 || c === 32 || c === 9 || c === 13) {
      // , : and whitespace
      i += 1;
    } else {
      // A number, true, false or null: up to the next delimiter.
      let end = i + 1;
      while (end < text.length) {
        const d = text.charCodeAt(end);
        if (d === 44 || d === 125 || d === 93 || d === 32 || d === NEWLINE || d === 9 || d === 13) break;
        end += 1;
      }
      scalar();
      i = end;
    }
  }
  return lines;
}
