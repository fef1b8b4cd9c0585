// A one-click fix: its values go into the form, and the clicked button goes with its diagnostic, so focus moves to
// the fixed field when the open step shows it, else to the next problem, never to <body>.
import { useCallback } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Plan } from '../../domain/plan';
import type { PlanFix } from '../../domain/rules/types';
import { stepOf } from '../shared/form';
import { fieldElement } from '../shared/focus';
import { focusNextProblem } from './step-focus';
import type { UrlWriter } from './url-state';

export function useApplyFix(methods: UseFormReturn<Plan>, writer: UrlWriter): (fix: PlanFix) => void {
  return useCallback(
    (fix: PlanFix) => {
      for (const { field, value } of fix.set) methods.setValue(field as never, value as never, { shouldValidate: true, shouldDirty: true });
      const fixed = fix.set.map(({ field }) => (stepOf(field) === writer.step ? fieldElement(field) : null)).find((element) => element);
      if (fixed) fixed.focus();
      else focusNextProblem();
    },
    [methods, writer],
  );
}
