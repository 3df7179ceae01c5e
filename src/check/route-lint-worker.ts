/**
 * The route-code lint in a worker thread: loading ESLint and the TypeScript
 * parser and linting the files is most of `apigov check`'s time, and it needs
 * nothing from the schema lint or the diff, so on a machine with a second
 * core it runs alongside them. Messages carry plain data only.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { createRouteLinter, type RouteLinter } from './route-lint.js';
import type { ProjectFile } from './files.js';

export interface RouteLintWorkerData {
  projectRoot: string;
  cwd: string;
  configFile: string | undefined;
  /** Linted as soon as ESLint is loaded, before anyone asks. */
  patterns: readonly string[];
}

export type RouteLintRequest = { id: number; kind: 'lintText'; file: ProjectFile; text: string } | { id: number; kind: 'close' };

export interface SerializedError {
  message: string;
  /** Set for an InputError: the CLI prints it located and exits 2. */
  location?: InputError['location'];
  stack?: string;
}

export type RouteLintReply =
  | { kind: 'ready'; configuration: string; configFiles: string[] }
  | { kind: 'files'; results: Awaited<ReturnType<RouteLinter['lintFiles']>>; durationMs: number }
  | { kind: 'text'; id: number; findings: Awaited<ReturnType<RouteLinter['lintText']>> }
  | { kind: 'failed'; id?: number; error: SerializedError };

function serialize(error: unknown): SerializedError {
  if (error instanceof InputError) return { message: error.message, ...(error.location === undefined ? {} : { location: error.location }) };
  if (error instanceof Error) return { message: error.message, ...(error.stack === undefined ? {} : { stack: error.stack }) };
  return { message: String(error) };
}

const port = parentPort;
if (port !== null) {
  const data = workerData as RouteLintWorkerData;
  const started = performance.now();
  const post = (reply: RouteLintReply): void => port.postMessage(reply);
  const linter = createRouteLinter(data.projectRoot, data.cwd, data.configFile);
  linter.then(
    async (ready) => {
      post({ kind: 'ready', configuration: ready.configuration, configFiles: ready.configFiles });
      try {
        post({ kind: 'files', results: await ready.lintFiles(data.patterns), durationMs: performance.now() - started });
      } catch (error) {
        post({ kind: 'failed', error: serialize(error) });
      }
    },
    (error: unknown) => post({ kind: 'failed', error: serialize(error) }),
  );
  port.on('message', (request: RouteLintRequest) => {
    if (request.kind === 'close') {
      port.close();
      return;
    }
    linter
      .then((ready) => ready.lintText(request.file, request.text))
      .then(
        (findings) => post({ kind: 'text', id: request.id, findings }),
        (error: unknown) => post({ kind: 'failed', id: request.id, error: serialize(error) }),
      );
  });
}
