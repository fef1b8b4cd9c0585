// The log matcher's worker: the page posts the pasted text, the worker answers with the matches (protocol.ts). Bad
// input never throws out of here: the page is told the run failed and keeps the text.
import type { ExplainRequest, ExplainResponse } from './protocol';
import { explainView } from './view';

self.addEventListener('message', (event: MessageEvent<ExplainRequest>) => {
  const { id, text } = event.data;
  let response: ExplainResponse;
  try {
    response = { id, matches: explainView(text) };
  } catch {
    response = { id, failed: true };
  }
  self.postMessage(response);
});
