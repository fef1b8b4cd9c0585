// Moving focus to a field that may not be on the page yet: a step's code loads on its first visit, so "Go to field"
// waits for the field to appear instead of giving up (and leaving focus on <body>).
import { fieldId } from './form';

/** The element that shows a Plan field: its own, a node pattern's first match ("nodes.*.ipv4"), else its parent's. */
export function fieldElement(field: string, root: ParentNode = document): HTMLElement | null {
  if (field.includes('*')) {
    // fieldId keeps letters and digits only, so the placeholder survives it and nothing else needs escaping.
    const pattern = new RegExp(`^${fieldId(field.replace(/\*/g, 'ANYINDEX')).replace(/ANYINDEX/g, '[0-9]+')}$`);
    for (const element of root.querySelectorAll<HTMLElement>('[id^="field-"]')) if (pattern.test(element.id)) return element;
  }
  const keys = field.split('.');
  for (let n = keys.length; n > 0; n--) {
    const element = document.getElementById(fieldId(keys.slice(0, n).join('.')));
    if (element) return element;
  }
  return null;
}

let pending: (() => void) | null = null;

/**
 * Focuses the field now, or as soon as it appears (at most `wait` ms); a newer request cancels an older one. Returns
 * at once; `fallback` runs when the field never appears.
 */
export function focusField(field: string, fallback: () => void, wait = 5000): void {
  pending?.();
  pending = null;
  const focus = (element: HTMLElement): void => {
    element.focus();
    element.scrollIntoView?.({ block: 'center' });
  };
  const now = fieldElement(field);
  if (now) return focus(now);
  const observer = new MutationObserver(() => {
    const element = fieldElement(field);
    if (!element) return;
    stop();
    focus(element);
  });
  const timer = setTimeout(() => {
    stop();
    fallback();
  }, wait);
  const stop = (): void => {
    observer.disconnect();
    clearTimeout(timer);
    if (pending === stop) pending = null;
  };
  pending = stop;
  observer.observe(document.body, { childList: true, subtree: true });
}
