import { lazy } from 'react';

/** Loaded when the step is first opened. */
export const FlannelStep = lazy(() => import('./flannel-step').then((m) => ({ default: m.FlannelStep })));
