// Vitest config for `npm run mutation`: the unit and CLI tests, less those that read files a mutation sandbox
// changes or lacks: tests/build and "the bundled CLI" read dist/ and dist-cli/ (never built there), the fix-label
// test greps src/domain/rules, and tests/security/regex-audit.test.ts lists the regexes of src, whose text Stryker's
// instrumentation rewrites (its regex mutants fail the audit's list in the first run). Properties run at most 20
// cases each (mutation/fast-check.mjs). tests/cli/generated-files.test.ts is left out too: its 295 checks of
// generated files run every rule and renderer, so every mutant that survives them would re-run all of them (a third
// of the suite's time, per mutant); what it kills the unit tests of each rule and renderer must kill, so the score
// is a lower bound. The 5,000-node List tests (tests/domain/parse/node-list-scale.test.ts, tests/cli/cluster-check.test.ts)
// are scale tests: instrumented, reading the 40 MB List takes longer than the 30 s timeout; the parsers' unit tests stay in.
// tests/cli/bounded-input.test.ts tests the CLI's reads (FIFOs it waits on for seconds, endless streams), not src/domain,
// but runs `check` on every rule: each mutant it covered waited for its FIFOs (a run tested 30 mutants a minute).
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../vitest.config.ts';

export default mergeConfig(
  base,
  defineConfig({
    resolve: { alias: { 'fast-check': fileURLToPath(new URL('./fast-check.mjs', import.meta.url)) } },
    test: { exclude: ['tests/build/**', 'tests/cli/generated-files.test.ts', 'tests/cli/bounded-input.test.ts', 'tests/security/regex-audit.test.ts', 'node_modules/**'], testNamePattern: /^(?!the bundled CLI|the Chinese catalogue every fix label|a 5,000-node List of about 40 MB |check on a 5,000-node cluster )/ },
  }),
);
