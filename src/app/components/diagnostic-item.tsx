// One diagnostic: severity, message, the why behind it, and its one-click fixes.
import { memo } from 'react';
import type { DescribedDiagnostic } from '../../content/describe';
import { useDiagnosticActions } from '../shared/diagnostics';
import { useI18n } from '../shared/i18n';
import { WithCode } from './with-code';
import { rulePagePath } from '../../content/rule-page-path';

// Memoised: the store keeps an unchanged diagnostic's object, so a keystroke re-renders only the items that changed.
export const DiagnosticItem = memo(function DiagnosticItem({ diagnostic, showGoTo, id }: { diagnostic: DescribedDiagnostic; showGoTo?: boolean; id?: string }) {
  const { ui, lang } = useI18n();
  const { applyFix, goToField } = useDiagnosticActions();
  const field = diagnostic.fields[0];
  return (
    <div className={`diagnostic diagnostic-${diagnostic.severity}`} id={id} data-rule={diagnostic.rule}>
      <p className="diagnostic-message">
        <span className="severity">{ui.severity[diagnostic.severity]}:</span> <WithCode text={diagnostic.message} />
      </p>
      <details>
        <summary>{ui.why}</summary>
        <p>
          <WithCode text={diagnostic.explanation} />
        </p>
        {diagnostic.fix ? (
          <p className="diagnostic-fix">
            <WithCode text={diagnostic.fix} />
          </p>
        ) : null}
        <p className="diagnostic-phase">
          <WithCode text={ui.phase[diagnostic.phase]} />
        </p>
        <p className="rule-id">
          {/* The rule's static page in the page's language, relative to the wizard (src/pages/rule-pages.ts). */}
          <a href={rulePagePath(diagnostic.rule, lang)}>
            {ui.rulePage} <code>{diagnostic.rule}</code>
          </a>
        </p>
      </details>
      {diagnostic.fixes.length > 0 || (showGoTo && field) ? (
        <div className="diagnostic-actions">
          {diagnostic.fixes.map((fix, i) => (
            <button type="button" key={fix.label + JSON.stringify(fix.set)} onClick={() => applyFix(fix)}>
              {diagnostic.fixLabels[i]}
            </button>
          ))}
          {showGoTo && field ? (
            <button type="button" className="link-button" onClick={() => goToField(field)}>
              {ui.goToField}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
});
