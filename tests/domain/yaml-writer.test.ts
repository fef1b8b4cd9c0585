// The YAML writer: comments land above the keys they explain, each comment is one annotation on the key's line,
// and no text in a comment can become YAML.
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { commentLines, renderYaml } from '../../src/domain/render/yaml-writer';

describe('renderYaml', () => {
  it('writes a comment above a nested key and annotates the key line', () => {
    const { text, annotations } = renderYaml([
      { value: { a: 1, b: { c: 'x', d: 'y' } }, comments: { 'b.d': { text: 'about d', topic: 't-d' } } },
    ]);
    expect(text).toBe('a: 1\nb:\n  c: x\n  # about d\n  d: \'y\'\n');
    expect(annotations).toEqual([{ line: 5, topic: 't-d', text: 'about d' }]);
  });

  it('comments both a key and a key inside it (flannel and flannel.tunnelMode in the Helm values)', () => {
    const { text, annotations } = renderYaml([
      { value: { flannel: { backend: 'wireguard', tunnelMode: 'separate' } }, comments: { flannel: { text: 'about flannel', topic: 'f' }, 'flannel.tunnelMode': { text: 'quoted twice', topic: 'm' } } },
    ]);
    expect(text).toBe('# about flannel\nflannel:\n  backend: wireguard\n  # quoted twice\n  tunnelMode: separate\n');
    expect(annotations).toEqual([{ line: 2, topic: 'f', text: 'about flannel' }, { line: 5, topic: 'm', text: 'quoted twice' }]);
  });

  it('finds a key that holds dots ("data.net-conf.json" is key "net-conf.json" under "data")', () => {
    const { text, annotations } = renderYaml([
      { value: { data: { 'cni-conf.json': '{}', 'net-conf.json': '{}' } }, comments: { 'data.net-conf.json': { text: 'apply it', topic: 'apply' } } },
    ]);
    expect(text).toBe("data:\n  cni-conf.json: '{}'\n  # apply it\n  net-conf.json: '{}'\n");
    expect(annotations).toEqual([{ line: 4, topic: 'apply', text: 'apply it' }]);
  });

  it('prefers the shortest key and falls back to longer ones when the short one leads nowhere', () => {
    const { text } = renderYaml([
      { value: { a: { b: 1 }, 'a.b': { c: 2 } }, comments: { 'a.b.c': { text: 'deep', topic: 't' } } },
    ]);
    expect(text).toBe("a:\n  b: 1\na.b:\n  # deep\n  c: 2\n");
  });

  it('marks the first key of a list item for a path ending in an index', () => {
    const { text, annotations } = renderYaml([
      { value: { args: [{ name: 'node-ip', value: '10.0.0.1' }, { name: 'x', value: 'y' }] }, comments: { 'args.1': { text: 'second', topic: 't' } } },
    ]);
    expect(text).toBe('args:\n  - name: node-ip\n    value: 10.0.0.1\n  # second\n  - name: x\n    value: \'y\'\n');
    expect(annotations).toEqual([{ line: 5, topic: 't', text: 'second' }]);
  });

  it('comments the document start with the empty path, and separates documents with ---', () => {
    const { text, annotations } = renderYaml([
      { value: { kind: 'A' }, comments: { '': { text: 'first', topic: 'doc' } } },
      { value: { kind: 'B' }, comments: { kind: { text: 'second', topic: 'kind' } } },
    ]);
    expect(text).toBe('# first\nkind: A\n---\n# second\nkind: B\n');
    expect(annotations).toEqual([
      { line: 2, topic: 'doc', text: 'first' },
      { line: 5, topic: 'kind', text: 'second' },
    ]);
  });

  it('skips comments whose path names nothing, without changing the document', () => {
    const { text, annotations } = renderYaml([
      { value: { a: { b: 1 }, list: ['x'] }, comments: { 'a.zz': { text: 'n', topic: 't' }, 'zz.b': { text: 'n', topic: 't' }, 'list.0': { text: 'n', topic: 't' }, 'list.5': { text: 'n', topic: 't' }, 'a.b.c': { text: 'n', topic: 't' } } },
    ]);
    expect(text).toBe('a:\n  b: 1\nlist:\n  - x\n');
    expect(annotations).toEqual([]);
  });

  it('keeps every key in its place and every value as given, including values that look like markers', () => {
    const value = { z: 1, y: { x: 'mabcx0x: 1', w: true }, v: 'a\nb' };
    const { text } = renderYaml([{ value, comments: { 'y.x': { text: 'c', topic: 't' }, v: { text: 'd', topic: 't' } } }]);
    expect(Object.keys(loadAll(text)[0] as object)).toEqual(['z', 'y', 'v']);
    expect(loadAll(text)).toEqual([value]);
  });

  it('never folds a long value onto a second line', () => {
    const long = `${'a '.repeat(60)}end`;
    const { text } = renderYaml([{ value: { k: long }, comments: { k: { text: 'c', topic: 't' } } }]);
    expect(text).toBe(`# c\nk: ${long}\n`);
  });

  it('places a dozen comments in one document, each above its own key', () => {
    const value = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, i]));
    const comments = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, { text: `c${i}`, topic: `t${i}` }]));
    const { text, annotations } = renderYaml([{ value, comments }]);
    expect(text).toBe(Array.from({ length: 12 }, (_, i) => `# c${i}\nk${i}: ${i}\n`).join(''));
    expect(annotations.map((a) => a.line)).toEqual(Array.from({ length: 12 }, (_, i) => 2 * i + 2));
  });

  it('the document comment appears once, above the first line only', () => {
    const { text, annotations } = renderYaml([{ value: { a: 1, b: { c: 2 } }, comments: { '': { text: 'doc', topic: 'd' } } }]);
    expect(text).toBe('# doc\na: 1\nb:\n  c: 2\n');
    expect(annotations).toEqual([{ line: 2, topic: 'd', text: 'doc' }]);
  });

  it('a key named "null" is commented once, like any other', () => {
    const { text } = renderYaml([{ value: { a: 1, null: 2, b: 3 }, comments: { null: { text: 'n', topic: 't' } } }]);
    expect(text).toBe('a: 1\n# n\nnull: 2\nb: 3\n');
  });

  it('paths through null values and nested lists name nothing', () => {
    const value = { a: null, list: [[1, 2]] };
    const { text, annotations } = renderYaml([{ value, comments: { 'a.b': { text: 'n', topic: 't' }, 'list.0': { text: 'n', topic: 't' } } }]);
    expect(text).toBe('a: null\nlist:\n  - - 1\n    - 2\n');
    expect(annotations).toEqual([]);
  });

  it('a multi-line comment is one "#" line per line, all of them above the key, and one annotation', () => {
    const { text, annotations } = renderYaml([{ value: { a: 1 }, comments: { a: { text: 'one\ntwo', topic: 't' } } }]);
    expect(text).toBe('# one\n# two\na: 1\n');
    expect(annotations).toEqual([{ line: 3, topic: 't', text: 'one\ntwo' }]);
  });
});

describe('commentLines', () => {
  it('indents each line and drops trailing spaces', () => {
    expect(commentLines('a\n\nb ', '  ')).toEqual(['  # a', '  #', '  # b']);
  });
  it('turns control characters and line separators into spaces, so nothing escapes the "#"', () => {
    expect(commentLines('a\rb\u2028c\u2029d\u0085e\u0000f\tg\u007fh\u001fi', '')).toEqual(['# a b c d e f g h i']);
  });
  it('keeps ordinary text, including characters just outside the replaced ranges', () => {
    expect(commentLines('a b~€ é', '')).toEqual(['# a b~€ é']);
  });
});
