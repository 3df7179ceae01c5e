import type { Command } from 'commander';
import { runCheck, PARTS, type CheckReport } from '../../check/run-check.js';
import { checkRuleDescriptors } from '../../check/rule-descriptors.js';
import { allFindings, isIntroduced } from '../../check/summary.js';
import type { PartId } from '../../check/types.js';
import type { ApigovConfig } from '../../config/types.js';
import { UsageError } from '../../errors.js';
import { formatCheckConsole } from '../../formatters/check-console.js';
import { formatCheckJson } from '../../formatters/check-json.js';
import { formatCheckMarkdown } from '../../formatters/check-markdown.js';
import { formatCheckSarif } from '../../formatters/check-sarif.js';
import { formatFindings, type FormatContext } from '../../formatters/index.js';
import { toolVersion } from '../../version.js';
import { EXIT_FAILED, EXIT_OK } from '../exit-codes.js';
import { emit, loadProjectConfig, parseLevelOption } from '../shared.js';

const CHECK_FORMATS = ['console', 'markdown', 'json', 'sarif', 'github', 'junit'] as const;
type CheckFormat = (typeof CHECK_FORMATS)[number];

interface CheckCommandOptions {
  base?: string;
  format: string;
  output?: string;
  markdownOut?: string;
  sarifOut?: string;
  junitOut?: string;
  config?: string;
  baseline?: string;
  failSeverity?: string;
  skip?: string;
  docsBaseUrl?: string;
}

function parseSkip(value: string | undefined): PartId[] {
  if (value === undefined) return [];
  const known = PARTS.map((part) => part.id);
  return value.split(',').map((name) => name.trim()).filter((name) => name !== '').map((name) => {
    if (!(known as string[]).includes(name)) throw new UsageError(`--skip: unknown part "${name}"; parts are ${known.join(', ')}`);
    return name as PartId;
  });
}

async function formatContext(config: ApigovConfig, report: CheckReport, docsBaseUrl: string | undefined): Promise<FormatContext> {
  const files = [...new Set(allFindings(report).map((finding) => finding.finding.file))].sort();
  return { toolVersion: toolVersion(), rules: await checkRuleDescriptors(config, docsBaseUrl), cwd: process.cwd(), files };
}

export async function renderCheck(report: CheckReport, format: CheckFormat, config: ApigovConfig, docsBaseUrl: string | undefined): Promise<string> {
  switch (format) {
    case 'console':
      return formatCheckConsole(report);
    case 'markdown':
      return formatCheckMarkdown(report, docsBaseUrl === undefined ? {} : { docsBaseUrl });
    case 'json':
      return formatCheckJson(report);
    case 'sarif':
      return formatCheckSarif(report, await formatContext(config, report, docsBaseUrl));
    case 'github':
    case 'junit': {
      // Annotations and test reports show what the change introduced, not the legacy.
      const introduced = allFindings(report).filter(isIntroduced).map((finding) => finding.finding);
      return formatFindings(introduced, format, await formatContext(config, report, docsBaseUrl));
    }
  }
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('The pull-request gate: schema lint, route-code lint, breaking changes, schema drift and downstream artifacts, new findings only.')
    .option('--base <ref>', 'git revision to compare with (its merge base with HEAD); default: check.base in the configuration')
    .option('-f, --format <format>', `output format: ${CHECK_FORMATS.join(', ')}`, 'console')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--markdown-out <file>', 'also write the PR comment (Markdown) to this file')
    .option('--sarif-out <file>', 'also write a SARIF 2.1.0 log of every part to this file')
    .option('--junit-out <file>', 'also write a JUnit XML report to this file')
    .option('-c, --config <file>', 'configuration file (default: apigov.config.yaml in the current folder)')
    .option('--baseline <file>', 'baseline file (default: check.baseline_file, apigov-baseline.json)')
    .option('-F, --fail-severity <level>', 'new findings at least this severe fail: error, warning, info, hint (default: check.fail_severity)')
    .option('--skip <parts>', `comma-separated parts not to run: ${PARTS.map((part) => part.id).join(', ')}`)
    .option('--docs-base-url <url>', 'prefix for rule documentation links in the Markdown comment')
    .action(async (options: CheckCommandOptions) => {
      if (!(CHECK_FORMATS as readonly string[]).includes(options.format)) {
        throw new UsageError(`unknown format "${options.format}"; use one of ${CHECK_FORMATS.join(', ')}`);
      }
      const format = options.format as CheckFormat;
      const skip = parseSkip(options.skip);
      const loaded = loadProjectConfig(options.config);
      const config: ApigovConfig = options.failSeverity === undefined
        ? loaded.config
        : { ...loaded.config, check: { ...loaded.config.check, fail_severity: parseLevelOption(options.failSeverity, '--fail-severity') } };
      const report = await runCheck({
        config,
        projectRoot: loaded.projectRoot,
        configFile: loaded.file,
        cwd: process.cwd(),
        ...(options.base === undefined ? {} : { base: options.base }),
        ...(options.baseline === undefined ? {} : { baselineFile: options.baseline }),
        skip,
      });
      emit(await renderCheck(report, format, config, options.docsBaseUrl), options.output);
      if (options.markdownOut !== undefined) emit(await renderCheck(report, 'markdown', config, options.docsBaseUrl), options.markdownOut);
      if (options.sarifOut !== undefined) emit(await renderCheck(report, 'sarif', config, options.docsBaseUrl), options.sarifOut);
      if (options.junitOut !== undefined) emit(await renderCheck(report, 'junit', config, undefined), options.junitOut);
      process.exitCode = report.passed ? EXIT_OK : EXIT_FAILED;
    });
}

