import type { Command } from 'commander';
import type { CheckDefinition } from '../../checks/types.js';
import { UsageError } from '../../errors.js';
import { emit } from '../shared.js';

const CATALOGUE_FORMATS = ['text', 'json', 'markdown'] as const;

export function catalogueText(checks: readonly CheckDefinition[]): string {
  const width = Math.max(...checks.map((check) => check.id.length));
  const lines = checks.map((check) => `${check.id.padEnd(width)}  ${check.level.padEnd(7)}  ${check.description}`);
  return `${lines.join('\n')}\n${checks.length} checks\n`;
}

export function catalogueJson(checks: readonly CheckDefinition[]): string {
  const list = checks.map(({ id, direction, object, level, message, description, mitigation }) => ({ id, direction, object, level, message, description, mitigation }));
  return `${JSON.stringify(list, null, 2)}\n`;
}

export function catalogueMarkdown(checks: readonly CheckDefinition[]): string {
  const lines = [
    '# apigov diff checks',
    '',
    'Levels: `error` breaks clients, `warning` may break them (the schema cannot tell), `info` is safe. Override per id under `diff.checks` in `apigov.config.yaml` (`none` turns a check off).',
    '',
    '## How the gate decides',
    '',
    '`apigov diff BASE REVISION` (each a file or `REV:path`; `--base REF FILE` for the same file at REF) runs every check, then the version policy:',
    '',
    '- A breaking change (`error`, or `warning` with `--fail-on warning`) to an operation under `/vN/` fails the gate and is reported as needing `/v(N+1)/`: add the new shape there and leave `/vN/` as it was. A new `/v(N+1)/` route beside an untouched `/vN/` passes.',
    '- Removing something marked `deprecated: true` is allowed (reported as `info`) once its `x-sunset` date has passed; before that, or without a date, it is an error.',
    '- Operations marked `x-stability-level: alpha` or `beta` (or `draft`) may break without a new version: their changes are reported as `info`.',
    '- `apigov-accepted.yaml` lists accepted changes by fingerprint, each with a reason; they are reported and never fail the gate. Fingerprints hash the check id, the operation (as a normalized template) and the arguments, never the message, so they stay stable across commits.',
    '- Extension names and the accepted-changes file are configurable under `diff` in `apigov.config.yaml` (`sunset_extension`, `stability_extension`, `accepted_file`).',
    '',
    'Exit codes: 0 nothing fails, 1 the gate fails, 2 usage or input error.',
    '',
    '## Checks',
    '',
    '| Id | Level | Description | Mitigation |',
    '| --- | --- | --- | --- |',
    ...checks.map((check) => `| [\`${check.id}\`](${check.id}.md) | ${check.level} | ${check.description.replace(/\|/g, '\\|')} | ${check.mitigation.replace(/\|/g, '\\|')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

export function registerChecks(program: Command): void {
  program
    .command('checks')
    .description('List every breaking-change check: id, default level, description.')
    .option('-f, --format <format>', `output format: ${CATALOGUE_FORMATS.join(', ')}`, 'text')
    .option('-o, --output <file>', 'write the catalogue to a file instead of standard output')
    .action(async (options: { format: string; output?: string }) => {
      const { CHECKS } = await import('../../checks/registry.js');
      if (options.format === 'text') emit(catalogueText(CHECKS), options.output);
      else if (options.format === 'json') emit(catalogueJson(CHECKS), options.output);
      else if (options.format === 'markdown') emit(catalogueMarkdown(CHECKS), options.output);
      else throw new UsageError(`unknown format "${options.format}"; use one of ${CATALOGUE_FORMATS.join(', ')}`);
    });
}
