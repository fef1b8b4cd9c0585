// Entry point of dist-cli/dualstack-wizard.mjs.
import { main } from './main';
import { descriptorSource } from './read-input';

// A reader that closed the pipe (`check … | head -1`) wants no more output: stop quietly, keeping the exit code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const code = main(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stdin: descriptorSource(0),
});
process.exitCode = code;
