// Input size limits shared by the parsers, the page and the CLI.
export const MAX_INPUT_BYTES = 1024 * 1024;
