// A minimal failing example and its fixed version for every rule, as data: the rule pages (rules/<id>/) show them as
// files and link to the wizard with the failing one loaded. tests/domain/rules/examples.test.ts checks that each
// failing example triggers its rule (exact id), through the rules and through the files shown, and the fixed one
// does not. Only the file parsers see raw YAML or JSON, so their rules get file text instead of a plan.
import type { Plan } from '../plan';
import { renderFile } from '../render/files';
import type { RenderWords } from '../render/words';
import { type ExampleFile, type ExampleFileName } from './example-kit';
import type { RuleExample } from './example-kit';
import { byRule } from './folders';

export type { ExampleFile, ExampleFileName, ExamplePatch, FileExample, PlanExample, RuleExample } from './example-kit';
export { examplePlan } from './example-kit';

// Stryker disable next-line all: Vite reads the glob's literal arguments at build time; a mutant of them does not build.
const EXAMPLE_MODULES = import.meta.glob<{ example: RuleExample }>('./*/*/example.ts', { eager: true });

/** Each rule's failing and fixed example (its example.ts), by id. */
export const RULE_EXAMPLES: Record<string, RuleExample> = byRule(EXAMPLE_MODULES, (m) => m.example);

/** The generated files of a plan example, as the page shows them (comments in the given words, English by default). */
export function planExampleFiles(plan: Plan, names: readonly ExampleFileName[], words?: RenderWords): ExampleFile[] {
  return names.map((name) => {
    const file = renderFile(plan, name, undefined, words ? { words } : {});
    if (!file) throw new Error(`the example plan has no ${name}`);
    return { path: name, text: file.content };
  });
}
