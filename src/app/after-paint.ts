// Work a keystroke causes but its own frame does not need (the rules, the diagnostics, the preview) runs in a task
// after that frame, so the typed character is painted first: Interaction to Next Paint ends when that frame is
// presented (https://web.dev/articles/optimize-inp#yield-to-the-main-thread-often).

/**
 * Runs `task` in a new task once the next frame has been produced; returns a function that cancels it. The second
 * animation frame starts after the first one was handed to the compositor, so the task does not compete with it.
 */
export function afterNextPaint(task: () => void): () => void {
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(task, 0);
    });
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
