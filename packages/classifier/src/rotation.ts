import { secretHash, type Detection, type StoreKind } from '@unleak/core';
import type { Exposure, Rotation } from './types.js';

/** AWS-provided single-user rotation functions, by database engine (Secrets Manager "rotation templates"). */
const TEMPLATE_BY_ENGINE: Array<{ engine: RegExp; template: string }> = [
  { engine: /^(postgres|postgresql|pg|aurora-postgresql)$/, template: 'SecretsManagerRDSPostgreSQLRotationSingleUser' },
  { engine: /^(mysql|aurora|aurora-mysql)$/, template: 'SecretsManagerRDSMySQLRotationSingleUser' },
  { engine: /^mariadb$/, template: 'SecretsManagerRDSMariaDBRotationSingleUser' },
  { engine: /^(oracle|oracle-ee|oracle-se2)$/, template: 'SecretsManagerRDSOracleRotationSingleUser' },
  { engine: /^(sqlserver|mssql|sqlserver-ee|sqlserver-se|sqlserver-ex|sqlserver-web)$/, template: 'SecretsManagerRDSSQLServerRotationSingleUser' },
  { engine: /^redshift$/, template: 'SecretsManagerRedshiftRotationSingleUser' },
  { engine: /^(mongodb|mongo|docdb|documentdb)$/, template: 'SecretsManagerMongoDBRotationSingleUser' },
];

/** Engine names as they appear in URL schemes, keys and Terraform `engine` values, in the shape rotation wants. */
export function canonicalEngine(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.toLowerCase().replace(/\+.*$/, '');
  if (/postgres|(^|[^a-z])pg([^a-z]|$)|psql/.test(t)) return 'postgres';
  if (/mariadb/.test(t)) return 'mariadb';
  if (/mysql|aurora/.test(t)) return 'mysql';
  if (/oracle/.test(t)) return 'oracle';
  if (/sqlserver|mssql/.test(t)) return 'sqlserver';
  if (/redshift/.test(t)) return 'redshift';
  if (/mongo|docdb|documentdb/.test(t)) return 'mongo';
  return undefined;
}

export interface RotationInput {
  store: StoreKind;
  /** The item's kind: AWS keys rotate in IAM, not with a Secrets Manager template. */
  kind?: string;
  database: boolean;
  engine?: string;
  /** The JSON holds username and host, which the single-user templates need. */
  hasLoginFields: boolean;
  sensitivity: string;
}

const AWS_KEY_KINDS = new Set(['aws-access-key', 'aws-secret-key', 'aws-session-token']);

export function rotationFor(input: RotationInput): Rotation {
  if (input.store === 'remove') return { needed: true, note: 'deactivate the key in IAM now; deleting it from the code does not revoke it' };
  if (input.store === 'ssm-string') return { needed: false, note: 'configuration; nothing to rotate' };
  if (input.store === 'ssm-secure') return { needed: false, note: 'no rotation schedule; rotate by hand if it leaks' };
  if (input.kind !== undefined && AWS_KEY_KINDS.has(input.kind)) {
    return { needed: true, note: 'rotate in IAM: create a second access key, store it, then deactivate the old one; better, replace the key with a role' };
  }
  if (input.database && input.store === 'secrets-manager') {
    const template = TEMPLATE_BY_ENGINE.find((t) => input.engine !== undefined && t.engine.test(input.engine))?.template;
    if (template && input.hasLoginFields) return { needed: true, template, note: `rotate with the ${template} Lambda (single user)` };
    if (template) return { needed: true, note: `${template} needs username and host in the secret; add them, or rotate with a custom Lambda` };
    return { needed: true, note: 'database engine unknown; pick a rotation template or write a rotation Lambda' };
  }
  if (input.store === 'vault') {
    return input.sensitivity === 'critical' || input.sensitivity === 'high'
      ? { needed: true, note: 'rotate at the issuer; KV v2 keeps the previous versions' }
      : { needed: false, note: 'no rotation schedule' };
  }
  return { needed: true, note: 'no AWS template for this kind; rotate with a custom Lambda or at the issuer' };
}

/** Where a history finding's value was first committed, and whether it is still in HEAD. */
export interface ExposureInput {
  commit?: string;
  /** Author date of that commit (ISO 8601). */
  committedAt?: string;
  /** The value still occurs in the tip version of the file; undefined when unknown. */
  inHead?: boolean;
}

/**
 * History findings: the value stays readable in git after migration, so it must be rotated either way.
 * e.g. "committed 2024-03-02 (abc1234), removed from HEAD but still in history: rotate".
 */
export function exposureOf(input: ExposureInput): Exposure | undefined {
  const { commit, committedAt, inHead } = input;
  if (!commit) return undefined;
  const when = committedAt ? `committed ${committedAt.slice(0, 10)} (${commit.slice(0, 7)})` : `committed in ${commit.slice(0, 7)}`;
  const note =
    inHead === false
      ? `${when}, removed from HEAD but still in history: rotate`
      : inHead === true
        ? `${when}, still in HEAD: migrate it, then rotate (history keeps the old value)`
        : `${when}, in git history: rotate it even after migration`;
  return { commit, ...(committedAt ? { since: committedAt } : {}), ...(inHead !== undefined ? { inHead } : {}), mustRotate: true, note };
}

/**
 * The exposure of one value (or of one item's values) from the history detections that hold it: the earliest
 * commit (by author date) that added one of them; still in HEAD when any of them still is, removed when all are.
 */
export function historyExposure(detections: Detection[]): Exposure | undefined {
  const committed = detections.filter((d) => d.commit);
  const dateOf = (d: Detection) => d.committedAt ?? d.context.committedAt ?? '';
  // By instant, not text: author dates carry their author's UTC offset. Undated ones come last.
  const instantOf = (d: Detection) => {
    const t = Date.parse(dateOf(d));
    return Number.isNaN(t) ? Infinity : t;
  };
  const first = [...committed].sort((x, y) => instantOf(x) - instantOf(y))[0];
  if (!first) return undefined;
  const inHead = committed.some((d) => d.inHead === true) ? true : committed.every((d) => d.inHead === false) ? false : undefined;
  return exposureOf({ commit: first.commit, committedAt: dateOf(first) || undefined, inHead });
}

/**
 * For callers holding working-tree detections and a separate `--history` scan: the exposure of the values in
 * `detections`, matched to the history by value (through its hash, so no value is kept as a key).
 */
export function historyExposureLookup(history: Detection[]): (detections: Detection[]) => Exposure | undefined {
  const byValue = new Map<string, Detection[]>();
  for (const h of history) {
    if (!h.commit) continue;
    const hash = secretHash(h.secret.reveal());
    byValue.set(hash, [...(byValue.get(hash) ?? []), h]);
  }
  return (detections) => historyExposure([...new Set(detections.map((d) => secretHash(d.secret.reveal())))].flatMap((hash) => byValue.get(hash) ?? []));
}
