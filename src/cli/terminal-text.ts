// What the CLI prints comes partly from its input: a file's values, a log's lines, file names. A terminal acts on
// control characters (ESC starts a sequence that can rewrite the screen or, with OSC 52, the clipboard; CR
// overwrites the line; bidi overrides reorder it), so every one is printed as a visible \uXXXX escape. That is also
// JSON's escape, so JSON output parses to exactly the same values.
import type { Diagnostic, Params } from '../domain/rules/types';

// C0 controls but tab and newline, DEL, C1 (U+0080–U+009F: 8-bit CSI and OSC), the line and paragraph separators,
// and the bidi embeddings, overrides and isolates. One character class: linear in the text.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text for a terminal: its own newlines and tabs kept, every other control character shown as \uXXXX. */
export const visibleControls = (text: string): string => text.replace(CONTROLS, escape);

/** A value from the input inside one line of text output: its newlines and tabs shown too, so it cannot fake a line. */
export const oneLineValue = (text: string): string => visibleControls(text).replace(/[\n\t]/g, escape);

/** A diagnostic for text output: the input's values in its parameters and file name kept to one line each. */
export function forText(d: Diagnostic): Diagnostic {
  const params: Params = {};
  for (const [key, value] of Object.entries(d.params)) params[key] = typeof value === 'string' ? oneLineValue(value) : value;
  return { ...d, params, ...(d.location ? { location: { ...d.location, file: oneLineValue(d.location.file) } } : {}) };
}
