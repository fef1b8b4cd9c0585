// "Start from my files": the panel and its reading note, loaded when the panel is first opened.
import { lazy } from 'react';

export const ImportPanel = lazy(() => import('./import-panel').then((m) => ({ default: m.ImportPanel })));
export const ImportProgress = lazy(() => import('./import-progress'));
