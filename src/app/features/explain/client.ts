// Runs the log matcher in a worker, so a 10 MB paste never blocks typing or painting; a newer run replaces an older
// one (the worker of an abandoned run is stopped, since its answer would be thrown away). Where workers are not
// available the matcher runs in a task of its own after the input's frame.
import type { ExplainResponse, MatchView } from './protocol';

/** Thrown for a run that a newer run replaced. */
export class Superseded extends Error {}

interface Pending {
  id: number;
  text: string;
  resolve: (matches: MatchView[]) => void;
  reject: (error: Error) => void;
}

export class Explainer {
  private worker: Worker | null = null;
  private pending: Pending | null = null;
  private seq = 0;
  private noWorker = typeof Worker === 'undefined';

  run(text: string): Promise<MatchView[]> {
    const id = ++this.seq;
    if (this.pending) {
      this.pending.reject(new Superseded());
      this.pending = null;
      this.stop();
    }
    const worker = this.noWorker ? null : (this.worker ?? this.start());
    if (!worker) return this.inline(id, text);
    return new Promise((resolve, reject) => {
      this.pending = { id, text, resolve, reject };
      worker.postMessage({ id, text });
    });
  }

  dispose(): void {
    this.pending?.reject(new Superseded());
    this.pending = null;
    this.stop();
  }

  private start(): Worker | null {
    try {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<ExplainResponse>) => {
        const pending = this.pending;
        if (!pending || event.data.id !== pending.id) return;
        this.pending = null;
        if ('failed' in event.data) pending.reject(new Error('the matcher failed'));
        else pending.resolve(event.data.matches);
      };
      worker.onerror = (event) => {
        // A worker that cannot load (a blocked script, say): this run and later ones run in the page instead.
        event.preventDefault();
        const pending = this.pending;
        this.pending = null;
        this.stop();
        this.noWorker = true;
        if (pending) this.inline(pending.id, pending.text).then(pending.resolve, pending.reject);
      };
      this.worker = worker;
      return worker;
    } catch {
      this.noWorker = true;
      return null;
    }
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private async inline(id: number, text: string): Promise<MatchView[]> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const { explainView } = await import('./view');
    if (id !== this.seq) throw new Superseded();
    return explainView(text);
  }
}
