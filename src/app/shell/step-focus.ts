// Where focus goes when the page changes under it: after a step change, the new step's heading; after "Go to field",
// the field, once its step's code has loaded; after a one-click fix whose field the open step does not show, the
// next problem. Never <body>.
import { useEffect, useMemo, useRef } from 'react';
import { fieldElement, focusField } from '../shared/focus';

export const focusHeading = (): void => document.getElementById('step-heading')?.focus();

/** After a one-click fix whose field this step does not show: the first remaining problem, once the list has updated. */
export function focusNextProblem(frames = 60): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) {
      if (frames > 0) focusNextProblem(frames - 1);
      return;
    }
    const next = document.querySelector<HTMLElement>('.problems .diagnostic button') ?? document.getElementById('problems-heading');
    next?.focus();
  });
}

export interface StepFocus {
  /** After the next render: this field (waiting for its step's code to show it), else the step's heading. */
  field: (field: string) => void;
  /** After the next render: the step's heading. */
  heading: () => void;
}

/** Moves focus after each render of the component that calls it, as asked before that render. */
export function useStepFocus(): StepFocus {
  const pendingFocus = useRef<string | null>(null);
  const headingFocus = useRef(false);
  useEffect(() => {
    if (pendingFocus.current) {
      // The step's code may still be loading: the heading holds focus until the field appears (focusField waits).
      const field = pendingFocus.current;
      pendingFocus.current = null;
      if (!fieldElement(field)) focusHeading();
      focusField(field, focusHeading);
    } else if (headingFocus.current) {
      // After a step change, keyboard and screen-reader users land on the new step's heading.
      document.getElementById('step-heading')?.focus();
    }
    headingFocus.current = false;
  });
  return useMemo(
    () => ({
      field: (field: string) => {
        pendingFocus.current = field;
      },
      heading: () => {
        headingFocus.current = true;
      },
    }),
    [],
  );
}
