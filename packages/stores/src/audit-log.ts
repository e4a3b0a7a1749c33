import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { WritableStoreKind } from './types.js';

export const DEFAULT_AUDIT_LOG_PATH = '.unleak/audit.log';

export type AuditOperation = 'put' | 'verify' | 'remove' | 'rotate';
export type AuditResult = 'created' | 'updated' | 'unchanged' | 'verified' | 'removed' | 'absent' | 'enabled' | 'refused' | 'conflict' | 'failed';

/** One line of the audit log. Holds names, versions and fingerprints — never a value. */
export interface AuditEvent {
  op: AuditOperation;
  store: WritableStoreKind;
  name: string;
  /** ARN (AWS) or `<mount>/data/<path>` (Vault), when known. */
  ref?: string;
  version?: string;
  fingerprint?: string;
  planId?: string;
  result: AuditResult;
  /** `arn:aws:iam::…` (STS GetCallerIdentity) or `vault:<display_name>` (lookup-self), when it could be found. */
  identity?: string;
  /** StoreError code and message on failure (already value-free). */
  error?: { code: string; message: string };
}

export interface AuditRecord extends AuditEvent {
  time: string;
}

export interface AuditLog {
  append(event: AuditEvent): void;
}

function stamp(event: AuditEvent, now: () => Date): AuditRecord {
  return { time: now().toISOString(), ...event };
}

/** Appends one JSON line per event and fsyncs it, so the trail survives a crash mid-apply. */
export class FileAuditLog implements AuditLog {
  readonly path: string;
  readonly #now: () => Date;

  constructor(path: string = DEFAULT_AUDIT_LOG_PATH, now: () => Date = () => new Date()) {
    this.path = path;
    this.#now = now;
  }

  append(event: AuditEvent): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const fd = openSync(this.path, 'a', 0o600);
    try {
      writeSync(fd, `${JSON.stringify(stamp(event, this.#now))}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

/** For tests and dry runs: keeps records and their serialised lines in memory. */
export class MemoryAuditLog implements AuditLog {
  readonly records: AuditRecord[] = [];
  readonly #now: () => Date;

  constructor(now: () => Date = () => new Date()) {
    this.#now = now;
  }

  append(event: AuditEvent): void {
    this.records.push(stamp(event, this.#now));
  }

  /** Exactly what FileAuditLog would have written. */
  text(): string {
    return this.records.map((r) => `${JSON.stringify(r)}\n`).join('');
  }
}
