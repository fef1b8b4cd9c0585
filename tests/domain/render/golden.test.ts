// Golden files. Values are compared after parsing (a mismatch names the paths that differ); the comment lines and
// each file's annotations ({line, topic, text}, the page's explanations beside the lines) are compared as text, so
// an explanation cannot change or move unnoticed.
// UPDATE_GOLDEN=1 npx vitest run tests/domain/render/golden.test.ts rewrites them after a deliberate change.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../../../src/domain/render/files';
import type { Annotation } from '../../../src/domain/render/yaml-writer';
import { GOLDEN_CASES } from './cases';
import { annotationLines, commentLines, differingPaths } from './golden-helpers';

const ROOT = 'tests/golden';

function parse(name: string, text: string): unknown {
  if (name.endsWith('.json')) return JSON.parse(text);
  if (name.endsWith('.yaml')) return loadAll(text);
  return text.split('\n');
}

describe.each(Object.entries(GOLDEN_CASES))('golden: %s', (name, plan) => {
  const files = renderAll(plan);
  const dir = join(ROOT, name);
  // Annotations live beside the directory, so the directory holds exactly the rendered files.
  const annotationsFile = join(ROOT, `${name}.annotations.json`);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dir, { recursive: true });
    for (const file of files) writeFileSync(join(dir, file.name), file.content);
    const annotations = Object.fromEntries(files.map((f) => [f.name, f.annotations.map(({ line, topic, text }) => ({ line, topic, text }))]));
    writeFileSync(annotationsFile, `${JSON.stringify(annotations, null, 2)}\n`);
  }
  it('renders the same set of files', () => {
    expect(existsSync(dir), `missing ${dir}; run with UPDATE_GOLDEN=1`).toBe(true);
    expect(files.map((f) => f.name).sort()).toEqual(readdirSync(dir).sort());
  });
  it.each(files.map((f) => [f.name, f] as const))('%s matches after parsing', (fileName, file) => {
    const expected = parse(fileName, readFileSync(join(dir, fileName), 'utf8'));
    expect(differingPaths(parse(fileName, file.content), expected)).toEqual([]);
  });
  it.each(files.filter((f) => f.name.endsWith('.yaml')).map((f) => [f.name, f] as const))('%s has the same comment lines, on the same lines', (fileName, file) => {
    const expected = commentLines(readFileSync(join(dir, fileName), 'utf8'));
    expect(commentLines(file.content), `${dir}/${fileName}: comment lines (UPDATE_GOLDEN=1 after a deliberate change)`).toBe(expected);
  });
  it.each(files.map((f) => [f.name, f] as const))('%s has the same annotations', (fileName, file) => {
    expect(existsSync(annotationsFile), `missing ${annotationsFile}; run with UPDATE_GOLDEN=1`).toBe(true);
    const expected = (JSON.parse(readFileSync(annotationsFile, 'utf8')) as Record<string, Annotation[] | undefined>)[fileName];
    expect(expected, `${annotationsFile} has no entry for ${fileName}`).toBeDefined();
    expect(annotationLines(file.annotations), `${annotationsFile}: ${fileName} (UPDATE_GOLDEN=1 after a deliberate change)`).toBe(annotationLines(expected!));
  });
});

describe('golden helpers', () => {
  it('differingPaths names the paths that differ', () => {
    expect(differingPaths({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] }, d: 0 })).toEqual(['$.b.c.1', '$.d']);
  });
  it('commentLines keeps whole-line comments with their line numbers, and nothing else', () => {
    expect(commentLines('a: 1 # not whole-line\n  # indented\nb: "#"\n# top\n')).toBe('2:   # indented\n4: # top');
  });
  it('annotationLines writes one annotation per line', () => {
    expect(annotationLines([{ line: 3, topic: 't', text: 'x' }, { line: 9, topic: 'u', text: 'y z' }])).toBe('3 [t] x\n9 [u] y z');
  });
});
