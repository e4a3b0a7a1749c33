import type { Detection, SecretKind, Sensitivity, StoreKind } from '@unleak/core';
import type { Policy } from './policy.js';

/** Which rule of the policy decided a finding's store: a numbered `routing.rules` entry, or a built-in default. */
export type Decider =
  | { source: 'policy'; index: number; summary: string }
  | { source: 'default-store'; store: StoreKind; summary: string }
  | { source: 'built-in'; id: string; summary: string };

/** Whether the value needs scheduled rotation after migration, and the AWS template that can do it. */
export interface Rotation {
  needed: boolean;
  /** An AWS Secrets Manager rotation template, e.g. `SecretsManagerRDSPostgreSQLRotationSingleUser`. */
  template?: string;
  note: string;
}

/** A value found by a `--history` scan: it stays readable in git, so it must be rotated even after migration. */
export interface Exposure {
  commit: string;
  /** Author date of the commit that first added the value (ISO 8601). */
  since?: string;
  /** The value is still in HEAD (true), only in history (false), or unknown (absent). */
  inHead?: boolean;
  mustRotate: true;
  note: string;
}

/** The routing decision for one finding, before grouping. */
export interface Routing {
  kind: SecretKind;
  sensitivity: Sensitivity;
  store: StoreKind;
  /** One sentence a person can read: "database password in a Terraform aws_db_instance → Secrets Manager: needs rotation". */
  reason: string;
  decidedBy: Decider;
  /** Non-secret configuration (hostnames, usernames, ports, registry URLs) rather than a secret. */
  isConfig: boolean;
}

/** One finding as classified: the public fields the scan contract needs plus where it will live. */
export interface Classified extends Routing {
  fingerprint: string;
  file: string;
  line: number;
  rule: string;
  project: string;
  env: string;
  /** The id of the MigrationItem this finding belongs to. */
  group: string;
  /** The item's store name (parameter name, secret name or Vault path). */
  name: string;
  /** The key of this finding inside the item's JSON value, when the item holds several values. */
  jsonKey?: string;
  rotation: Rotation;
  exposure?: Exposure;
}

/**
 * One finding (or several) that the migration engine writes as one store object.
 * - `shape: 'value'`: the object's value is the single member's value (an SSM parameter, a plain secret).
 * - `shape: 'json'`: the value is a JSON object; each member contributes `jsonKey` (or, for a connection
 *   string, its `parts` under `partKeys`). Database credentials use the shape AWS rotation functions expect:
 *   `{"engine","host","port","username","password","dbname"}`.
 * Members that share a secret value (the same password in `.env` and `docker-compose.yml`) share an item.
 * Build the value to write with `renderItemValue(item, detections)`.
 */
export interface MigrationItem {
  /** Stable: derived from the members' fingerprints. */
  id: string;
  store: StoreKind;
  /** Parameter name, secret name or Vault KV path (without mount); empty for `remove`. */
  name: string;
  project: string;
  env: string;
  kind: SecretKind;
  sensitivity: Sensitivity;
  reason: string;
  decidedBy: Decider;
  shape: 'value' | 'json';
  members: ItemMember[];
  /** Non-secret constant JSON fields the item needs but no member holds, e.g. `{engine: 'postgres'}`. */
  fixed?: Record<string, string>;
  rotation: Rotation;
  exposure?: Exposure;
  /** Size of the value to write, in bytes (decides the Parameter Store tier). */
  valueBytes: number;
}

export interface ItemMember {
  fingerprint: string;
  file: string;
  line: number;
  rule: string;
  kind: SecretKind;
  redacted: string;
  /** The member's key in a JSON item. */
  jsonKey?: string;
  /**
   * For a connection string: which of its `parts` go into the JSON (part name → JSON key). The part
   * `secret` is the detection's own value (the password the rule captured), e.g. `{secret: 'password'}`.
   */
  partKeys?: Record<string, string>;
}

/** Maps a file (relative, forward slashes) to the project that owns it. */
export type ProjectLookup = (file: string) => string | undefined;

export interface ClassifyOptions {
  /** The parsed `unleak.yaml` (see parsePolicy); omit for the built-in defaults. */
  policy?: Policy;
  /** Projects by root folder (`discoverProjects(root)`), or a lookup function. */
  projects?: ProjectRoot[] | ProjectLookup;
  /**
   * Project for files no project owns; default: the file's top folder (not a dot-folder such as `.github`,
   * nor a tooling or infrastructure folder), else the repository's name (a `fallback` root), else `app`.
   */
  defaultProject?: string;
}

export interface ProjectRoot {
  /** Relative folder, forward slashes, '' for the repository root. */
  root: string;
  name: string;
  /**
   * The repository's own name (its folder's basename when no root manifest names it): used only for files
   * that no project and no project-like top folder claims, e.g. `.github/workflows/deploy.yml`.
   */
  fallback?: boolean;
}

export type { Detection };
