// The live preview beside the form; loaded with the renderers, after the first screen.
import type { RenderedFile } from '../../../domain/render/kubeadm';
import { useAllDiagnostics } from '../../shared/diagnostics';
import { usePlanAfterPaint } from '../../shared/plan-after-paint';
import { useStepsUi } from '../../shared/steps-ui';
import { ExampleNotice, FilePreview, FilesEnglishSwitch } from '../../components/file-preview';

export function PreviewPanel({ names, file, onSelect }: { names: string[]; file: RenderedFile; onSelect: (name: string) => void }) {
  const ui = useStepsUi();
  // The file is offered for download here too, so it says when the plan has errors, as the review step does.
  // Not a live region: each field already announces its own error.
  const errors = useAllDiagnostics().filter((d) => d.severity === 'error').length;
  return (
    <section aria-labelledby="preview-heading" className="preview">
      <h2 id="preview-heading">{ui.preview}</h2>
      {errors ? <p className="error-banner">{ui.errorsBlock(errors)}</p> : null}
      <ExampleNotice plan={usePlanAfterPaint()} />
      <label htmlFor="preview-file">{ui.fileTabs}</label>
      <select id="preview-file" value={file.name} onChange={(e) => onSelect(e.target.value)}>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <FilesEnglishSwitch />
      <FilePreview file={file} />
    </section>
  );
}
