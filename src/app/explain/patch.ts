// Applies a fix read from a log to the user's plan: a copy with the dotted Plan paths set, handed to the page the
// way an import's plan is (app.tsx onImport), so the panel can undo it.
import type { Plan } from '../../domain/plan';
import type { PlanPath } from '../../domain/rules/types';

export function applyPatch(plan: Plan, set: ReadonlyArray<{ field: PlanPath; value: unknown }>): Plan {
  const next = structuredClone(plan);
  for (const { field, value } of set) {
    const keys = field.split('.');
    let target = next as unknown as Record<string, unknown>;
    keys.slice(0, -1).forEach((key, i) => {
      const child = target[key];
      if (typeof child !== 'object' || child === null) target[key] = /^\d+$/.test(keys[i + 1]!) ? [] : {};
      target = target[key] as Record<string, unknown>;
    });
    target[keys.at(-1)!] = structuredClone(value);
  }
  return next;
}
