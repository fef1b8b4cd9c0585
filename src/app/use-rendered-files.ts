// The renderers (and js-yaml's dumper) load after the first screen: the form and its checks come first.
// Outside the review step only the previewed file is rendered, so a keystroke renders one file, not all, and the
// preview follows the plan in a task after the keystroke's frame (plan-after-paint.tsx).
// On the Chinese page the files' words (comments, NEXT-STEPS.md) and the line notes beside them are Chinese; with
// "English comments" on, the files are rendered in English and the notes still in Chinese (same lines, tested).
import { useEffect, useMemo, useState } from 'react';
import type { Plan } from '../domain/plan';
import type { RenderedFile } from '../domain/render/kubeadm';
import type { RenderWords } from '../domain/render/words';
import { useI18n } from './i18n';

type Renderers = typeof import('../domain/render/files');
let loading: Promise<Renderers> | null = null;
const load = (): Promise<Renderers> => (loading ??= import('../domain/render/files'));
let loadingZh: Promise<RenderWords> | null = null;
let loadedZh: RenderWords | null = null;
const loadZh = (): Promise<RenderWords> =>
  (loadingZh ??= import('../domain/render/words.zh').then((m) => (loadedZh = m.renderWordsZh)));

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

/** All files (which = 'all') or just the named one; null while the renderers or the page language's words load. */
export function useRenderedFiles(plan: Plan, which: 'all' | string): Rendered | null {
  const { filesEnglish } = useI18n();
  // Always null on the first render, so the prerendered page and the first client render agree.
  const [renderers, setRenderers] = useState<Renderers | null>(null);
  const pageWords = usePageRenderWords();
  useEffect(() => {
    let current = true;
    // Loaded once the page is idle, so the first screen becomes interactive without waiting for the renderers.
    const start = () => void load().then((m) => current && setRenderers(m));
    if (loading || typeof requestIdleCallback !== 'function') start();
    else requestIdleCallback(start, { timeout: 1500 });
    return () => {
      current = false;
    };
  }, []);
  return useMemo(() => {
    // Never English words on the Chinese page while its words load: nothing is shown for that moment.
    if (!renderers || pageWords === null) return null;
    const notes = pageWords;
    const names = renderers.fileNames(plan);
    const render = (words: RenderWords | undefined): RenderedFile[] => {
      const options = words ? { words } : {};
      if (which === 'all') return renderers.renderAll(plan, undefined, options);
      const file = renderers.renderFile(plan, names.includes(which) ? which : names[0]!, undefined, options);
      return file ? [file] : [];
    };
    const files = render(filesEnglish ? undefined : notes);
    if (!filesEnglish || !notes) return { names, files };
    const explained = render(notes);
    return { names, files: files.map((file, i) => ({ ...file, annotations: explained[i]!.annotations })) };
  }, [renderers, plan, which, pageWords, filesEnglish]);
}
