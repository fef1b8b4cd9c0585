// The words of the steps, panels and previews: English loads with them (not with the first screen), Chinese
// with the Chinese catalogue. Returns the shell's words too, so a component needs only one hook.
import { useMemo } from 'react';
import { type UiStepMessages, uiStepsEn } from '../../content/ui-steps.en';
import type { UiMessages } from '../../content/ui.en';
import { useI18n } from './i18n';

export function useStepsUi(): UiMessages & UiStepMessages {
  const { ui, lang, uiStepsZh } = useI18n();
  return useMemo(() => ({ ...ui, ...(lang === 'zh' && uiStepsZh ? uiStepsZh : uiStepsEn) }), [ui, lang, uiStepsZh]);
}
