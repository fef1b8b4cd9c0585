// Entry point of dist-cli/dualstack-wizard.mjs.
import { main } from './main';

const code = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
