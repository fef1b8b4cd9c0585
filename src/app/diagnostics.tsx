// Diagnostics of the current plan, in the user's language, shared by fields, the summary and the stepper.
import { createContext, type ReactNode, useContext } from 'react';
import type { DescribedDiagnostic } from '../content/describe';
import type { PlanFix } from '../domain/rules/types';
import type { StepId } from './form';

export interface DiagnosticsState {
  all: DescribedDiagnostic[];
  /** Input field → diagnostics shown beside it. */
  byField: Map<string, DescribedDiagnostic[]>;
  applyFix: (fix: PlanFix) => void;
  goToField: (field: string) => void;
  goToStep: (step: StepId) => void;
}

const DiagnosticsContext = createContext<DiagnosticsState | null>(null);

export function DiagnosticsProvider({ value, children }: { value: DiagnosticsState; children: ReactNode }) {
  return <DiagnosticsContext.Provider value={value}>{children}</DiagnosticsContext.Provider>;
}

export function useDiagnostics(): DiagnosticsState {
  const value = useContext(DiagnosticsContext);
  if (!value) throw new Error('useDiagnostics outside DiagnosticsProvider');
  return value;
}
