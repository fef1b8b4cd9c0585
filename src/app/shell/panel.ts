// A header panel (the import, the explainer): shown or hidden by its button, and mounted from its first opening on,
// so what was typed or read into it survives closing it.
import { useCallback, useState } from 'react';

export function usePanel(): { open: boolean; opened: boolean; toggle: () => void; close: () => void } {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const toggle = useCallback(() => {
    setOpen((v) => !v);
    setOpened(true);
  }, []);
  const close = useCallback(() => setOpen(false), []);
  return { open, opened, toggle, close };
}
