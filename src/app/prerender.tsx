// Build-time render of the first screen (default plan, English) into index.html, so it paints before the
// JavaScript has run; main.tsx hydrates it. prerender waits for the lazily loaded Cluster step.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './app';
import { I18nProvider } from './shared/i18n';

export async function render(): Promise<string> {
  const { prelude } = await prerender(
    <StrictMode>
      <I18nProvider initial="en">
        <App initialHash="" />
      </I18nProvider>
    </StrictMode>,
  );
  return new Response(prelude).text();
}
