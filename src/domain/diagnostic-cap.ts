// A file with thousands of the same mistake (5,000 unknown net-conf.json keys, a List of nodes all missing one
// annotation) is told so once in a readable list: at most MAX_PER_RULE_PER_FILE diagnostics of one rule per file,
// the last of them counting the rest.
import type { Diagnostic } from './rules/types';

/** As many as explainLog keeps lines of one rule (explain.ts): enough to see the pattern and where it starts. */
export const MAX_PER_RULE_PER_FILE = 20;

/** The diagnostics in their order, at most MAX_PER_RULE_PER_FILE of a rule per file; the last kept one says `more`. */
export function capDiagnostics(diagnostics: Diagnostic[], max = MAX_PER_RULE_PER_FILE): Diagnostic[] {
  const groups = new Map<string, { kept: number; last: number; more: number }>();
  const kept: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const key = `${diagnostic.rule}\u0000${diagnostic.location?.file ?? ''}`;
    const group = groups.get(key) ?? { kept: 0, last: -1, more: 0 };
    groups.set(key, group);
    if (group.kept < max) {
      group.kept += 1;
      group.last = kept.length;
      kept.push(diagnostic);
    } else group.more += 1;
  }
  for (const group of groups.values()) if (group.more > 0) kept[group.last] = { ...kept[group.last]!, more: group.more };
  return kept;
}
