// What the opened link held that could not be read (decodePlan's dropped list), until dismissed.
import type { Dropped } from '../../domain/permalink';
import { useI18n } from '../shared/i18n';

export function LinkNotice({ dropped, onDismiss }: { dropped: Dropped[]; onDismiss: () => void }) {
  const { ui } = useI18n();
  if (!dropped.length) return null;
  return (
    <div className="notice" role="status">
      <p>{ui.linkNotice}</p>
      <ul>
        {dropped.map((d, i) => (
          <li key={i}>
            <code>{d.key ? `${d.key}=${d.value}` : d.value}</code>: {ui.dropReasons[d.reason] ?? d.reason}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {ui.dismiss}
      </button>
    </div>
  );
}
