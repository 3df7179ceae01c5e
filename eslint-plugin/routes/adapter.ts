import type { TSESTree } from '@typescript-eslint/utils';
import type { ConstStrings } from './ast.js';
import type { FileModel, Framework } from './model.js';
import type { ModuleInfo } from './module.js';

/** The nodes adapters look at, collected in one walk over the file, sorted by position. */
export interface NodeIndex {
  calls: TSESTree.Node[];
  news: TSESTree.Node[];
  declarators: TSESTree.Node[];
  classes: TSESTree.Node[];
  members: TSESTree.Node[];
}

export interface AdapterInput {
  program: TSESTree.Program;
  module: ModuleInfo;
  consts: ConstStrings;
  /** Absolute, with forward slashes. */
  filename: string;
  /** Relative to the project root (ESLint's cwd, the scanned directory) when inside it; forward slashes. */
  projectFilename: string;
  /** Built on first use, once per file, shared by every adapter. */
  nodes(): NodeIndex;
}

/** One per framework: recognizes the framework and adds its routes and mounts to the model. */
export interface Adapter {
  framework: Framework;
  detects(input: AdapterInput): boolean;
  collect(input: AdapterInput, model: FileModel): void;
}
