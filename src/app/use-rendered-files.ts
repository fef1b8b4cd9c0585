// The renderers (and js-yaml's dumper) load after the first screen: the form and its checks come first.
import { useEffect, useMemo, useState } from 'react';
import type { Plan } from '../domain/plan';
import type { RenderedFile } from '../domain/render/kubeadm';

type RenderAll = (plan: Plan) => RenderedFile[];
let loaded: RenderAll | null = null;
const loading = import('../domain/render/files').then((m) => (loaded = m.renderAll));

/** The generated files for the plan, or null while the renderers are still loading. */
export function useRenderedFiles(plan: Plan): RenderedFile[] | null {
  const [renderAll, setRenderAll] = useState<RenderAll | null>(() => loaded);
  useEffect(() => {
    if (!renderAll) void loading.then((fn) => setRenderAll(() => fn));
  }, [renderAll]);
  return useMemo(() => (renderAll ? renderAll(plan) : null), [renderAll, plan]);
}
