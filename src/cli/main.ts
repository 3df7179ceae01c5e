#!/usr/bin/env node
import { run } from './run.js';

// `apigov diff … | head`: a reader that stops early is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  // what a shell tool killed by SIGPIPE reports (128 + 13), so `set -o pipefail` still sees the cut
  process.exit(141);
});

process.exitCode = await run(process.argv.slice(2));
