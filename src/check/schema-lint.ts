import { readFileSync } from 'node:fs';
import type { ApigovConfig } from '../config/types.js';
import { InputError } from '../errors.js';
import type { Finding } from '../findings.js';
import { lintLoadedFile } from '../lint/lint-files.js';
import type { DocumentSource } from '../load/spec.js';
import type { ProjectFile } from './files.js';
import { schemaFingerprint } from './fingerprint.js';

export interface SchemaLintRun {
  file: ProjectFile;
  /** Each with its `fingerprint`. */
  findings: Finding[];
  /** The parsed document, for fingerprints and operation digests. */
  document: unknown;
}

/** Lints one schema's text (the working tree's or a revision's) and fingerprints the findings. */
export async function lintSchemaText(
  file: ProjectFile,
  text: string,
  config: ApigovConfig,
  projectRoot: string,
  /** Where the files it `$ref`s are read from, when not the working tree (the base commit). */
  source?: DocumentSource,
): Promise<SchemaLintRun> {
  const { findings, spec } = await lintLoadedFile(file.display, { config, projectRoot, text, ...(source === undefined ? {} : { source }) });
  // the document the lint already parsed: fingerprints and operation digests read the same data
  const document = spec.root.data;
  const versionPattern = config.conventions.version_pattern;
  return {
    file,
    document,
    findings: findings.map((finding) => ({ ...finding, fingerprint: schemaFingerprint(finding, file.project, document, versionPattern) })),
  };
}

export function readWorkingTreeFile(file: ProjectFile): string {
  try {
    return readFileSync(file.absolute, 'utf8');
  } catch {
    throw new InputError('file not found or not readable', { file: file.display });
  }
}

export async function lintSchemaInWorkingTree(file: ProjectFile, config: ApigovConfig, projectRoot: string): Promise<SchemaLintRun> {
  return lintSchemaText(file, readWorkingTreeFile(file), config, projectRoot);
}
