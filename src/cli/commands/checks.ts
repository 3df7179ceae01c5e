import type { Command } from 'commander';
import { CHECKS } from '../../checks/registry.js';
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
    .action((options: { format: string; output?: string }) => {
      if (options.format === 'text') emit(catalogueText(CHECKS), options.output);
      else if (options.format === 'json') emit(catalogueJson(CHECKS), options.output);
      else if (options.format === 'markdown') emit(catalogueMarkdown(CHECKS), options.output);
      else throw new UsageError(`unknown format "${options.format}"; use one of ${CATALOGUE_FORMATS.join(', ')}`);
    });
}
