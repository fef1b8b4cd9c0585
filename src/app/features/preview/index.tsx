// The previewed file beside the form; only that one file is rendered per change. The panel loads with the renderers,
// after the first screen.
import { Suspense, lazy } from 'react';
import { usePlanAfterPaint } from '../../shared/plan-after-paint';
import { useRenderedFiles } from '../../shared/use-rendered-files';

const PreviewPanel = lazy(() => import('./preview-panel').then((m) => ({ default: m.PreviewPanel })));

export function LivePreview({ name, onSelect }: { name: string; onSelect: (name: string) => void }) {
  const plan = usePlanAfterPaint();
  const rendered = useRenderedFiles(plan, name);
  if (!rendered?.files[0]) return null;
  return (
    <Suspense fallback={null}>
      <PreviewPanel names={rendered.names} file={rendered.files[0]} onSelect={onSelect} />
    </Suspense>
  );
}
