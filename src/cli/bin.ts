// Entry point of dist-cli/dualstack-wizard.mjs.
import { readFileSync } from 'node:fs';
import { main } from './main';

const code = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readFileSync(0, 'utf8'),
});
process.exitCode = code;
