import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { isDefaultStart } from './start';
import { App } from './app';
import { I18nProvider, initialLang } from './shared/i18n';
import { openingHash } from './shell/url-state';
import './styles.css';

const root = document.getElementById('root')!;
const lang = initialLang();
const hash = openingHash();
const app = (
  <StrictMode>
    <I18nProvider initial={lang}>
      <App initialHash={hash} />
    </I18nProvider>
  </StrictMode>
);
// index.html holds the prerendered default plan in English: hydrate it when that is what opens, else render anew.
// As a transition, React hydrates in short slices, so the page stays responsive while it becomes interactive.
if (root.hasChildNodes() && isDefaultStart(hash, lang)) startTransition(() => void hydrateRoot(root, app));
else createRoot(root).render(app);
