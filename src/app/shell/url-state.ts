// The address bar holds the plan and the open step ("#v=1&...&step=pods"). Step changes are history entries, so Back
// returns to the previous step; edits replace the current entry, after a pause in typing. Every entry this page writes
// carries its plan's id ("doc") in history.state: Back or Forward to an entry of the same plan changes the step and
// keeps the plan as the user left it; any other entry (a pasted link, or Back/Forward across one) opens its own plan.
import { MAX_FRAGMENT_LENGTH, decodePlan, encodePlan } from '../../domain/permalink';
import { type Plan, defaultPlan } from '../../domain/plan';
import type { StepId } from '../shared/form';

interface EntryState {
  doc: string;
}

let docCount = 0;
/** Unique within the tab's history, across reloads (history.state survives them). */
export const newDocId = (): string => `${performance.timeOrigin.toString(36)}-${(docCount++).toString(36)}`;

// A reload reads the URL before the page can write its last edit (pagehide is too late for that), so the plan is also
// kept in sessionStorage under its id, and a reload of one of its entries opens it.
const STORE_KEY = 'dualstack-wizard.plan.';

/** The fragment to open: the address bar's, or, on a reload of this tab's entry, its plan as last left. */
export function openingHash(): string {
  const doc = entryDoc(history.state);
  let saved: string | null = null;
  try {
    saved = doc === null ? null : sessionStorage.getItem(STORE_KEY + doc);
  } catch {
    // Storage may be blocked: the address bar's plan, as written after the last pause in typing.
  }
  if (saved === null) return location.hash;
  const step = decodePlan(location.hash).step;
  return `#${saved}${step && step !== 'cluster' ? `&step=${step}` : ''}`;
}

export function entryDoc(state: unknown): string | null {
  const doc = (state as Partial<EntryState> | null)?.doc;
  return typeof doc === 'string' ? doc : null;
}

export class UrlWriter {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly plan: () => Plan,
    public step: StepId,
    public doc: string,
  ) {}

  /**
   * The current entry's URL for the plan and step now. A fragment longer than a link may be (MAX_FRAGMENT_LENGTH)
   * opens as the default plan, so such a plan is not written, only the step (a 22,000-node import would cost the page
   * a third of a second per write, two per step change). Node names alone longer than the limit tell without encoding.
   */
  private fragment(): string {
    const plan = this.plan();
    const tooLong = `#${encodePlan(defaultPlan(), this.step)}`;
    if (plan.nodes.reduce((length, node) => length + node.name.length + 1, 0) > MAX_FRAGMENT_LENGTH) return tooLong;
    const fragment = encodePlan(plan, this.step);
    return fragment.length > MAX_FRAGMENT_LENGTH ? tooLong : `#${fragment}`;
  }

  /** Writes the current entry now (and drops a pending write). */
  write = (): void => {
    this.cancel();
    history.replaceState({ doc: this.doc } satisfies EntryState, '', this.fragment());
  };

  /** Leaving the page: the URL may already be read (a reload), so the plan goes to sessionStorage too. */
  leave = (): void => {
    this.write();
    try {
      sessionStorage.setItem(STORE_KEY + this.doc, encodePlan(this.plan()));
    } catch {
      // Not kept: the address bar still holds the plan as of the last pause in typing.
    }
  };

  /**
   * Writes after a pause in typing: replaceState costs several milliseconds in Chromium, which would delay the next
   * keystroke if it ran between two. A second is longer than the gap between keystrokes; leaving the page or the
   * window writes at once.
   */
  schedule(delay = 1000): void {
    this.cancel();
    this.timer = setTimeout(this.write, delay);
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** A new entry for another step of the same plan; the one left keeps the latest plan first. */
  push(step: StepId): void {
    this.write();
    this.step = step;
    history.pushState({ doc: this.doc } satisfies EntryState, '', this.fragment());
  }
}
