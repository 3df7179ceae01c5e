import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { FORMAT_NAMES, formatFindings, isFormatName } from '../../formatters/index.js';
import { isAtLeast } from '../../levels.js';
import { effectiveLevel } from '../../lint/engine.js';
import { lintFiles } from '../../lint/lint-files.js';
import { schemaRules } from '../../../rules/registry.js';
import { toolVersion } from '../../version.js';
import { EXIT_FAILED, EXIT_OK } from '../exit-codes.js';
import { emit, loadProjectConfig, parseLevelOption } from '../shared.js';

interface LintCommandOptions {
  format: string;
  failSeverity: string;
  config?: string;
  output?: string;
  allowRemoteRefs?: boolean;
  color?: boolean;
}

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('Lint OpenAPI 2.0/3.0/3.1 documents (JSON or YAML) against the REST conventions.')
    .argument('[files...]', 'OpenAPI documents; defaults to `schemas` in apigov.config.yaml')
    .option('-f, --format <format>', `output format: ${FORMAT_NAMES.join(', ')}`, 'stylish')
    .option('-F, --fail-severity <level>', 'exit 1 when a finding is at least this severe: error, warning, info, hint', 'error')
    .option('-c, --config <file>', 'configuration file (default: apigov.config.yaml in the current folder)')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--allow-remote-refs', 'fetch $refs that point at http(s) URLs (off: they are reported, not fetched)')
    .option('--color', 'color the stylish output')
    .action(async (files: string[], options: LintCommandOptions) => {
      if (!isFormatName(options.format)) throw new UsageError(`unknown format "${options.format}"; use one of ${FORMAT_NAMES.join(', ')}`);
      const failSeverity = parseLevelOption(options.failSeverity, '--fail-severity');
      const { config, projectRoot } = loadProjectConfig(options.config);
      const targets = files.length > 0 ? files : config.schemas.map((schema) => relative(process.cwd(), resolve(projectRoot, schema)) || schema);
      if (targets.length === 0) throw new UsageError('no OpenAPI documents to lint: name them, or list them under `schemas` in apigov.config.yaml');
      const findings = await lintFiles(targets, {
        config,
        projectRoot,
        ...(options.allowRemoteRefs === true ? { allowRemoteRefs: true } : {}),
      });
      const rules = schemaRules
        .map((rule) => ({ rule, level: effectiveLevel(rule, config) }))
        .flatMap(({ rule, level }) => (level === 'off' ? [] : [{ id: rule.id, description: rule.description, level }]));
      emit(
        formatFindings(findings, options.format, {
          toolVersion: toolVersion(),
          rules,
          cwd: process.cwd(),
          files: targets,
          ...(options.color === true ? { color: true } : {}),
        }),
        options.output,
      );
      process.exitCode = findings.some((finding) => isAtLeast(finding.level, failSeverity)) ? EXIT_FAILED : EXIT_OK;
    });
}
