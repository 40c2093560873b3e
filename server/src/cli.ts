// `hds-check`: the same checks as the editor, for CI. Exit code 0 when no error is found, 1 when
// one is, 2 when the command could not run. The commands live in cli/.
import { run } from './cli/run';

let exitCode = 0;
// A reader that stops early (`hds-check --list-rules | head -1`) closes the pipe: that is not an
// error of ours, so end quietly with the code the run would have had.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(exitCode);
  throw error;
});

run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    exitCode = code;
    process.exitCode = code;
  },
  (error: unknown) => {
    exitCode = 2;
    process.stderr.write(`hds-check: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
