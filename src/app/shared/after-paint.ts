// Work a keystroke causes but its own frame does not need (the rules, the diagnostics, the preview) runs in a task
// after that frame, so the typed character is painted first: Interaction to Next Paint ends at that frame
// (https://web.dev/articles/optimize-inp#yield-to-the-main-thread-often).

type Batch = Array<{ task: () => void; cancelled: boolean }>;
let pending: Batch | null = null;

/**
 * Runs `task` in a new task after the next frame; returns a function that cancels it. Every task asked for before
 * that frame runs in the same task, in the order asked: the rules' diagnostics and the plan's other followers (the
 * preview, derived values) then land together, with no frame painted between them.
 */
export function afterNextPaint(task: () => void): () => void {
  const entry = { task, cancelled: false };
  if (!pending) {
    const batch: Batch = [];
    pending = batch;
    // requestAnimationFrame runs just before the frame is rendered; a task queued there runs after that rendering.
    requestAnimationFrame(() => {
      setTimeout(() => {
        if (pending === batch) pending = null;
        for (const queued of batch) if (!queued.cancelled) queued.task();
      }, 0);
    });
  }
  pending.push(entry);
  return () => {
    entry.cancelled = true;
  };
}
