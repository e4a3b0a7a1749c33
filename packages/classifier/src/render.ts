import { SecretValue, type Detection } from '@unleak/core';
import { SECRET_PART } from './items.js';
import type { MigrationItem } from './types.js';

/**
 * The value the migration engine writes for an item: the member's value, or the JSON map of all
 * members (`{"engine","host","port","username","password","dbname"}` for database credentials).
 * Reveals values, so call it only on the write path; the result is again a SecretValue.
 */
export function renderItemValue(item: MigrationItem, detections: Detection[]): SecretValue {
  return renderWith(item, detectionIndex(detections));
}

type DetectionIndex = Map<string, Detection>;

const memberKey = (m: { fingerprint: string; file: string; line: number }) => `${m.fingerprint}\0${m.file}\0${m.line}`;

/** Detections by member identity, so rendering many items stays linear. */
export function detectionIndex(detections: Detection[]): DetectionIndex {
  return new Map(detections.map((d) => [memberKey(d), d]));
}

export function renderWith(item: MigrationItem, index: DetectionIndex): SecretValue {
  const find = (m: MigrationItem['members'][number]) => {
    const d = index.get(memberKey(m));
    if (!d) throw new Error(`item ${item.id}: no detection for member ${m.file}:${m.line} (${m.rule}); pass the detections the item was built from`);
    return d;
  };
  const first = item.members[0];
  if (!first) throw new Error(`item ${item.id} has no members`);
  if (item.shape === 'value') return find(first).secret;
  const json = itemFields(item, find);
  return new SecretValue(JSON.stringify(json));
}

/** What a JSON item member contributes: its connection-string parts, or its own value under `jsonKey`. */
export interface FieldMember {
  partKeys?: Record<string, string>;
  jsonKey?: string;
}

/**
 * The JSON fields of a `shape: 'json'` item (fixed fields first, then each member's), with a numeric
 * `port`. Shared by `renderItemValue` and the migration engine, which re-reads the detections at apply time.
 */
export function itemFields<M extends FieldMember>(item: { fixed?: Record<string, string | number>; members: readonly M[] }, detectionOf: (member: M) => Detection): Record<string, string | number> {
  const json: Record<string, string | number> = { ...(item.fixed ?? {}) };
  for (const m of item.members) {
    const d = detectionOf(m);
    if (m.partKeys) {
      for (const [part, key] of Object.entries(m.partKeys)) {
        const v = part === SECRET_PART ? d.secret : d.parts?.[part];
        if (v !== undefined) json[key] = typeof v === 'string' ? v : v.reveal();
      }
    } else if (m.jsonKey !== undefined) {
      json[m.jsonKey] = d.secret.reveal();
    }
  }
  if (typeof json.port === 'string' && /^\d{1,5}$/.test(json.port)) json.port = Number(json.port);
  return json;
}
