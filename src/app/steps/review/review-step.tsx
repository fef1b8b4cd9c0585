import { useState } from 'react';
import { linkGaps } from '../../../domain/link-gaps';
import type { Plan } from '../../../domain/plan';
import type { RenderedFile } from '../../../domain/render/kubeadm';
import { CopyButton, FilePreview, FilesEnglishSwitch, download } from '../../components/file-preview';
import { useAllDiagnostics } from '../../diagnostics';
import { useStepsUi } from '../../steps-ui';
import { zipFiles } from './meta';

export function ReviewStep({ files, permalink, plan }: { files: RenderedFile[]; permalink: string; plan: Plan }) {
  const ui = useStepsUi();
  // What the link cannot hold is named beside it, before it is shared.
  const gaps = linkGaps(plan);
  const all = useAllDiagnostics();
  const [zipping, setZipping] = useState(false);
  const errors = all.filter((d) => d.severity === 'error').length;
  const nextSteps = files.find((f) => f.name === 'NEXT-STEPS.md');
  return (
    <>
      {errors ? (
        <p className="error-banner" role="alert">
          {ui.errorsBlock(errors)}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="permalink">{ui.permalink}</label>
        <div className="field-input">
          <input id="permalink" readOnly value={permalink} aria-describedby={gaps.length ? 'permalink-hint permalink-gaps' : 'permalink-hint'} onFocus={(e) => e.currentTarget.select()} />
          <CopyButton text={permalink} label={ui.copyLink} />
        </div>
        <p className="hint" id="permalink-hint">
          {ui.permalinkHint}
        </p>
        {gaps.length ? (
          <div className="hint link-gaps" id="permalink-gaps">
            <p>{ui.linkGapsTitle}</p>
            <ul>
              {gaps.map((gap, i) => (
                <li key={i}>{gap.reason === 'secret' ? ui.linkGapPsk : gap.key === '' ? ui.linkGapLong : ui.linkGapNotHeld(gap.key, ui.dropReasons[gap.reason] ?? gap.reason)}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <FilesEnglishSwitch />
      <div className="download-all">
        <button
          type="button"
          disabled={zipping}
          onClick={() => {
            setZipping(true);
            void zipFiles(files)
              .then((zip) => download('dualstack-wizard.zip', zip, 'application/zip'))
              .finally(() => setZipping(false));
          }}
        >
          {ui.downloadAll}
        </button>
      </div>
      {files.filter((f) => f !== nextSteps).map((file) => (
        <FilePreview key={file.name} file={file} />
      ))}
      {nextSteps ? (
        <section aria-labelledby="next-steps-heading">
          <h2 id="next-steps-heading">{ui.nextSteps}</h2>
          <FilePreview file={nextSteps} />
        </section>
      ) : null}
    </>
  );
}
