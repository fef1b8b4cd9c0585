// The live preview beside the form; loaded with the renderers, after the first screen.
import type { RenderedFile } from '../../domain/render/kubeadm';
import { useI18n } from '../i18n';
import { FilePreview } from './file-preview';

export function PreviewPanel({ files, selected, onSelect }: { files: RenderedFile[]; selected: string; onSelect: (name: string) => void }) {
  const { ui } = useI18n();
  const preview = files.find((f) => f.name === selected) ?? files[0]!;
  return (
    <section aria-labelledby="preview-heading" className="preview">
      <h2 id="preview-heading">{ui.preview}</h2>
      <label htmlFor="preview-file">{ui.fileTabs}</label>
      <select id="preview-file" value={preview.name} onChange={(e) => onSelect(e.target.value)}>
        {files.map((f) => (
          <option key={f.name} value={f.name}>
            {f.name}
          </option>
        ))}
      </select>
      <FilePreview file={preview} />
    </section>
  );
}
