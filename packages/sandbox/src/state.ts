import type { Sealed } from './sealing.js';

/** Everything the sandbox stores; plain JSON so it can be persisted as is. Every stored value is sealed (AES-256-GCM). */
export interface SandboxState {
  ssm: Record<string, StoredParameter>;
  secretsManager: Record<string, StoredSecret>;
  vault: Record<string, VaultNamespace>;
  writes: WriteCounts;
}

export interface WriteCounts {
  ssm: number;
  secretsManager: number;
  vault: number;
}

export type ParameterType = 'String' | 'StringList' | 'SecureString';
export type ParameterTier = 'Standard' | 'Advanced';

export interface StoredParameterVersion {
  version: number;
  type: ParameterType;
  value: Sealed;
  /** SecureString: returned as ciphertext unless the caller asks for decryption. */
  secure: boolean;
  tier: ParameterTier;
  dataType: string;
  description?: string;
  allowedPattern?: string;
  keyId?: string;
  labels: string[];
  modifiedAt: number;
}

export interface StoredParameter {
  name: string;
  versions: StoredParameterVersion[];
  tags: Record<string, string>;
}

export interface StoredSecretVersion {
  id: string;
  kind: 'string' | 'binary';
  value: Sealed;
  stages: string[];
  createdAt: number;
}

export interface StoredSecret {
  name: string;
  arn: string;
  description?: string;
  kmsKeyId?: string;
  createdAt: number;
  lastChangedAt: number;
  deletedAt?: number;
  deletionDate?: number;
  tags: Array<{ Key: string; Value: string }>;
  versions: StoredSecretVersion[];
  rotation?: { lambdaArn: string; rules?: Record<string, unknown>; enabled: boolean; lastRotatedAt?: number };
}

export interface VaultNamespace {
  mounts: Record<string, VaultMount>;
}

export interface VaultMount {
  type: 'kv';
  version: '2';
  accessor: string;
  config: { maxVersions: number; casRequired: boolean };
  entries: Record<string, VaultEntry>;
}

export interface VaultEntry {
  createdAt: string;
  updatedAt: string;
  currentVersion: number;
  oldestVersion: number;
  maxVersions: number;
  casRequired: boolean;
  customMetadata: Record<string, string> | null;
  versions: Record<string, VaultVersion>;
}

export interface VaultVersion {
  createdAt: string;
  deletionTime: string;
  destroyed: boolean;
  data: Sealed | null;
}

export function emptyState(): SandboxState {
  return { ssm: {}, secretsManager: {}, vault: {}, writes: { ssm: 0, secretsManager: 0, vault: 0 } };
}
