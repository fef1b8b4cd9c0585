// Golden files, compared after parsing; a mismatch names the paths that differ.
// UPDATE_GOLDEN=1 npx vitest run tests/render/golden.test.ts rewrites them after a deliberate change.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../../src/domain/render/files';
import { GOLDEN_CASES } from './cases';

const ROOT = 'tests/golden';

function parse(name: string, text: string): unknown {
  if (name.endsWith('.json')) return JSON.parse(text);
  if (name.endsWith('.yaml')) return loadAll(text);
  return text.split('\n');
}

export function differingPaths(a: unknown, b: unknown, path = '$'): string[] {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) return [path];
  if (typeof a !== 'object' || a === null) return a === b ? [] : [path];
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  return [...keys].flatMap((key) => differingPaths((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`));
}

describe.each(Object.entries(GOLDEN_CASES))('golden: %s', (name, plan) => {
  const files = renderAll(plan);
  const dir = join(ROOT, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dir, { recursive: true });
    for (const file of files) writeFileSync(join(dir, file.name), file.content);
  }
  it('renders the same set of files', () => {
    expect(existsSync(dir), `missing ${dir}; run with UPDATE_GOLDEN=1`).toBe(true);
    expect(files.map((f) => f.name).sort()).toEqual(readdirSync(dir).sort());
  });
  it.each(files.map((f) => [f.name, f] as const))('%s matches after parsing', (fileName, file) => {
    const expected = parse(fileName, readFileSync(join(dir, fileName), 'utf8'));
    expect(differingPaths(parse(fileName, file.content), expected)).toEqual([]);
  });
});

describe('differingPaths', () => {
  it('names the paths that differ', () => {
    expect(differingPaths({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] }, d: 0 })).toEqual(['$.b.c.1', '$.d']);
  });
});
