import type { FaultCounts } from './faults.js';
import type { StateStore } from './persistence.js';
import type { WriteCounts } from './state.js';

export interface ParameterView {
  name: string;
  type: string;
  version: number;
  versions: number[];
  tier: string;
  keyId?: string;
  description?: string;
  tags: Record<string, string>;
}

export interface SecretView {
  name: string;
  arn: string;
  description?: string;
  kmsKeyId?: string;
  scheduledForDeletion: boolean;
  deletionDate?: number;
  tags: Array<{ Key: string; Value: string }>;
  versions: Array<{ id: string; stages: string[]; kind: 'string' | 'binary' }>;
  rotation?: { lambdaArn: string; rules?: Record<string, unknown>; enabled: boolean; lastRotatedAt?: number };
}

export interface VaultEntryView {
  namespace: string;
  mount: string;
  path: string;
  currentVersion: number;
  customMetadata: Record<string, string> | null;
  versions: Array<{ version: number; deleted: boolean; destroyed: boolean }>;
}

/** A snapshot of the sandbox's stores for tests: names, versions, stages, tags and counters, never values. */
export interface SandboxStateView {
  parameters: ParameterView[];
  secrets: SecretView[];
  vault: VaultEntryView[];
  /** Committed mutations per service. */
  writes: WriteCounts;
  /** Requests received per `service.Operation` (e.g. `ssm.PutParameter`, `vault.POST data`), faulted ones included. */
  requests: Record<string, number>;
  /** Faults injected so far. */
  faults: FaultCounts;
}

export function viewState(store: StateStore, requests: Record<string, number>, faults: FaultCounts): SandboxStateView {
  const { ssm, secretsManager, vault, writes } = store.state;
  const copy = <T>(value: T): T => structuredClone(value);
  return {
    parameters: Object.values(ssm).map((p) => {
      const latest = p.versions[p.versions.length - 1];
      return {
        name: p.name,
        type: latest?.type ?? 'String',
        version: latest?.version ?? 0,
        versions: p.versions.map((v) => v.version),
        tier: latest?.tier ?? 'Standard',
        ...(latest?.keyId !== undefined ? { keyId: latest.keyId } : {}),
        ...(latest?.description !== undefined ? { description: latest.description } : {}),
        tags: { ...p.tags },
      };
    }),
    secrets: Object.values(secretsManager).map((s) => ({
      name: s.name,
      arn: s.arn,
      ...(s.description !== undefined ? { description: s.description } : {}),
      ...(s.kmsKeyId !== undefined ? { kmsKeyId: s.kmsKeyId } : {}),
      scheduledForDeletion: s.deletionDate !== undefined,
      ...(s.deletionDate !== undefined ? { deletionDate: s.deletionDate } : {}),
      tags: copy(s.tags),
      versions: s.versions.map((v) => ({ id: v.id, stages: [...v.stages], kind: v.kind })),
      ...(s.rotation ? { rotation: copy(s.rotation) } : {}),
    })),
    vault: Object.entries(vault).flatMap(([namespace, ns]) =>
      Object.entries(ns.mounts).flatMap(([mount, m]) =>
        Object.entries(m.entries).map(([path, e]) => ({
          namespace,
          mount,
          path,
          currentVersion: e.currentVersion,
          customMetadata: e.customMetadata ? { ...e.customMetadata } : null,
          versions: Object.entries(e.versions).map(([version, v]) => ({ version: Number(version), deleted: v.deletionTime !== '', destroyed: v.destroyed })),
        })),
      ),
    ),
    writes: { ...writes },
    requests,
    faults,
  };
}
