import { isMap, isScalar, type Document } from 'yaml';
import { PlanBuilder } from '../plan.js';
import { describeStore, vaultMount } from '../references.js';
import { lineStart } from '../text.js';
import type { RewriteInput, RewriteTarget, Rewriter } from '../types.js';
import { coversScalar } from '../yaml-edit.js';
import { getIn, parseYamlDocuments, scalarAt, yamlSyntaxError, type LocatedScalar } from '../yaml-locate.js';

/** The ClusterSecretStore each store kind is read through; the note tells the user to create them. */
const STORE_REFS: Record<Exclude<RewriteTarget['store'], 'remove'>, string> = {
  'ssm-string': 'aws-parameter-store',
  'ssm-secure': 'aws-parameter-store',
  'secrets-manager': 'aws-secrets-manager',
  vault: 'vault',
};

interface Entry {
  secretKey: string;
  target: RewriteTarget;
}

function yamlValue(v: string): string {
  return /^[A-Za-z_/][\w/.-]*$/.test(v) && !/^(true|false|null|yes|no|on|off)$/i.test(v) ? v : JSON.stringify(v);
}

function storeRef(t: RewriteTarget): string {
  return STORE_REFS[t.store as keyof typeof STORE_REFS];
}

/** An `external-secrets.io/v1` ExternalSecret producing the Secret `name` from the stores. */
function externalSecretYaml(name: string, namespace: string | undefined, entries: Entry[], templateData: [string, string][] = []): string {
  const primary = storeRef(entries[0]!.target);
  const lines = ['apiVersion: external-secrets.io/v1', 'kind: ExternalSecret', 'metadata:', `  name: ${yamlValue(name)}`];
  if (namespace) lines.push(`  namespace: ${yamlValue(namespace)}`);
  lines.push('spec:', '  refreshInterval: 1h', '  secretStoreRef:', `    name: ${primary}`, '    kind: ClusterSecretStore', '  target:', `    name: ${yamlValue(name)}`, '    creationPolicy: Owner');
  if (templateData.length > 0) {
    lines.push('    template:', '      engineVersion: v2', '      mergePolicy: Merge', '      data:');
    for (const [k, v] of templateData) lines.push(`        ${yamlValue(k)}: ${JSON.stringify(v)}`);
  }
  lines.push('  data:');
  for (const { secretKey, target: t } of entries) {
    lines.push(`    - secretKey: ${yamlValue(secretKey)}`, '      remoteRef:', `        key: ${yamlValue(t.name)}`);
    const property = t.store === 'vault' ? (t.jsonKey ?? 'value') : t.jsonKey;
    if (property) lines.push(`        property: ${yamlValue(property)}`);
    if (storeRef(t) !== primary) lines.push('      sourceRef:', '        storeRef:', `          name: ${storeRef(t)}`, '          kind: ClusterSecretStore');
  }
  return `${lines.join('\n')}\n`;
}

function storeNote(t: RewriteTarget): string {
  const ref = storeRef(t);
  const provider = t.store === 'vault' ? `provider \`vault\` (path \`${vaultMount(t)}\`, version v2)` : `provider \`aws\` (service ${ref === 'aws-parameter-store' ? 'ParameterStore' : 'SecretsManager'})`;
  return `Install External Secrets Operator and create the ClusterSecretStore \`${ref}\` with ${provider}; it reads ${describeStore(t)}.`;
}

/** Keys of a Secret's `stringData`/`data` that no target covers, with their (non-secret) values decoded. */
function otherSecretKeys(doc: Document.Parsed, covered: Set<string>): [string, string][] {
  const out: [string, string][] = [];
  for (const section of ['stringData', 'data'] as const) {
    const map = doc.getIn([section], true);
    if (!isMap(map)) continue;
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const value = isScalar(pair.value) ? String(pair.value.value) : undefined;
      if (key === undefined || value === undefined || covered.has(key)) continue;
      out.push([key, section === 'data' ? Buffer.from(value, 'base64').toString('utf8') : value]);
    }
  }
  return out;
}

/** Replace the `value: …` pair of an env item by `valueFrom.secretKeyRef`, at the key's own indentation. */
function envValueFrom(plan: PlanBuilder, input: RewriteInput, loc: LocatedScalar, t: RewriteTarget, secretName: string): boolean {
  const item = loc.doc.getIn(loc.path.slice(0, -1), true);
  if (!isMap(item) || item.flow) return false;
  const pair = item.items.find((p) => isScalar(p.key) && p.key.value === 'value');
  const keyStart = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  if (keyStart === undefined) return false;
  const indent = ' '.repeat(keyStart - lineStart(input.text, keyStart));
  if (!coversScalar(loc, t)) plan.widen(t, { start: loc.start, end: loc.end });
  plan.edit(keyStart, loc.end, `valueFrom:\n${indent}  secretKeyRef:\n${indent}    name: ${yamlValue(secretName)}\n${indent}    key: ${yamlValue(t.envName)}`);
  return true;
}

/**
 * A `Secret` document becomes an ExternalSecret with the same target name (other documents untouched);
 * an env literal in a workload becomes `valueFrom.secretKeyRef` on a Secret an extra ExternalSecret file
 * provides.
 */
export const kubernetes: Rewriter = {
  plan(input) {
    const plan = new PlanBuilder();
    const docs = parseYamlDocuments(input.text);
    const secretDocs = new Map<number, Entry[]>();
    const workloads = new Map<string, { namespace?: string; entries: Entry[] }>();
    for (const t of input.targets) {
      const loc = t.store === 'remove' ? undefined : scalarAt(docs, t.span.start);
      if (!loc || t.span.end > loc.contentEnd) {
        plan.manualFor(t, t.store === 'remove' ? 'credential marked for removal: use a service account role instead (manual edit needed)' : 'secret is not inside one YAML scalar value (manual edit needed)');
        continue;
      }
      const kind = getIn(loc.doc, ['kind']);
      const [section, key] = loc.path;
      if (kind === 'Secret' && (section === 'stringData' || section === 'data') && typeof key === 'string' && loc.path.length === 2) {
        secretDocs.set(loc.docIndex, [...(secretDocs.get(loc.docIndex) ?? []), { secretKey: key, target: t }]);
        continue;
      }
      const [env, , field] = loc.path.slice(-3);
      const workload = String(getIn(loc.doc, ['metadata', 'name']) ?? 'app');
      const secretName = `${workload}-secrets`;
      if (env === 'env' && field === 'value' && envValueFrom(plan, input, loc, t, secretName)) {
        const namespace = getIn(loc.doc, ['metadata', 'namespace']);
        const entry = workloads.get(secretName) ?? { ...(typeof namespace === 'string' ? { namespace } : {}), entries: [] };
        entry.entries.push({ secretKey: t.envName, target: t });
        workloads.set(secretName, entry);
        plan.note(storeNote(t));
        continue;
      }
      plan.manualFor(t, `a literal in ${typeof kind === 'string' ? kind : 'this document'} cannot reference a store; move it into a Secret provided by an ExternalSecret (manual edit needed)`);
    }
    for (const [docIndex, entries] of secretDocs) {
      const doc = docs[docIndex]!;
      const range = doc.contents?.range;
      if (!range) continue;
      const name = String(getIn(doc, ['metadata', 'name']) ?? 'secret');
      const namespace = getIn(doc, ['metadata', 'namespace']);
      const others = otherSecretKeys(doc, new Set(entries.map((e) => e.secretKey)));
      const replacement = externalSecretYaml(name, typeof namespace === 'string' ? namespace : undefined, entries, others);
      const original = input.text.slice(range[0], range[1]);
      plan.edit(range[0], range[1], original.endsWith('\n') ? replacement : replacement.trimEnd());
      for (const e of entries) plan.note(storeNote(e.target));
      plan.note(`Secret \`${name}\` in \`${input.path}\` is now an ExternalSecret that creates the same Secret from the store; its old values stay in git history, so rotate them.`);
    }
    const dir = input.path.includes('/') ? input.path.slice(0, input.path.lastIndexOf('/') + 1) : '';
    for (const [secretName, { namespace, entries }] of workloads) {
      plan.extra({ path: `${dir}${secretName}.external-secret.yaml`, text: externalSecretYaml(secretName, namespace, entries), mode: 'create' });
      plan.note(`Apply \`${dir}${secretName}.external-secret.yaml\` with the workload: it creates the Secret \`${secretName}\` its env now reads.`);
    }
    return plan;
  },
  validate: (text) => yamlSyntaxError(text),
};
