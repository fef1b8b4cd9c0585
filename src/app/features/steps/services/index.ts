import { lazy } from 'react';

/** Loaded when the step is first opened. */
export const ServicesStep = lazy(() => import('./services-step').then((m) => ({ default: m.ServicesStep })));
