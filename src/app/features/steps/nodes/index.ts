import { lazy } from 'react';

/** Loaded when the step is first opened. */
export const NodesStep = lazy(() => import('./nodes-step').then((m) => ({ default: m.NodesStep })));
