// The lines around a match, as the explain panel shows them: a few lines either side, colour codes removed, and a
// line longer than the box can usefully show (a 10 MB log may be one line) cut around the matched text.

/** Lines shown either side of the matched one. */
export const CONTEXT_LINES = 3;
/** A line longer than this is cut; the matched text is kept with SIDE characters either side. */
export const MAX_LINE = 600;
const SIDE = 200;

// ANSI colour and cursor codes (ESC [ … letter), which kubectl prints from colourised loggers.
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

export const stripAnsi = (line: string): string => line.replace(ANSI, '');

/** Shortens a line to at most about MAX_LINE characters, keeping `excerpt` (when found) and marking each cut with "…". */
export function shortenLine(line: string, excerpt = ''): string {
  if (line.length <= MAX_LINE) return line;
  const at = excerpt ? line.indexOf(excerpt) : -1;
  if (at < 0) return `${line.slice(0, MAX_LINE)}…`;
  const start = Math.max(0, at - SIDE);
  const end = Math.min(line.length, at + excerpt.length + SIDE);
  return `${start > 0 ? '…' : ''}${line.slice(start, end)}${end < line.length ? '…' : ''}`;
}

/**
 * The 1-based line `line` of `text` and up to `radius` lines either side: `lines[i]` is line `first + i`. Reads only
 * as far as it needs to, so a match near the start of a huge log costs little.
 */
export function linesAround(text: string, line: number, excerpt = '', radius = CONTEXT_LINES): { first: number; lines: string[] } {
  const first = Math.max(1, line - radius);
  const lines: string[] = [];
  let start = 0;
  // The empty piece after a final newline is no line.
  for (let n = 1; n <= line + radius && (start < text.length || n === 1); n++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (n >= first) {
      const raw = stripAnsi(text.slice(start, end).replace(/\r$/, ''));
      lines.push(shortenLine(raw, n === line ? excerpt : ''));
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return { first, lines };
}
