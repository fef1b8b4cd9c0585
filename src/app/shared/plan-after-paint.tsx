// The form's plan as of the last painted frame. What a keystroke changes besides its own field (derived values,
// capacity, the preview, node legends) reads this, so it renders in a task after the keystroke's frame
// (after-paint.ts) and the typed character is painted first. One subscription and one copy per change for the page.
import { type ReactNode, createContext, useContext, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useFormContext } from 'react-hook-form';
import type { Plan } from '../../domain/plan';
import { afterNextPaint } from './after-paint';

const PlanAfterPaint = createContext<Plan | null>(null);

export function PlanAfterPaintProvider({ children }: { children: ReactNode }) {
  const { subscribe, getValues } = useFormContext<Plan>();
  // A copy: react-hook-form changes its values object in place.
  const [plan, setPlan] = useState<Plan>(() => structuredClone(getValues()));
  useEffect(() => {
    let cancel: (() => void) | null = null;
    const unsubscribe = subscribe({
      formState: { values: true },
      callback: () => {
        // Several changes within a frame (a one-click fix, an import) give one update.
        cancel ??= afterNextPaint(() => {
          cancel = null;
          // Rendered at once, in the task that also publishes the diagnostics (after-paint.ts), not in a later one
          // that a frame could come before.
          flushSync(() => setPlan(structuredClone(getValues())));
        });
      },
    });
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [subscribe, getValues]);
  return <PlanAfterPaint.Provider value={plan}>{children}</PlanAfterPaint.Provider>;
}

/** The plan after the frame that changed it; needs PlanAfterPaintProvider (App puts it around every step). */
export function usePlanAfterPaint(): Plan {
  const plan = useContext(PlanAfterPaint);
  if (!plan) throw new Error('usePlanAfterPaint needs PlanAfterPaintProvider');
  return plan;
}
