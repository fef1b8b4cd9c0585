// Language: follows the browser, can be switched, is remembered locally and never put in the permalink.
// The words for diagnostics and the Chinese UI are loaded when they are first needed. On the Chinese page the
// generated files can keep English comments (teams share files): remembered like the language.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { RuleCatalogue } from '../../content/describe';
import type { UiStepMessages } from '../../content/ui-steps.en';
import { type UiMessages, uiEn } from '../../content/ui.en';

export type Lang = 'en' | 'zh';
interface I18n {
  lang: Lang;
  ui: UiMessages;
  /** The steps' Chinese words, once loaded (English ones load with the steps: steps-ui.ts). */
  uiStepsZh: UiStepMessages | null;
  /** null until requested and loaded. */
  rules: RuleCatalogue | null;
  requestRules: () => void;
  setLang: (lang: Lang) => void;
  /** Chinese page only: write the files' comments and NEXT-STEPS.md in English. */
  filesEnglish: boolean;
  setFilesEnglish: (english: boolean) => void;
}

const STORAGE_KEY = 'dualstack-wizard.lang';
const FILES_KEY = 'dualstack-wizard.file-comments';
const I18nContext = createContext<I18n>({ lang: 'en', ui: uiEn, uiStepsZh: null, rules: null, requestRules: () => {}, setLang: () => {}, filesEnglish: false, setFilesEnglish: () => {} });

const stored = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const store = (key: string, value: string): void => {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered; still applies for this visit.
  }
};
// index.html's English title, put back when the page returns to English.
let englishTitle: string | undefined;

export function initialLang(): Lang {
  // Storage may be blocked: then the browser language decides.
  const choice = stored(STORAGE_KEY);
  if (choice === 'en' || choice === 'zh') return choice;
  return navigator.languages?.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

const loadRules = (lang: Lang): Promise<RuleCatalogue> =>
  lang === 'zh' ? import('../../content/zh').then((m) => m.ZH_RULES) : import('../../content/en').then((m) => m.ENGLISH);

/** initial: the language to start in (the prerender uses "en"); otherwise the stored choice or the browser's. */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initial ?? initialLang());
  const [uiZh, setUiZh] = useState<{ ui: UiMessages; steps: UiStepMessages } | null>(null);
  const [rulesWanted, setRulesWanted] = useState(false);
  const [rules, setRules] = useState<{ lang: Lang; catalogue: RuleCatalogue } | null>(null);
  const [filesEnglish, setFilesEnglishState] = useState(() => stored(FILES_KEY) === 'en');
  useEffect(() => {
    if (lang === 'zh' && !uiZh) void import('../../content/ui.zh').then((m) => setUiZh({ ui: m.uiZh, steps: m.uiStepsZh }));
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    englishTitle ??= document.title;
    document.title = lang === 'zh' && uiZh ? uiZh.steps.documentTitle : englishTitle;
  }, [lang, uiZh]);
  useEffect(() => {
    if (!rulesWanted || rules?.lang === lang) return;
    let current = true;
    void loadRules(lang).then((catalogue) => {
      if (current) setRules({ lang, catalogue });
    });
    return () => {
      current = false;
    };
  }, [rulesWanted, lang, rules]);
  const requestRules = useCallback(() => setRulesWanted(true), []);
  const value = useMemo<I18n>(() => {
    const setLang = (next: Lang) => {
      setLangState(next);
      store(STORAGE_KEY, next);
    };
    const setFilesEnglish = (english: boolean) => {
      setFilesEnglishState(english);
      store(FILES_KEY, english ? 'en' : 'page');
    };
    const ui = lang === 'zh' ? (uiZh?.ui ?? uiEn) : uiEn;
    return { lang, ui, uiStepsZh: uiZh?.steps ?? null, rules: rules?.lang === lang ? rules.catalogue : null, requestRules, setLang, filesEnglish, setFilesEnglish };
  }, [lang, uiZh, rules, requestRules, filesEnglish]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);
