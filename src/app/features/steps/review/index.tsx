// The review step: every file, rendered for the plan as it is now; its code loads when the step is first opened.
import { lazy } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { encodePlan } from '../../../../domain/permalink';
import type { Plan } from '../../../../domain/plan';
import { useRenderedFiles } from '../../../shared/use-rendered-files';

const ReviewFiles = lazy(() => import('./review-step').then((m) => ({ default: m.ReviewStep })));

const useWatchedPlan = (): Plan => useWatch({ control: useFormContext<Plan>().control }) as Plan;

export function ReviewStep() {
  const plan = useWatchedPlan();
  const rendered = useRenderedFiles(plan, 'all');
  if (!rendered) return <p role="status">…</p>;
  const permalink = `${location.origin}${location.pathname}${location.search}#${encodePlan(plan)}`;
  return <ReviewFiles files={rendered.files} permalink={permalink} plan={plan} />;
}
