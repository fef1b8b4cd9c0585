// The import graph of src as this test reads it, TSX included (issue 19 point 4): dependency-cruiser
// (`npm run lint:deps`) cruises src with swc's parser, which as it calls it reads no TSX, so a .tsx file's imports
// are read here. Every .ts and .tsx file of src is parsed with the bundler's own parser (oxc, through rolldown: linear,
// no regex), and every edge counts: `import`, `import type`, `export … from`, `import('…')`, `import('…').T` in a
// type, and a worker's `new URL('…', import.meta.url)`. The graph has no circle, and it keeps every rule of
// .dependency-cruiser.mjs, read from that file, so a zone is written once.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM config without types
import cruiser from '../../.dependency-cruiser.mjs';

type Kind = 'static' | 'type' | 'dynamic' | 'worker';
/** `to`: a file of the repository (relative, with `/`), `node_modules/<specifier>/` for a package, or `node:<name>`. */
interface Edge { from: string; to: string; kind: Kind; core: boolean; resolved: boolean }
type Graph = Map<string, Edge[]>;

interface Match { path?: string | string[]; pathNot?: string | string[] }
interface Rule { name: string; from: Match; to: Match & { circular?: boolean; dependencyTypes?: string[]; couldNotResolve?: boolean } }

const ROOT = 'src';
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') || name.endsWith('.tsx') ? [path.split('\\').join('/')] : [];
  });

/** The string a node holds when it is a plain string literal (or a template without substitutions), else undefined. */
function literal(node: unknown): string | undefined {
  const n = node as { type?: string; value?: unknown; quasis?: { value: { cooked: string } }[]; expressions?: unknown[] } | null;
  if (n?.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n?.type === 'TemplateLiteral' && n.expressions?.length === 0) return n.quasis?.[0]?.value.cooked;
  return undefined;
}

const isImportMetaUrl = (node: unknown): boolean => {
  const n = node as { type?: string; object?: { type?: string; meta?: { name?: string }; property?: { name?: string } }; property?: { name?: string } };
  return n?.type === 'MemberExpression' && n.object?.type === 'MetaProperty' && n.object.meta?.name === 'import' && n.object.property?.name === 'meta' && n.property?.name === 'url';
};

/** Every specifier a file names, with how, from its syntax tree; an `import()` of a computed name is an error. */
function importsOf(code: string, lang: 'ts' | 'tsx'): { specifier: string; kind: Kind }[] {
  const found: { specifier: string; kind: Kind }[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Record<string, unknown> & { type?: string };
    const source = literal(n.source);
    switch (n.type) {
      case 'ImportDeclaration':
        found.push({ specifier: source!, kind: n.importKind === 'type' ? 'type' : 'static' });
        break;
      case 'ExportNamedDeclaration':
      case 'ExportAllDeclaration':
        if (n.source) found.push({ specifier: source!, kind: n.exportKind === 'type' ? 'type' : 'static' });
        break;
      case 'ImportExpression':
        if (source === undefined) throw new Error(`an import() of a computed name: ${JSON.stringify(n.source)}`);
        found.push({ specifier: source, kind: 'dynamic' });
        break;
      case 'TSImportType':
        if (source === undefined) throw new Error(`an import('…') type of a computed name: ${JSON.stringify(n.source)}`);
        found.push({ specifier: source, kind: 'type' });
        break;
      case 'NewExpression': {
        const [first, second] = n.arguments as unknown[];
        const callee = n.callee as { type?: string; name?: string };
        const url = literal(first);
        if (callee.type === 'Identifier' && callee.name === 'URL' && url !== undefined && isImportMetaUrl(second)) found.push({ specifier: url, kind: 'worker' });
        break;
      }
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'source') visit(value);
  };
  visit(parseAst(code, { lang }));
  return found;
}

/** The import graph of the files given, each edge resolved as Vite resolves it (a path, with or without its extension). */
function readGraph(files: Map<string, string>): Graph {
  const graph: Graph = new Map();
  for (const [file, code] of files) {
    const edges = importsOf(code, file.endsWith('.tsx') ? 'tsx' : 'ts').map(({ specifier, kind }): Edge => {
      if (specifier.startsWith('.')) {
        const base = posix.join(posix.dirname(file), specifier);
        const to = EXTENSIONS.map((ext) => base + ext).find((candidate) => files.has(candidate) || (existsSync(candidate) && statSync(candidate).isFile()));
        return { from: file, to: to ?? base, kind, core: false, resolved: to !== undefined };
      }
      const core = specifier.startsWith('node:') || builtinModules.includes(specifier);
      if (core) return { from: file, to: specifier.startsWith('node:') ? specifier : `node:${specifier}`, kind, core, resolved: true };
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
      return { from: file, to: `node_modules/${specifier}/`, kind, core, resolved: existsSync(join('node_modules', name, 'package.json')) };
    });
    graph.set(file, edges);
  }
  return graph;
}

/**
 * Each strongly connected part of the graph that has a circle (Tarjan's algorithm), with its files and the shortest
 * circle through the first of them.
 */
function cycles(graph: Graph): { circle: string[]; part: string[] }[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const parts: string[][] = [];
  const next = (file: string): string[] => (graph.get(file) ?? []).map((e) => e.to).filter((to) => graph.has(to));
  // Iterative, so a long chain of imports cannot overflow the call stack.
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { file: string; targets: string[]; i: number }[] = [];
    const open = (file: string): void => {
      index.set(file, index.size);
      low.set(file, index.get(file)!);
      stack.push(file);
      onStack.add(file);
      work.push({ file, targets: next(file), i: 0 });
    };
    open(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      if (top.i < top.targets.length) {
        const to = top.targets[top.i++]!;
        if (!index.has(to)) open(to);
        else if (onStack.has(to)) low.set(top.file, Math.min(low.get(top.file)!, index.get(to)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]!.file;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.file)!));
      }
      if (low.get(top.file) === index.get(top.file)) {
        const part: string[] = [];
        let file: string;
        do {
          file = stack.pop()!;
          onStack.delete(file);
          part.push(file);
        } while (file !== top.file);
        if (part.length > 1 || next(top.file).includes(top.file)) parts.push(part);
      }
    }
  }
  // In each part, the shortest way from its first file (in sorted order) back to itself.
  return parts.map((part) => {
    const members = new Set(part);
    const first = [...part].sort()[0]!;
    const previous = new Map<string, string>();
    const queue = [first];
    for (let i = 0; i < queue.length && !previous.has(first); i++) {
      for (const to of next(queue[i]!)) {
        if (!members.has(to) || previous.has(to)) continue;
        previous.set(to, queue[i]!);
        queue.push(to);
      }
    }
    const circle = [first];
    for (let file = previous.get(first)!; file !== first; file = previous.get(file)!) circle.unshift(file);
    return { circle: [first, ...circle], part: part.sort() };
  });
}

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
/** A `to` pattern with dependency-cruiser's group references ($1…$9) filled in from the `from` path's match. */
const fill = (pattern: string, groups: readonly (string | undefined)[]): string =>
  groups.reduceRight((text: string, group, i) => (i === 0 ? text : text.split(`$${i}`).join(group ?? '')), pattern);
const KNOWN = { from: ['path', 'pathNot'], to: ['path', 'pathNot', 'circular', 'dependencyTypes', 'couldNotResolve'] };

/** The edges of the graph that break a rule of the cruiser's (its circular rule is checked whole, by `cycles`). */
function violations(graph: Graph, rule: Rule): string[] {
  for (const side of ['from', 'to'] as const) {
    const unknown = Object.keys(rule[side]).filter((key) => !KNOWN[side].includes(key));
    if (unknown.length > 0) throw new Error(`rule ${rule.name}: this test does not apply ${side}.${unknown.join(', ')}; teach it`);
  }
  if (rule.to.circular) return [];
  const broken: string[] = [];
  for (const edges of graph.values()) {
    for (const edge of edges) {
      const paths = list(rule.from.path);
      const groups = paths.length === 0 ? [''] : paths.map((p) => new RegExp(p).exec(edge.from)).find((m) => m !== null);
      if (!groups || list(rule.from.pathNot).some((p) => new RegExp(p).test(edge.from))) continue;
      const to = rule.to;
      if (to.path !== undefined && !list(to.path).some((p) => new RegExp(fill(p, groups)).test(edge.to))) continue;
      if (list(to.pathNot).some((p) => new RegExp(fill(p, groups)).test(edge.to))) continue;
      if (to.dependencyTypes?.some((type) => type !== 'core')) throw new Error(`rule ${rule.name}: only the dependency type core is applied here`);
      if (to.dependencyTypes !== undefined && !edge.core) continue;
      if (to.couldNotResolve !== undefined && to.couldNotResolve === edge.resolved) continue;
      broken.push(`${edge.from} → ${edge.to} (${edge.kind})`);
    }
  }
  return broken;
}

const RULES = (cruiser as { forbidden: Rule[] }).forbidden;
const files = new Map(sourceFiles(ROOT).map((file) => [relative('.', file).split('\\').join('/'), readFileSync(file, 'utf8')] as const));
const graph = readGraph(files);
const edges = [...graph.values()].flat();

describe('the import graph of src, TSX included', () => {
  it('is read whole: every file, TSX, type-only and dynamic imports and workers', () => {
    expect(graph.size).toBe(files.size);
    expect([...graph.keys()].filter((f) => f.endsWith('.tsx')).length).toBeGreaterThan(10);
    expect(new Set(edges.map((e) => e.kind))).toEqual(new Set(['static', 'type', 'dynamic', 'worker']));
    expect(edges.filter((e) => e.from.endsWith('.tsx') && e.to.endsWith('.tsx')).length).toBeGreaterThan(10);
  });

  it('has no circle, type-only imports included', () => {
    expect(RULES.some((r) => r.to.circular === true && Object.keys(r.from).length === 0)).toBe(true);
    const found = cycles(graph).map(({ circle, part }) => `${circle.join(' → ')}\n  (all ${part.length} files of this circle: ${part.join(', ')})`);
    expect(found, `circles:\n${found.join('\n')}`).toEqual([]);
  });

  for (const rule of RULES.filter((r) => !r.to.circular)) {
    it(`keeps the cruiser's rule ${rule.name}`, () => {
      expect(violations(graph, rule)).toEqual([]);
    });
  }
});

describe('the reader and the rules on a made-up graph (so the checks above cannot pass by reading nothing)', () => {
  const made = readGraph(
    new Map([
      ['src/domain/a.ts', "import type { B } from './b';\nexport const a = 1;"],
      ['src/domain/b.ts', "export type { C } from './c';\nexport type B = import('./a').A;"],
      ['src/domain/c.ts', "import { x } from '../app/x';\nexport const y = (): Promise<unknown> => import(`./a`);"],
      ['src/domain/render/r.ts', "import { rule } from '../rules/rule';\nimport 'node:fs';"],
      ['src/domain/rules/rule.ts', "import { createRoot } from 'react-dom/client';\nexport const rule = 1;"],
      ['src/app/x.tsx', "import React from 'react';\nconst W = () => new Worker(new URL('./w.ts', import.meta.url));\nexport const x = <div />;"],
      ['src/app/features/one/inside.ts', "import { z } from '../two/inside';\nimport { i } from '../two';\nimport { j } from './own';"],
      ['src/app/features/one/own.ts', 'export const j = 1;'],
      ['src/app/features/two/index.ts', "export { z as i } from './inside';"],
      ['src/app/features/two/inside.ts', 'export const z = 1;'],
      ['src/cli/c.ts', "import { x } from '../app/x';\nimport { gone } from './gone';"],
      ['src/domain/rules/flannel/x/rule.ts', "import { en } from './words.en';\nexport const rule = 1;"],
      ['src/domain/rules/flannel/x/words.en.ts', 'export const en = 1;'],
      ['src/app/features/two/wired.ts', "import { s } from '../../shell/s';"],
      ['src/app/shell/s.ts', 'export const s = 1;'],
      ['src/app/components/widget.tsx', "import { i } from '../features/two';\nexport const w = 1;"],
    ]),
  );

  it('reads every kind of import, TSX included', () => {
    const kinds = (file: string) => made.get(file)!.map((e) => `${e.kind} ${e.to}`);
    expect(kinds('src/domain/b.ts')).toEqual(['type src/domain/c.ts', 'type src/domain/a.ts']);
    expect(kinds('src/domain/c.ts')).toEqual(['static src/app/x.tsx', 'dynamic src/domain/a.ts']);
    expect(kinds('src/app/x.tsx')).toEqual(['static node_modules/react/', 'worker src/app/w.ts']);
  });

  it('finds the circle, type-only as it is', () => {
    expect(cycles(made)).toEqual([{ circle: ['src/domain/a.ts', 'src/domain/b.ts', 'src/domain/a.ts'], part: ['src/domain/a.ts', 'src/domain/b.ts', 'src/domain/c.ts'] }]);
  });

  it('applies every zone rule', () => {
    const broken = Object.fromEntries(RULES.filter((r) => !r.to.circular).map((r) => [r.name, violations(made, r)]));
    expect(broken).toEqual({
      'domain-not-to-app-cli-content-pages': ['src/domain/c.ts → src/app/x.tsx (static)'],
      'domain-not-to-react-or-dom': ['src/domain/rules/rule.ts → node_modules/react-dom/client/ (static)'],
      'domain-not-to-node': ['src/domain/render/r.ts → node:fs (static)'],
      'render-not-to-rules': ['src/domain/render/r.ts → src/domain/rules/rule.ts (static)'],
      'cli-pages-not-to-app': ['src/cli/c.ts → src/app/x.tsx (static)'],
      'feature-not-to-other-feature-insides': ['src/app/features/one/inside.ts → src/app/features/two/inside.ts (static)'],
      'checks-not-to-rule-words': ['src/domain/rules/flannel/x/rule.ts → src/domain/rules/flannel/x/words.en.ts (static)'],
      'features-not-to-shell': ['src/app/features/two/wired.ts → src/app/shell/s.ts (static)'],
      'shared-not-to-features-or-shell': ['src/app/components/widget.tsx → src/app/features/two/index.ts (static)'],
      'not-to-unresolvable': ['src/app/x.tsx → src/app/w.ts (worker)', 'src/cli/c.ts → src/cli/gone (static)'],
    });
  });
});
