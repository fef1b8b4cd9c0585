// The open step and the browser's history (url-state.ts writes the entries). A step change is an entry, so Back
// returns to the step left; Back or Forward between entries of this plan changes only the step; any other entry (a
// link pasted into the address bar, or Back/Forward across one) replaces the form with its plan.
import { useCallback, useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { type DecodedLink, type Dropped, decodePlan } from '../../domain/permalink';
import type { Plan } from '../../domain/plan';
import { type StepId, stepOf } from '../shared/form';
import { focusField } from '../shared/focus';
import { type StepFocus, focusHeading } from './step-focus';
import { UrlWriter, entryDoc, newDocId } from './url-state';

export interface StepHistory {
  step: StepId;
  /** The address bar's entry: written by PermalinkWriter and on step changes. */
  writer: UrlWriter;
  /** What the opened link held that could not be read, until dismissed. */
  dropped: Dropped[];
  dismissDropped: () => void;
  /** Counts the plans from elsewhere: the import panel, keyed by it, starts over (what it read was merged into the plan replaced). */
  generation: number;
  /** Opens a step with its heading focused (the open step: the heading, at once). */
  showStep: (next: StepId) => void;
  /** Opens the field's step and focuses the field. */
  goToField: (field: string) => void;
}

export function useStepHistory(initial: DecodedLink, methods: UseFormReturn<Plan>, focus: StepFocus): StepHistory {
  const [dropped, setDropped] = useState(initial.dropped);
  const [step, setStep] = useState<StepId>(initial.step ?? 'cluster');
  // Its doc id is set once mounted.
  const [writer] = useState(() => new UrlWriter(() => methods.getValues(), initial.step ?? 'cluster', ''));
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    // A reload keeps history.state, and so this plan's id: Back still moves between its steps.
    writer.doc = entryDoc(history.state) ?? newDocId();
    history.replaceState({ doc: writer.doc }, '');
    const onNavigate = () => {
      const decoded = decodePlan(location.hash);
      const next: StepId = decoded.step ?? 'cluster';
      const doc = entryDoc(history.state);
      writer.cancel();
      if (doc !== null && doc === writer.doc) {
        // Back or Forward between steps of this plan: the plan stays as the user left it (edits are no entries).
        if (next !== writer.step) {
          writer.step = next;
          focus.heading();
          setStep(next);
        }
        writer.write();
        return;
      }
      // Another plan: a link pasted into the address bar, or Back/Forward across one. It replaces the form.
      writer.doc = doc ?? newDocId();
      writer.step = next;
      history.replaceState({ doc: writer.doc }, '');
      methods.reset(decoded.plan);
      void methods.trigger();
      setDropped(decoded.dropped);
      setGeneration((n) => n + 1);
      focus.heading();
      setStep(next);
    };
    // A fragment typed into the address bar fires both; the second finds its entry already claimed.
    window.addEventListener('popstate', onNavigate);
    window.addEventListener('hashchange', onNavigate);
    return () => {
      window.removeEventListener('popstate', onNavigate);
      window.removeEventListener('hashchange', onNavigate);
    };
  }, [writer, methods, focus]);

  /** A step change is a history entry (Back returns to the step left); choosing the open step is none. */
  const openStep = useCallback(
    (next: StepId) => {
      if (next !== writer.step) writer.push(next);
      setStep(next);
    },
    [writer],
  );
  const goToField = useCallback(
    (field: string) => {
      const target = stepOf(field);
      // On the open step a field not shown now never appears: the heading, at once.
      if (target === writer.step) return focusField(field, focusHeading, 0);
      focus.field(field);
      openStep(target);
    },
    [writer, openStep, focus],
  );
  const showStep = useCallback(
    (next: StepId) => {
      // The open step renders nothing new, so its heading takes focus at once.
      if (next === writer.step) return focusHeading();
      focus.heading();
      openStep(next);
    },
    [openStep, writer, focus],
  );
  const dismissDropped = useCallback(() => setDropped([]), []);
  return { step, writer, dropped, dismissDropped, generation, showStep, goToField };
}
