import { lazy } from 'react';

/** Loaded when the step is first opened. */
export const PodsStep = lazy(() => import('./pods-step').then((m) => ({ default: m.PodsStep })));
