// Helpers of the golden tests: paths that differ between parsed files, a YAML file's comment lines, annotations as text.
import type { Annotation } from '../../../src/domain/render/yaml-writer';

export function differingPaths(a: unknown, b: unknown, path = '$'): string[] {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) return [path];
  if (typeof a !== 'object' || a === null) return a === b ? [] : [path];
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  return [...keys].flatMap((key) => differingPaths((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`));
}

/** The whole-line comments of a YAML file, each with its line number, one per line (vitest diffs them line by line). */
export function commentLines(text: string): string {
  return text
    .split('\n')
    .flatMap((line, i) => (/^\s*#/.test(line) ? [`${i + 1}: ${line}`] : []))
    .join('\n');
}

/** Annotations one per line: "line [topic] text". */
export function annotationLines(annotations: readonly Annotation[]): string {
  return annotations.map((a) => `${a.line} [${a.topic}] ${a.text}`).join('\n');
}
