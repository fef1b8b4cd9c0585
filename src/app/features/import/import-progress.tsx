// While the engine worker reads the files of an import (which may take a second for 1 MB), the page says so; the
// form keeps answering meanwhile. A live region that is always there, so the change is announced.
import { useSyncExternalStore } from 'react';
import { uiEngineEn } from '../../../content/ui-engine.en';
import { uiEngineZh } from '../../../content/ui-engine.zh';
import { engine } from '../../engine/client';
import { useI18n } from '../../shared/i18n';

const reading = (): boolean => engine.busy('detect') || engine.busy('import');

export function ImportProgress({ hidden }: { hidden?: boolean }) {
  const { lang } = useI18n();
  const busy = useSyncExternalStore(engine.subscribe, reading, () => false);
  return (
    <div role="status" className="import-progress" hidden={hidden}>
      {busy ? <p>{(lang === 'zh' ? uiEngineZh : uiEngineEn).reading}</p> : null}
    </div>
  );
}

export default ImportProgress;
