// YAML loading with limits, plus the line of every key so diagnostics can say FILE:LINE.
// The parsers load only on demand in the page; importing the separate browser build keeps the YAML loader out of
// the first-load bundle, which shares js-yaml's dumper with the renderers.
import { EVENT_ID, getScalarValue, loadAll, parseEvents } from 'js-yaml/browser';

import { MAX_INPUT_BYTES, tooLargeError } from '../limits';

// Bounds that keep hostile input (alias bombs, deep nesting) from hanging the page or the CLI.
const LIMITS = { maxDepth: 64, maxAliases: 64, maxTotalMergeKeys: 64 };

export type YamlLoad =
  | { ok: true; documents: unknown[]; lines: Array<Map<string, number>> }
  | { ok: false; error: string; line?: number };

export function loadYaml(text: string): YamlLoad {
  if (text.length > MAX_INPUT_BYTES) return { ok: false, error: tooLargeError(text.length) };
  try {
    const documents = loadAll(text, null, { json: true, ...LIMITS });
    return { ok: true, documents, lines: keyLines(text) };
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message.split('\n')[0]! : String(error));
    return { ok: false, error: reason, ...(typeof mark?.line === 'number' ? { line: mark.line + 1 } : {}) };
  }
}

interface Frame {
  kind: 'map' | 'seq';
  path: string;
  expectKey: boolean;
  key: string;
  keyLine: number;
  index: number;
}

/** For each document, "a.b.0.c" → 1-based line of that key (or sequence item). */
export function keyLines(text: string): Array<Map<string, number>> {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines.push(i);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const docs: Array<Map<string, number>> = [];
  let current = new Map<string, number>();
  const stack: Frame[] = [];
  const join = (base: string, part: string): string => (base === '' ? part : `${base}.${part}`);
  const childPath = (top: Frame): string => join(top.path, top.kind === 'map' ? top.key : String(top.index));
  const advance = (): void => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.kind === 'map') top.expectKey = true;
    else top.index += 1;
  };
  const record = (path: string, line: number): void => {
    if (!current.has(path)) current.set(path, line);
  };
  for (const event of parseEvents(text, { maxDepth: LIMITS.maxDepth })) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        current = new Map();
        docs.push(current);
        stack.length = 0;
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const top = stack[stack.length - 1];
        const path = top ? childPath(top) : '';
        if (top) record(path, top.kind === 'map' ? top.keyLine : lineOf(event.start));
        stack.push({ kind: event.type === EVENT_ID.MAPPING ? 'map' : 'seq', path, expectKey: true, key: '', keyLine: 0, index: 0 });
        break;
      }
      case EVENT_ID.SCALAR: {
        const top = stack[stack.length - 1];
        if (!top) break;
        if (top.kind === 'map' && top.expectKey) {
          top.key = getScalarValue(text, event);
          top.keyLine = lineOf(event.valueStart);
          top.expectKey = false;
        } else {
          record(childPath(top), top.kind === 'map' ? top.keyLine : lineOf(event.valueStart));
          advance();
        }
        break;
      }
      case EVENT_ID.ALIAS:
        advance();
        break;
      case EVENT_ID.POP:
        if (stack.length > 0) {
          stack.pop();
          advance();
        }
        break;
    }
  }
  return docs;
}
