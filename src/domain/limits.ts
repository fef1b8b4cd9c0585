// Input size limits shared by the parsers, the page and the CLI.
export const MAX_INPUT_BYTES = 1024 * 1024;
/**
 * A List of Nodes in kubectl's JSON (`kubectl get nodes -o json`) may be larger: a 5,000-node cluster's is about 40 MB
 * (issue 18). It is read with JSON.parse and one pass for the lines (parse/json-lines.ts), never the YAML loader.
 */
export const MAX_NODE_LIST_BYTES = 64 * 1024 * 1024;

/** Why a text over the limit is not read, with both limits, for the parser diagnostics' `error`. */
export const tooLargeError = (length: number): string =>
  length > MAX_NODE_LIST_BYTES
    ? `the input is larger than ${MAX_NODE_LIST_BYTES / 1024 / 1024} MiB`
    : `the input is larger than ${MAX_INPUT_BYTES / 1024} KiB (only kubectl get nodes -o json may be larger, up to ${MAX_NODE_LIST_BYTES / 1024 / 1024} MiB)`;
