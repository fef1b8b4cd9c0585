// "Paste an error or a log": the panel, loaded when it is first opened (the explainer itself runs in its worker).
import { lazy } from 'react';

export const ExplainPanel = lazy(() => import('./explain-panel').then((m) => ({ default: m.ExplainPanel })));
