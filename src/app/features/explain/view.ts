// The matches of a pasted log as the explain panel shows them: one entry per rule, its best line first (explainLog
// ranks rules and, within a rule, puts the best line first), with the log lines around it. Runs in the worker.
import { explainLog } from '../../../domain/explain';
import { linesAround } from './context';
import type { MatchView } from './protocol';

export function explainView(text: string): MatchView[] {
  const seen = new Set<string>();
  const views: MatchView[] = [];
  // One line per rule is shown; the others are counted in `occurrences`.
  for (const match of explainLog(text, { maxPerRule: 1 })) {
    if (seen.has(match.rule)) continue;
    seen.add(match.rule);
    const marked = match.excerpt.slice(match.span[0], match.span[1]);
    const { first, lines } = linesAround(text, match.line, marked);
    views.push({ match, marked, first, context: lines });
  }
  return views;
}
