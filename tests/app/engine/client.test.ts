// The page's engine client (src/app/engine/client.ts): only the newest request of a channel is answered, a burst waits
// for the request in the worker and sends only its newest, the requests of one task go in one message, and without a
// worker the same handler answers in the page.
import { describe, expect, it } from 'vitest';
import { Engine, Superseded } from '../../../src/app/engine/client';
import type { EngineBatch, EngineMessage } from '../../../src/app/engine/protocol';
import { defaultPlan } from '../../../src/domain/plan';
import { runRules } from '../../../src/domain/rules/engine';

/** A stand-in for the worker: it keeps what the page posts and answers when the test says. */
class FakeWorker {
  messages: EngineBatch[] = [];
  get posted(): EngineMessage[] {
    return this.messages.flatMap((m) => m.batch);
  }
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  terminated = false;
  postMessage(message: EngineBatch) {
    this.messages.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(id: number, answer: unknown) {
    this.onmessage!({ data: { replies: [{ id, answer }] } });
  }
}

const withFake = () => {
  const fake = new FakeWorker();
  const engine = new Engine(() => fake as unknown as Worker);
  return { fake, engine };
};
/** The requests of a task are posted at its end. */
const posted = () => Promise.resolve();
const outcome = <T,>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> => promise.then((value) => ({ value }), (error: unknown) => ({ error }));
const plan = (name: string) => ({ ...defaultPlan(), nodes: [{ ...defaultPlan().nodes[0]!, name }] });

describe('the engine client', () => {
  it('drops the answer to a request a newer one of its channel replaced, and sends the newest only once the worker is free', async () => {
    const { fake, engine } = withFake();
    const first = outcome(engine.ask('rules', plan('a')));
    const second = outcome(engine.ask('rules', plan('b')));
    const third = outcome(engine.ask('rules', plan('c')));
    await posted();
    // One request at a time per channel: 'b' was replaced by 'c' before it was ever sent.
    expect(fake.posted.map((m) => (m.request as { nodes: Array<{ name: string }> }).nodes[0]!.name)).toEqual(['a']);
    expect(engine.busy('rules')).toBe(true);
    fake.answer(fake.posted[0]!.id, ['answer for a']);
    expect((await first).error).toBeInstanceOf(Superseded);
    expect((await second).error).toBeInstanceOf(Superseded);
    await posted();
    expect(fake.posted.map((m) => (m.request as { nodes: Array<{ name: string }> }).nodes[0]!.name)).toEqual(['a', 'c']);
    fake.answer(fake.posted[1]!.id, ['answer for c']);
    expect(await third).toEqual({ value: ['answer for c'] });
    expect(engine.busy('rules')).toBe(false);
  });

  it('drops an answer that arrives with an old sequence number, even after the newest was answered', async () => {
    const { fake, engine } = withFake();
    const first = outcome(engine.ask('picture', plan('a')));
    await posted();
    fake.answer(fake.posted[0]!.id, 'model of a');
    expect(await first).toEqual({ value: 'model of a' });
    const second = outcome(engine.ask('picture', plan('b')));
    await posted();
    // A repeated answer to the first request is no answer to the second.
    fake.answer(fake.posted[0]!.id, 'model of a again');
    expect(engine.busy('picture')).toBe(true);
    fake.answer(fake.posted[1]!.id, 'model of b');
    expect(await second).toEqual({ value: 'model of b' });
  });

  it('keeps channels apart: a preview request never replaces the review step one', async () => {
    const { fake, engine } = withFake();
    const request = { plan: defaultPlan(), which: 'all', lang: 'en' as const, filesEnglish: false };
    const review = outcome(engine.ask('render', request, 'render:review'));
    const preview = outcome(engine.ask('render', { ...request, which: 'net-conf.json' }, 'render:preview'));
    await posted();
    // Asked in one task, they go in one message.
    expect(fake.messages).toHaveLength(1);
    expect(fake.posted).toHaveLength(2);
    fake.answer(fake.posted[1]!.id, 'preview');
    fake.answer(fake.posted[0]!.id, 'review');
    expect(await review).toEqual({ value: 'review' });
    expect(await preview).toEqual({ value: 'preview' });
  });

  it('without a worker runs the same rules in the page, the newest plan answered', async () => {
    const engine = new Engine(null);
    const broken = { ...defaultPlan(), podCidr: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:244::/56' } };
    const first = outcome(engine.ask('rules', defaultPlan()));
    const second = engine.ask('rules', broken);
    expect((await first).error).toBeInstanceOf(Superseded);
    const diagnostics = await second;
    expect(diagnostics).toEqual(runRules(broken));
    expect(diagnostics.map((d) => d.rule)).toContain('cluster-pod-service-overlap');
  });

  it('runs the requests of a worker that cannot load in the page instead', async () => {
    const { fake, engine } = withFake();
    const answer = engine.ask('rules', defaultPlan());
    await posted();
    fake.onerror!({ preventDefault: () => undefined });
    expect(fake.terminated).toBe(true);
    expect(await answer).toEqual(runRules(defaultPlan()));
    expect(await engine.ask('detect', ['{"Network": "10.244.0.0/16"}', 'hello'])).toEqual(['net-conf', 'unknown']);
    expect(fake.posted).toHaveLength(1);
  });
});
