// Input size limits shared by the parsers, the page and the CLI.
export const MAX_INPUT_BYTES = 1024 * 1024;
/**
 * Diagnostics of one rule in one file that are listed; the rest are counted on the last one listed. A 1 MB
 * net-conf.json can hold 30,000 unknown keys: listing them all says nothing more and costs the page seconds.
 */
export const MAX_DIAGNOSTICS_PER_RULE_AND_FILE = 20;
