import type { Finding, Sensitivity } from '@unleak/core';
import { titleOf, type Formatter } from './report.js';

const LEVEL: Record<Sensitivity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
/** GitHub maps security-severity to its own critical/high/medium/low bands (≥9, ≥7, ≥4, >0). */
const SECURITY_SEVERITY: Record<Sensitivity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: rules with ids and descriptions, results with ruleId,
 * level, message, a relative artifact URI and region, and the content fingerprint under `unleak/v1` so
 * alerts survive line moves. No snippet: the value never leaves the scanner.
 */
export const formatSarif: Formatter = (report) => {
  const ruleIds = [...new Set(report.findings.map((f) => f.rule))].sort();
  const highest = new Map<string, Sensitivity>();
  for (const f of report.findings) {
    const seen = highest.get(f.rule);
    if (!seen || rank(f.sensitivity) < rank(seen)) highest.set(f.rule, f.sensitivity);
  }
  const rules = ruleIds.map((id) => {
    const title = titleOf(report, id);
    const sensitivity = highest.get(id) ?? 'high';
    return {
      id,
      name: pascal(id),
      shortDescription: { text: title },
      fullDescription: { text: `${title} hardcoded in source. Move it to a secret store and rotate it.` },
      help: {
        text: `Run 'unleak' to migrate this value to SSM Parameter Store, Secrets Manager or Vault and rewrite the code to read it; rotate the credential. If it is not a secret, add 'unleak:allow' on the line or record it with 'unleak baseline'.`,
      },
      defaultConfiguration: { level: LEVEL[sensitivity] },
      properties: { tags: ['security', 'secret', 'CWE-798'], 'security-severity': SECURITY_SEVERITY[sensitivity], precision: 'high' },
    };
  });
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const results = report.findings.map((f) => resultOf(f, index.get(f.rule) ?? 0, titleOf(report, f.rule)));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'unleak', semanticVersion: report.toolVersion, informationUri: 'https://github.com/unleak/unleak', rules } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};

function resultOf(f: Finding, ruleIndex: number, title: string) {
  return {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.sensitivity],
    message: { text: `${title} (${f.redacted}) is hardcoded; move it to ${f.store === 'remove' ? 'a role or profile and delete it' : f.store}.` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(f.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    partialFingerprints: { 'unleak/v1': f.fingerprint },
    properties: { sensitivity: f.sensitivity, kind: f.kind, store: f.store, ...(f.project ? { project: f.project } : {}), ...(f.commit ? { commit: f.commit } : {}), ...(f.committedAt ? { committedAt: f.committedAt } : {}), ...(f.inHead !== undefined ? { inHead: f.inHead } : {}) },
  };
}

/** A path as a relative URI: each segment percent-encoded (encodeURI would leave `#` and `?`, cutting the path short). */
function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function rank(s: Sensitivity): number {
  return ['critical', 'high', 'medium', 'low'].indexOf(s);
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase());
}
