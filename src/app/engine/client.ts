// The page's side of the engine worker. Each channel (the rules, the preview, the picture, an import) keeps only
// its newest request: an answer to an older one is dropped (its promise rejects with Superseded), and while one
// request of a channel is in the worker, newer ones wait and only the newest of them is sent, so a burst of
// keystrokes costs the worker two runs, not one per keystroke. Where there is no Worker (the prerender, jsdom tests)
// or it cannot load, the same handler (handle.ts) runs in a task of its own after the caller's. The requests made in
// one task (a keystroke's rules, preview and picture) go to the worker in one message and are answered in one, so
// the page renders their answers in one task.
import { useEffect, useId, useState } from 'react';
import { flushSync } from 'react-dom';
import type { EngineBatch, EngineCalls, EngineKind, EngineReplies, EngineReply } from './protocol';

/** The rejection of a request that a newer request of its channel replaced. */
export class Superseded extends Error {}

interface Call {
  id: number;
  kind: EngineKind;
  request: unknown;
  channel: string;
  resolve: (answer: never) => void;
  reject: (error: Error) => void;
}

interface Channel {
  /** The newest request's sequence number: only its answer is delivered. */
  latest: number;
  inFlight: Call | null;
  waiting: Call | null;
}

const newWorker = (): Worker => new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module' });

export class Engine {
  private seq = 0;
  private worker: Worker | null = null;
  /** Requests of the current task, sent together at its end. */
  private outbox: Call[] = [];
  private readonly channels = new Map<string, Channel>();
  private readonly listeners = new Set<() => void>();
  private create: (() => Worker) | null;

  /** create makes the worker; null (or no Worker in this environment) runs requests in the page. */
  constructor(create: (() => Worker) | null = typeof Worker === 'undefined' ? null : newWorker) {
    this.create = create;
  }

  /** The answer to `request`, unless a newer request of the same channel (by default, its kind) comes first. */
  ask<K extends EngineKind>(kind: K, request: EngineCalls[K]['request'], channel: string = kind): Promise<EngineCalls[K]['answer']> {
    const id = ++this.seq;
    let state = this.channels.get(channel);
    if (!state) this.channels.set(channel, (state = { latest: 0, inFlight: null, waiting: null }));
    state.latest = id;
    state.waiting?.reject(new Superseded());
    state.waiting = null;
    const promise = new Promise<EngineCalls[K]['answer']>((resolve, reject) => {
      const call: Call = { id, kind, request, channel, resolve: resolve as (answer: never) => void, reject };
      if (state.inFlight) state.waiting = call;
      else this.send(state, call);
    });
    this.notify();
    return promise;
  }

  /** Whether a request of this channel is waiting for its answer. */
  busy = (channel: string): boolean => {
    const state = this.channels.get(channel);
    return !!state && (state.inFlight !== null || state.waiting !== null);
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private send(state: Channel, call: Call): void {
    state.inFlight = call;
    if (this.outbox.push(call) === 1) queueMicrotask(this.flush);
  }

  private flush = (): void => {
    const calls = this.outbox;
    this.outbox = [];
    const worker = this.worker ?? this.start();
    if (worker) worker.postMessage({ batch: calls.map(({ id, kind, request }) => ({ id, kind, request })) } as EngineBatch);
    else this.inline(calls);
  };

  private inline(calls: Call[]): void {
    setTimeout(() => {
      // Imported here, not at the top, so the page loads the engine's code only where it runs it.
      void import('./handle').then(async ({ handle }) => {
        const replies: EngineReply[] = [];
        for (const call of calls) {
          try {
            replies.push({ id: call.id, answer: await handle(call.kind, call.request as never) });
          } catch (error) {
            replies.push({ id: call.id, failed: error instanceof Error ? error.message : String(error) });
          }
        }
        this.answered(replies);
      });
    }, 0);
  }

  private answered(replies: EngineReply[]): void {
    for (const reply of replies) this.reply(reply);
  }

  private reply(reply: EngineReply): void {
    const state = [...this.channels.values()].find((s) => s.inFlight?.id === reply.id);
    if (!state) return;
    const call = state.inFlight!;
    state.inFlight = null;
    if (call.id !== state.latest) call.reject(new Superseded());
    else if ('failed' in reply) call.reject(new Error(reply.failed));
    else call.resolve(reply.answer as never);
    const next = state.waiting;
    state.waiting = null;
    if (next) this.send(state, next);
    this.notify();
  }

  private start(): Worker | null {
    if (!this.create) return null;
    try {
      const worker = this.create();
      worker.onmessage = (event: MessageEvent<EngineReplies>) => this.answered(event.data.replies);
      worker.onerror = (event) => {
        // A worker that cannot load (a blocked script, say): its requests, and all later ones, run in the page.
        event.preventDefault();
        worker.terminate();
        this.worker = null;
        this.create = null;
        const waiting = [...this.channels.values()].flatMap((state) => (state.inFlight ? [state.inFlight] : []));
        if (waiting.length) this.inline(waiting);
      };
      this.worker = worker;
      return worker;
    } catch {
      this.create = null;
      return null;
    }
  }
}

/** The page's engine: its worker starts with the first request (the first check, once the page is idle). */
export const engine = new Engine();

/** For callers that only want the newest answer: a superseded request is no error. */
export const unlessSuperseded = (error: unknown): void => {
  if (!(error instanceof Superseded)) throw error;
};

/**
 * A component's view of one channel: the newest answer for the request it renders with, and the request that answer
 * is for; the previous answer stays until the next arrives, so nothing flickers while the worker works. Asks the
 * engine whenever `request` changes (compare it by identity, so memoise it); `ready` false holds the
 * request back. Each component is a channel of its own: one's request never supersedes another's.
 */
export function useAnswer<K extends EngineKind>(
  kind: K,
  request: EngineCalls[K]['request'],
  ready = true,
): { request: EngineCalls[K]['request']; answer: EngineCalls[K]['answer'] } | null {
  const channel = `${kind}:${useId()}`;
  // Always null on the first render, so the prerendered page and the first client render agree.
  const [answered, setAnswered] = useState<{ request: EngineCalls[K]['request']; answer: EngineCalls[K]['answer'] } | null>(null);
  useEffect(() => {
    if (!ready) return;
    let current = true;
    // Rendered at once, in the task that delivers the answer (with the others of its message), not in a task of its own.
    engine.ask(kind, request, channel).then((answer) => current && flushSync(() => setAnswered({ request, answer })), unlessSuperseded);
    return () => {
      current = false;
    };
  }, [kind, request, ready, channel]);
  return answered;
}
