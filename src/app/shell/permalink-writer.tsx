// Keeps the address bar on the current plan and step (url-state.ts): edits replace the entry after a pause in typing.
// It listens to the form without rendering, so a keystroke's frame does no URL work.
import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { encodePlan } from '../../domain/permalink';
import type { Plan } from '../../domain/plan';
import type { UrlWriter } from './url-state';

export function PermalinkWriter({ writer }: { writer: UrlWriter }) {
  const { subscribe, getValues } = useFormContext<Plan>();
  useEffect(() => {
    // The opening URL holds this plan unless parts of it could not be read: then it is rewritten too.
    if (location.hash !== '' && location.hash !== `#${encodePlan(getValues(), writer.step)}`) writer.schedule();
    const unsubscribe = subscribe({ formState: { values: true }, callback: () => writer.schedule() });
    // Leaving the page, or the window (for the address bar, say), writes at once, so a reload or a pasted link never
    // loses the last edit.
    window.addEventListener('pagehide', writer.leave);
    window.addEventListener('blur', writer.write);
    return () => {
      unsubscribe();
      writer.cancel();
      window.removeEventListener('pagehide', writer.leave);
      window.removeEventListener('blur', writer.write);
    };
  }, [writer, subscribe, getValues]);
  return null;
}
