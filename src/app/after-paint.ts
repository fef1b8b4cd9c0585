// Work a keystroke causes but its own frame does not need (the rules, the diagnostics, the preview) runs in a task
// after that frame, so the typed character is painted first: Interaction to Next Paint ends at that frame
// (https://web.dev/articles/optimize-inp#yield-to-the-main-thread-often).

/** Runs `task` in a new task after the next frame; returns a function that cancels it. */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // requestAnimationFrame runs just before the frame is rendered; a task queued there runs after that rendering.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
