// The engine worker: the page posts the requests of one task (protocol.ts), the worker answers them in order, in one
// message. Bad input never throws out of here: the page is told the request failed.
import { handle } from './handle';
import type { EngineBatch, EngineReplies, EngineReply } from './protocol';

self.addEventListener('message', (event: MessageEvent<EngineBatch>) => {
  void (async () => {
    const replies: EngineReply[] = [];
    for (const { id, kind, request } of event.data.batch) {
      try {
        replies.push({ id, answer: await handle(kind, request as never) });
      } catch (error) {
        replies.push({ id, failed: error instanceof Error ? error.message : String(error) });
      }
    }
    self.postMessage({ replies } satisfies EngineReplies);
  })();
});
