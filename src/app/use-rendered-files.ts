// The renderers (and js-yaml's dumper) load after the first screen: the form and its checks come first.
// Outside the review step only the previewed file is rendered, so a keystroke renders one file, not all, and that
// in a task after the keystroke's frame has been painted.
import { useEffect, useMemo, useRef, useState } from 'react';
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
  const shown = useAfterPaint(plan);
  return useMemo(() => {
    if (!renderers) return null;
    const names = renderers.fileNames(shown);
    if (which === 'all') return { names, files: renderers.renderAll(shown) };
    const file = renderers.renderFile(shown, names.includes(which) ? which : names[0]!);
    return { names, files: file ? [file] : [] };
  }, [renderers, shown, which]);
}

/** The value as of a task after the last paint: a change shows one frame later, several changes within a frame once. */
function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  const latest = useRef(value);
  const cancel = useRef<(() => void) | null>(null);
  useEffect(() => {
    latest.current = value;
    if (cancel.current || Object.is(value, shown)) return;
    cancel.current = afterNextPaint(() => {
      cancel.current = null;
      setShown(() => latest.current);
    });
  }, [value, shown]);
  useEffect(() => () => cancel.current?.(), []);
  return shown;
}
