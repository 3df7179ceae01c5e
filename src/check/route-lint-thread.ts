import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { ProjectFile } from './files.js';
import { createRouteLinter, type RouteLinter } from './route-lint.js';
import type { RouteLintReply, RouteLintRequest, RouteLintWorkerData, SerializedError } from './route-lint-worker.js';

const WORKER_FILE = 'route-lint-worker.js';

/** A route lint already under way: the head's files, and the linter for base texts. */
export interface StartedRouteLint {
  linter: Promise<Omit<RouteLinter, 'lintFiles'>>;
  /** The head's files, linted once (`config.routes`). */
  files: Promise<{ results: Awaited<ReturnType<RouteLinter['lintFiles']>>; durationMs: number }>;
  close(): void;
}

/** The compiled worker beside this module (tsc output) or one folder up (the CLI bundle puts modules in chunks/). */
function workerFile(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, WORKER_FILE), join(here, '..', WORKER_FILE)].find((candidate) => existsSync(candidate));
}

function revive(error: SerializedError): Error {
  if (error.location !== undefined) return new InputError(error.message, error.location);
  const revived = new Error(error.message);
  if (error.stack !== undefined) revived.stack = error.stack;
  return revived;
}

/**
 * Starts linting `patterns` in a worker thread, so it runs while the caller
 * does other work; without a compiled worker (tests run the TypeScript
 * sources) the same lint runs in this thread.
 */
export function startRouteLint(data: RouteLintWorkerData): StartedRouteLint {
  const file = workerFile();
  if (file === undefined) return inThisThread(data);
  const worker = new Worker(file, { workerData: data });
  // the worker keeps no one waiting: a finished check exits even if it is still idle
  worker.unref();
  let nextId = 0;
  const pendingTexts = new Map<number, { resolve(findings: Finding[]): void; reject(error: Error): void }>();
  let settleReady!: { resolve(value: Omit<RouteLinter, 'lintFiles'>): void; reject(error: Error): void };
  let settleFiles!: { resolve(value: Awaited<StartedRouteLint['files']>): void; reject(error: Error): void };
  const linter = new Promise<Omit<RouteLinter, 'lintFiles'>>((resolve, reject) => (settleReady = { resolve, reject }));
  const files = new Promise<Awaited<StartedRouteLint['files']>>((resolve, reject) => (settleFiles = { resolve, reject }));
  // a rejection nobody awaited yet must not end the process before the part reads it
  linter.catch(() => undefined);
  files.catch(() => undefined);
  const failAll = (error: Error): void => {
    settleReady.reject(error);
    settleFiles.reject(error);
    for (const pending of pendingTexts.values()) pending.reject(error);
    pendingTexts.clear();
  };
  worker.on('message', (reply: RouteLintReply) => {
    switch (reply.kind) {
      case 'ready':
        settleReady.resolve({
          configuration: reply.configuration,
          configFiles: reply.configFiles,
          lintText(lintedFile: ProjectFile, text: string): Promise<Finding[]> {
            const id = (nextId += 1);
            return new Promise<Finding[]>((resolve, reject) => {
              pendingTexts.set(id, { resolve, reject });
              worker.postMessage({ id, kind: 'lintText', file: lintedFile, text } satisfies RouteLintRequest);
            });
          },
        });
        break;
      case 'files':
        settleFiles.resolve({ results: reply.results, durationMs: reply.durationMs });
        break;
      case 'text':
        pendingTexts.get(reply.id)?.resolve(reply.findings);
        pendingTexts.delete(reply.id);
        break;
      case 'failed':
        if (reply.id === undefined) failAll(revive(reply.error));
        else {
          pendingTexts.get(reply.id)?.reject(revive(reply.error));
          pendingTexts.delete(reply.id);
        }
        break;
    }
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => {
    if (code !== 0) failAll(new Error(`the route-lint worker stopped (exit ${code})`));
  });
  return {
    linter,
    files,
    close: () => {
      worker.postMessage({ id: 0, kind: 'close' } satisfies RouteLintRequest);
    },
  };
}

function inThisThread(data: RouteLintWorkerData): StartedRouteLint {
  const started = performance.now();
  const linter = createRouteLinter(data.projectRoot, data.cwd, data.configFile);
  const files = linter.then(async (ready) => ({ results: await ready.lintFiles(data.patterns), durationMs: performance.now() - started }));
  linter.catch(() => undefined);
  files.catch(() => undefined);
  return { linter, files, close: () => undefined };
}
