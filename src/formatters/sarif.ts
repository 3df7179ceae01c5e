import { toPointer, type Finding, type OperationRef } from '../findings.js';
import { toSarifLevel, type Level } from '../levels.js';
import { directoryUri, fileUri, hasPosition, locateFile, oneBasedRegion, sortedFindings } from './common.js';
import type { FormatContext, RuleDescriptor } from './index.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The `uriBaseId` of every relative artifact URI; resolved in `originalUriBaseIds`. */
export const SRCROOT = 'SRCROOT';
const FINGERPRINT_KEY = 'apigov/v1';

type SarifLevel = ReturnType<typeof toSarifLevel>;

export interface SarifReportingDescriptor {
  id: string;
  shortDescription?: { text: string };
  helpUri?: string;
  defaultConfiguration?: { level: SarifLevel };
}

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{
    physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: SarifRegion };
    logicalLocations?: Array<{ fullyQualifiedName: string }>;
  }>;
  partialFingerprints?: Record<string, string>;
  /** SARIF has one `note` for both info and hint; the bag keeps apigov's own level. */
  properties: { level: Level; operations?: OperationRef[] };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifReportingDescriptor[] } };
      originalUriBaseIds: Record<string, { uri: string }>;
      columnKind: 'utf16CodeUnits';
      results: SarifResult[];
    },
  ];
}

/**
 * One reportingDescriptor per rule id known from the context or seen in a
 * finding, sorted by id so `ruleIndex` does not depend on the caller's order.
 * A rule only seen in findings gets no default level: that is not ours to decide.
 */
function reportingDescriptors(rules: readonly RuleDescriptor[], findings: readonly Finding[]): SarifReportingDescriptor[] {
  const byId = new Map<string, SarifReportingDescriptor>();
  for (const rule of rules) {
    if (byId.has(rule.id)) continue;
    const descriptor: SarifReportingDescriptor = { id: rule.id };
    if (rule.description !== '') descriptor.shortDescription = { text: rule.description };
    if (rule.helpUri !== undefined && isAbsoluteUri(rule.helpUri)) descriptor.helpUri = rule.helpUri;
    descriptor.defaultConfiguration = { level: toSarifLevel(rule.level) };
    byId.set(rule.id, descriptor);
  }
  for (const finding of findings) {
    if (byId.has(finding.code)) continue;
    const descriptor: SarifReportingDescriptor = { id: finding.code };
    if (finding.docsUrl !== undefined && isAbsoluteUri(finding.docsUrl)) descriptor.helpUri = finding.docsUrl;
    byId.set(finding.code, descriptor);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** SARIF's helpUri must be absolute; a repository-relative doc path (docs/rules/x.md) is left out. */
function isAbsoluteUri(uri: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(uri);
}

function region(finding: Finding): SarifRegion {
  if (!hasPosition(finding)) return { startLine: 1 };
  const { startLine, startColumn, endLine, endColumn } = oneBasedRegion(finding);
  return { startLine, startColumn, endLine, endColumn };
}

function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const location = locateFile(file, cwd);
  if (!location.inside) return { uri: fileUri(location.absolutePath) };
  // A relative URI reference: each segment percent-encoded (space, `#`, `?`, `%`, `:`, non-ASCII).
  return { uri: location.relativePath.split('/').map((segment) => encodeURIComponent(segment)).join('/'), uriBaseId: SRCROOT };
}

export function toSarifLog(findings: readonly Finding[], context: FormatContext): SarifLog {
  const sorted = sortedFindings(findings);
  const rules = reportingDescriptors(context.rules, sorted);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = sorted.map((finding): SarifResult => {
    const location: SarifResult['locations'][number] = {
      physicalLocation: { artifactLocation: artifactLocation(finding.file, context.cwd), region: region(finding) },
    };
    if (finding.path.length > 0) location.logicalLocations = [{ fullyQualifiedName: toPointer(finding.path) }];
    const result: SarifResult = {
      ruleId: finding.code,
      ruleIndex: ruleIndex.get(finding.code) ?? -1,
      level: toSarifLevel(finding.level),
      message: { text: finding.message },
      locations: [location],
      ...(finding.fingerprint === undefined ? {} : { partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint } }),
      properties: { level: finding.level },
    };
    if (finding.operations !== undefined && finding.operations.length > 0) {
      result.properties.operations = finding.operations.map((operation) => ({ method: operation.method, path: operation.path }));
    }
    return result;
  });
  const driver: SarifLog['runs'][0]['tool']['driver'] = { name: context.toolName ?? 'apigov', version: context.toolVersion, rules };
  if (context.informationUri !== undefined) driver.informationUri = context.informationUri;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.cwd) } },
        // Spectral's and ESLint's columns count JavaScript string indices.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(findings: readonly Finding[], context: FormatContext): string {
  return `${JSON.stringify(toSarifLog(findings, context), null, 2)}\n`;
}
