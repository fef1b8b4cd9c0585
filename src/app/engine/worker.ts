// The engine worker: the page posts a request (protocol.ts), the worker answers it. Bad input never throws out of
// here: the page is told the request failed.
import { handle } from './handle';
import type { EngineMessage, EngineReply } from './protocol';

self.addEventListener('message', (event: MessageEvent<EngineMessage>) => {
  const { id, kind, request } = event.data;
  handle(kind, request as never).then(
    (answer) => self.postMessage({ id, answer } satisfies EngineReply),
    (error: unknown) => self.postMessage({ id, failed: error instanceof Error ? error.message : String(error) } satisfies EngineReply),
  );
});
