// The renderers (and js-yaml's dumper) load after the first screen: the form and its checks come first.
// Outside the review step only the previewed file is rendered, so a keystroke renders one file, not all, and the
// preview follows the plan in a task after the keystroke's frame (usePlanAfterPaint).
import { useEffect, useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Plan } from '../domain/plan';
import type { RenderedFile } from '../domain/render/kubeadm';
import { afterNextPaint } from './after-paint';

type Renderers = typeof import('../domain/render/files');
let loading: Promise<Renderers> | null = null;
const load = (): Promise<Renderers> => (loading ??= import('../domain/render/files'));

export interface Rendered {
  names: string[];
  files: RenderedFile[];
}

/** All files (which = 'all') or just the named one; null while the renderers are still loading. */
export function useRenderedFiles(plan: Plan, which: 'all' | string): Rendered | null {
  // Always null on the first render, so the prerendered page and the first client render agree.
  const [renderers, setRenderers] = useState<Renderers | null>(null);
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
    if (!renderers) return null;
    const names = renderers.fileNames(plan);
    if (which === 'all') return { names, files: renderers.renderAll(plan) };
    const file = renderers.renderFile(plan, names.includes(which) ? which : names[0]!);
    return { names, files: file ? [file] : [] };
  }, [renderers, plan, which]);
}

/**
 * The form's plan, updated in a task after the frame that changed it (several changes within a frame once): the
 * preview watches this instead of the form, so it never renders inside a keystroke's frame.
 */
export function usePlanAfterPaint(): Plan {
  const { subscribe, getValues } = useFormContext<Plan>();
  const [plan, setPlan] = useState<Plan>(() => structuredClone(getValues()));
  useEffect(() => {
    let cancel: (() => void) | null = null;
    const unsubscribe = subscribe({
      formState: { values: true },
      callback: () => {
        cancel ??= afterNextPaint(() => {
          cancel = null;
          // A copy: react-hook-form changes its values object in place.
          setPlan(structuredClone(getValues()));
        });
      },
    });
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [subscribe, getValues]);
  return plan;
}
