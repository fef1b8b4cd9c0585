// The address-space picture's code loads when a step that shows it opens (Pod network, Services, Review), never with
// the first screen. On the steps it follows the form in a task after each keystroke's frame (plan-after-paint.tsx), so
// typing paints the character first and the picture after.
import { Suspense, lazy } from 'react';
import type { Plan } from '../../../domain/plan';
import { usePlanAfterPaint } from '../../shared/plan-after-paint';

const Picture = lazy(() => import('./address-space-view'));

export function AddressSpaceOf({ plan }: { plan: Plan }) {
  return (
    <Suspense fallback={null}>
      <Picture plan={plan} />
    </Suspense>
  );
}

export function LiveAddressSpace() {
  return <AddressSpaceOf plan={usePlanAfterPaint()} />;
}
