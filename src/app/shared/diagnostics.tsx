// Diagnostics of the current plan, in the user's language. Fields subscribe to their own entries only, so a
// keystroke re-renders the fields whose diagnostics changed, not every field on the page.
import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { DescribedDiagnostic } from '../../content/describe';
import type { PlanFix } from '../../domain/rules/types';
import { type StepId, markedFields } from './form';

export interface DiagnosticActions {
  applyFix: (fix: PlanFix) => void;
  goToField: (field: string) => void;
  goToStep: (step: StepId) => void;
}

const NONE: DescribedDiagnostic[] = [];
/** Equal diagnostics have equal keys: what a user sees of one, and where it points. */
const diagnosticKey = (d: DescribedDiagnostic): string =>
  JSON.stringify([d.rule, d.severity, d.phase, d.message, d.explanation, d.fix, d.fields, d.fixes, d.fixLabels, d.location ?? null]);

export class DiagnosticsStore {
  private byField = new Map<string, DescribedDiagnostic[]>();
  private all: DescribedDiagnostic[] = NONE;
  private byKey = new Map<string, DescribedDiagnostic>();
  private listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Publishes new diagnostics. A diagnostic equal to one shown before keeps that object, and each field's list stays
   * identical when its content did not change, so only what changed re-renders (a keystroke usually changes one);
   * when nothing changed, nothing is told.
   */
  set(incoming: DescribedDiagnostic[]): void {
    const byKey = new Map<string, DescribedDiagnostic>();
    const all = incoming.map((d) => {
      const key = diagnosticKey(d);
      const kept = byKey.get(key) ?? this.byKey.get(key) ?? d;
      byKey.set(key, kept);
      return kept;
    });
    this.byKey = byKey;
    if (all.length === this.all.length && all.every((d, i) => d === this.all[i])) return;
    const next = new Map<string, DescribedDiagnostic[]>();
    for (const d of all) for (const field of markedFields(d)) next.set(field, [...(next.get(field) ?? []), d]);
    for (const [field, list] of next) {
      const previous = this.byField.get(field);
      if (previous && previous.length === list.length && previous.every((d, i) => d === list[i])) next.set(field, previous);
    }
    this.byField = next;
    this.all = all;
    for (const listener of this.listeners) listener();
  }

  field(field: string): DescribedDiagnostic[] {
    return this.byField.get(field) ?? NONE;
  }

  getAll = (): DescribedDiagnostic[] => this.all;
}

const StoreContext = createContext<DiagnosticsStore | null>(null);
const ActionsContext = createContext<DiagnosticActions | null>(null);

export function DiagnosticsProvider({ store, actions, children }: { store: DiagnosticsStore; actions: DiagnosticActions; children: ReactNode }) {
  return (
    <StoreContext.Provider value={store}>
      <ActionsContext.Provider value={actions}>{children}</ActionsContext.Provider>
    </StoreContext.Provider>
  );
}

function useStore(): DiagnosticsStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('diagnostics used outside DiagnosticsProvider');
  return store;
}

/** The diagnostics shown beside one field. */
export function useFieldDiagnostics(field: string): DescribedDiagnostic[] {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => store.field(field), () => NONE);
}

export function useAllDiagnostics(): DescribedDiagnostic[] {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.getAll, () => NONE);
}

export function useDiagnosticActions(): DiagnosticActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('diagnostics used outside DiagnosticsProvider');
  return actions;
}
