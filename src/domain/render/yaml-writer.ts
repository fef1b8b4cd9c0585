// Writes YAML documents with js-yaml (so every user value is quoted by js-yaml's scalar rules) and then
// inserts whole-line "#" comments above chosen keys. Comments can never add keys or documents.
import { dump } from 'js-yaml';

export interface YamlDocument {
  value: Record<string, unknown>;
  /** Dotted key path ("networking.podSubnet", "args.0") → comment text; "" comments the document start. */
  comments?: Record<string, Comment>;
}

export interface Comment {
  text: string;
  /** Explanation topic shown beside the line in the wizard. */
  topic: string;
}

export interface Annotation {
  /** 1-based line the comment explains. */
  line: number;
  topic: string;
  text: string;
}

/** One comment line per text line; control characters and line separators cannot escape the "#". */
export function commentLines(text: string, indent: string): string[] {
  return text
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f\u0085\u2028\u2029]/g, ' ')
    .split('\n')
    .map((line) => `${indent}# ${line}`.trimEnd());
}

type Tree = Record<string, unknown> | unknown[];
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null;

/**
 * The keys along a dotted path; a key that itself holds dots ("data.net-conf.json") is matched whole, so the
 * longest run of segments that names an existing key wins.
 */
function splitPath(root: unknown, path: string): string[] | null {
  const segments = path.split('.');
  const keys: string[] = [];
  let node: unknown = root;
  for (let i = 0; i < segments.length; ) {
    if (!isTree(node)) return null;
    let taken = 0;
    for (let j = segments.length; j > i; j--) {
      const key = segments.slice(i, j).join('.');
      if (Object.prototype.hasOwnProperty.call(node, key)) {
        taken = j - i;
        keys.push(key);
        node = (node as Record<string, unknown>)[key];
        break;
      }
    }
    if (taken === 0) return null;
    i += taken;
  }
  return keys;
}

/**
 * Renames the key at each commented path to a marker that no input can predict, so its line can be found in
 * the dumped text without parsing it again. A path ending in a list index marks the item's first key.
 */
function markKeys(value: Record<string, unknown>, paths: string[], nonce: string): { marked: Record<string, unknown>; markers: Map<string, string> } {
  const marked = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  const markers = new Map<string, string>();
  // Find every commented key before renaming any: renaming "flannel" first would hide "flannel.tunnelMode".
  const targets = paths.map((path): { parent: Record<string, unknown>; last: string } | null => {
    if (path === '') return null;
    const keys = splitPath(marked, path);
    if (!keys) return null;
    let parent: unknown = marked;
    for (const key of keys.slice(0, -1)) parent = isTree(parent) ? (parent as Record<string, unknown>)[key] : undefined;
    let last = keys[keys.length - 1]!;
    if (Array.isArray(parent)) {
      parent = parent[Number(last)];
      if (!isTree(parent) || Array.isArray(parent)) return null;
      last = Object.keys(parent)[0] ?? '';
    }
    if (!isTree(parent) || Array.isArray(parent) || !(last in parent)) return null;
    return { parent, last };
  });
  paths.forEach((path, n) => {
    const target = targets[n];
    if (!target) return;
    const { parent, last } = target;
    const marker = `m${nonce}x${n}x`;
    const rebuilt = Object.fromEntries(Object.entries(parent).map(([key, v]) => [key === last ? marker : key, v]));
    for (const key of Object.keys(parent)) delete (parent as Record<string, unknown>)[key];
    Object.assign(parent, rebuilt);
    markers.set(marker, last);
    markers.set(`path:${marker}`, path);
  });
  return { marked, markers };
}

/** `header`: comment lines above the first document, with no annotation (the versions `generate` wrote for). */
export function renderYaml(documents: YamlDocument[], header?: string | null): { text: string; annotations: Annotation[] } {
  const out: string[] = header ? commentLines(header, '') : [];
  const annotations: Annotation[] = [];
  const nonce = Math.random().toString(36).slice(2, 10);
  documents.forEach((doc, index) => {
    if (index > 0) out.push('---');
    const comments = doc.comments ?? {};
    const { marked, markers } = markKeys(doc.value, Object.keys(comments), nonce);
    const body = dump(marked, { lineWidth: -1, noRefs: true }).replace(/\n$/, '').split('\n');
    body.forEach((line, i) => {
      const found = /^(\s*)(- )?(m[a-z0-9]+x\d+x):/.exec(line);
      const marker = found && markers.has(found[3]!) ? found[3]! : null;
      const path = marker ? markers.get(`path:${marker}`)! : i === 0 && comments[''] ? '' : null;
      const comment = path !== null ? comments[path] : undefined;
      const text = marker ? line.replace(marker, markers.get(marker)!) : line;
      if (comment) out.push(...commentLines(comment.text, /^\s*/.exec(text)![0]));
      out.push(text);
      if (comment) annotations.push({ line: out.length, topic: comment.topic, text: comment.text });
    });
  });
  return { text: `${out.join('\n')}\n`, annotations };
}
