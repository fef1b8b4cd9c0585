// What the explain worker sends the page for one pasted log: each matching rule once, best first, with the lines
// around its best match.
import type { LogMatch } from '../../../domain/explain';

export interface ExplainRequest {
  id: number;
  text: string;
}

export interface MatchView {
  /** The rule's best line (explainLog's first for the rule). */
  match: LogMatch;
  /** The message's text as the log has it, to mark in the line. */
  marked: string;
  /** The lines around it: `context[i]` is line `first + i` (context.ts). */
  first: number;
  context: string[];
}

export type ExplainResponse = { id: number; matches: MatchView[] } | { id: number; failed: true };
