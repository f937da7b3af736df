#!/usr/bin/env node
import { existsSync } from 'node:fs';

// The bundled command line (dist/bundle/, made by `npm run build`) starts faster than the several
// hundred modules tsc writes; those are used when the bundle has not been made.
const bundled = new URL('../dist/bundle/cli.js', import.meta.url);
const { run } = await import(existsSync(bundled) ? bundled.href : '../dist/cli/main.js');

// Output that cannot be written is not a crash: a reader that went away (`ihek diff | head`) ends
// the run quietly, as with other command-line tools; anything else (a full disk) is said in one line.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    try {
      process.stderr.write(`ihek: die Ausgabe kann nicht geschrieben werden / output cannot be written (${error.code ?? error.message})\n`);
    } catch {
      // stderr itself is gone
    }
    process.exit(2);
  });
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
});
