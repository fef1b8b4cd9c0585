// The renderers (and js-yaml's dumper) run in the engine worker (engine/), which loads them on the first request,
// made once the page is idle: the form and its checks come first. Outside the review step only the previewed file is
// rendered, so a keystroke renders one file, not all, and the preview follows the plan after the keystroke's frame
// (plan-after-paint.tsx), when the worker answers; an answer for an older plan is dropped.
// On the Chinese page the files' words (comments, NEXT-STEPS.md) and the line notes beside them are Chinese; with
// "English comments" on, the files are rendered in English and the notes still in Chinese (same lines, tested).
import { useEffect, useMemo, useState } from 'react';
import type { Plan } from '../../domain/plan';
import type { RenderedFile } from '../../domain/render/kubeadm';
import type { RenderWords } from '../../domain/render/words';
import { useAnswer } from '../engine/client';
import { useI18n } from './i18n';

let loadingZh: Promise<RenderWords> | null = null;
let loadedZh: RenderWords | null = null;
const loadZh = (): Promise<RenderWords> =>
  (loadingZh ??= import('../../domain/render/words.zh').then((m) => (loadedZh = m.renderWordsZh)));

/** The render words of the page's language (English: undefined); null while the Chinese ones load. */
export function usePageRenderWords(): RenderWords | undefined | null {
  const { lang } = useI18n();
  const [zh, setZh] = useState<RenderWords | null>(loadedZh);
  useEffect(() => {
    let current = true;
    if (lang === 'zh') void loadZh().then((words) => current && setZh(words));
    return () => {
      current = false;
    };
  }, [lang]);
  return lang === 'zh' ? zh : undefined;
}

export interface Rendered {
  names: string[];
  files: RenderedFile[];
}

/** The first render request waits for an idle moment (at most 1.5 s), so the first screen becomes interactive first. */
let idle: Promise<void> | null = null;
const whenIdle = (): Promise<void> =>
  (idle ??= new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1500 }) : resolve())));

/** All files (which = 'all') or just the named one, as of the newest answer; null until the first answer. */
export function useRenderedFiles(plan: Plan, which: 'all' | string): Rendered | null {
  const { lang, filesEnglish } = useI18n();
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let current = true;
    void whenIdle().then(() => current && setIdle(true));
    return () => {
      current = false;
    };
  }, []);
  const request = useMemo(() => ({ plan, which, lang, filesEnglish }), [plan, which, lang, filesEnglish]);
  const answered = useAnswer('render', request, idle);
  // Never the other language's words after a switch: nothing is shown until the page language's files arrive.
  return answered && answered.request.lang === lang ? answered.answer : null;
}
