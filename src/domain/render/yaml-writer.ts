// Writes YAML documents with js-yaml (so every user value is quoted by js-yaml's scalar rules) and then
// inserts whole-line "#" comments above chosen keys. Comments can never add keys or documents.
import { dump } from 'js-yaml';
import { keyLines } from '../parse/yaml';

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

export function renderYaml(documents: YamlDocument[]): { text: string; annotations: Annotation[] } {
  const out: string[] = [];
  const annotations: Annotation[] = [];
  documents.forEach((doc, index) => {
    if (index > 0) out.push('---');
    const body = dump(doc.value, { lineWidth: -1, noRefs: true }).replace(/\n$/, '').split('\n');
    const lines = keyLines(body.join('\n'))[0] ?? new Map<string, number>();
    const before = new Map<number, Comment[]>();
    for (const [path, comment] of Object.entries(doc.comments ?? {})) {
      const line = path === '' ? 1 : lines.get(path);
      if (line === undefined) continue;
      before.set(line, [...(before.get(line) ?? []), comment]);
    }
    body.forEach((line, i) => {
      const comments = before.get(i + 1) ?? [];
      const indent = /^\s*/.exec(line)![0];
      for (const comment of comments) out.push(...commentLines(comment.text, indent));
      out.push(line);
      for (const comment of comments) annotations.push({ line: out.length, topic: comment.topic, text: comment.text });
    });
  });
  return { text: `${out.join('\n')}\n`, annotations };
}
