// The plan's problems beside the form (errors and warnings), and its notes folded away until opened.
import { memo, useState } from 'react';
import { exampleValues } from '../../../domain/plan';
import { DiagnosticItem } from '../../components/diagnostic-item';
import { useAllDiagnostics } from '../../shared/diagnostics';
import { useI18n } from '../../shared/i18n';
import { usePlanAfterPaint } from '../../shared/plan-after-paint';

export const ProblemsPanel = memo(function ProblemsPanel() {
  const { ui } = useI18n();
  const all = useAllDiagnostics();
  const plan = usePlanAfterPaint();
  const examples = exampleValues(plan).length > 0;
  const [notesOpen, setNotesOpen] = useState(false);
  const problems = all.filter((d) => d.severity !== 'info');
  const notes = all.filter((d) => d.severity === 'info');
  return (
    <section aria-labelledby="problems-heading" className="problems">
      <h2 id="problems-heading" tabIndex={-1}>
        {ui.problems}
      </h2>
      {problems.length === 0 ? <p className={examples ? 'example-note' : 'ok'}>{examples ? ui.noProblemsExample : ui.noProblems}</p> : null}
      {problems.map((d, i) => (
        <DiagnosticItem key={`${d.rule}-${i}`} diagnostic={d} showGoTo />
      ))}
      {notes.length ? (
        <details
          className="notes"
          onToggle={(e) => setNotesOpen(e.currentTarget.open)}
        >
          <summary>
            {ui.severity.info} ({notes.length})
          </summary>
          {notesOpen ? notes.map((d, i) => <DiagnosticItem key={`${d.rule}-${i}`} diagnostic={d} showGoTo />) : null}
        </details>
      ) : null}
    </section>
  );
});
