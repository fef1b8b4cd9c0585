// Language: follows the browser, can be switched, is remembered locally and never put in the permalink.
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { ENGLISH, type RuleCatalogue } from '../content/describe';
import { type UiMessages, uiEn } from '../content/ui.en';

export type Lang = 'en' | 'zh';
interface Catalogues {
  ui: UiMessages;
  rules: RuleCatalogue;
}
interface I18n extends Catalogues {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const STORAGE_KEY = 'dualstack-wizard.lang';
const EN: Catalogues = { ui: uiEn, rules: ENGLISH };
const I18nContext = createContext<I18n>({ ...EN, lang: 'en', setLang: () => {} });

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'zh') return stored;
  } catch {
    // Storage may be blocked; fall back to the browser language.
  }
  return navigator.languages?.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [zh, setZh] = useState<Catalogues | null>(null);
  useEffect(() => {
    // The Chinese catalogue is loaded only when it is used.
    if (lang === 'zh' && !zh) void import('../content/zh').then((m) => setZh(m.ZH));
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang, zh]);
  const value = useMemo<I18n>(() => {
    const setLang = (next: Lang) => {
      setLangState(next);
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Not remembered; still switched for this visit.
      }
    };
    return { ...(lang === 'zh' && zh ? zh : EN), lang, setLang };
  }, [lang, zh]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);
