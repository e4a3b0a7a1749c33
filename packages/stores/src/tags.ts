import { StoreError } from '@unleak/core';
import type { StoreItem } from './types.js';

export const MANAGED_BY_KEY = 'managed-by';
export const MANAGED_BY_VALUE = 'unleak';

/** Characters AWS allows in SSM and Secrets Manager tag keys and values. */
const TAG_CHAR = /[\p{L}\p{Z}\p{N}_.:/=+\-@]/u;
const TAG_LIMITS = { keyLength: 127, valueLength: 255, count: 50 } as const;

/** Replaces characters AWS refuses in tags with `_` and trims to AWS's lengths. */
export function sanitizeTag(text: string, maxLength: number): string {
  return Array.from(text, (c) => (TAG_CHAR.test(c) ? c : '_'))
    .join('')
    .slice(0, maxLength);
}

/** The marks unleak puts on everything it creates, plus the item's own tags. */
export function unleakMarks(item: StoreItem): Record<string, string> {
  const marks: Record<string, string> = {};
  for (const [key, value] of Object.entries(item.tags ?? {})) {
    if (/^aws:/i.test(key)) throw new StoreError('InvalidTag', `tag '${key}' on '${item.name}' uses the reserved 'aws:' prefix; rename the tag`);
    marks[key] = value;
  }
  marks[MANAGED_BY_KEY] = MANAGED_BY_VALUE;
  marks['unleak:fingerprint'] = item.fingerprint;
  marks['unleak:plan'] = item.planId;
  if (item.source !== undefined) marks['unleak:source'] = item.source;
  return marks;
}

/** AWS tag list form, sanitised. */
export function awsTags(marks: Record<string, string>): { Key: string; Value: string }[] {
  const tags = Object.entries(marks).map(([k, v]) => ({ Key: sanitizeTag(k, TAG_LIMITS.keyLength), Value: sanitizeTag(v, TAG_LIMITS.valueLength) }));
  if (tags.length > TAG_LIMITS.count) throw new StoreError('InvalidTag', `${tags.length} tags requested; AWS allows ${TAG_LIMITS.count} per object; drop some from the item's tags`);
  return tags;
}

export function isManaged(tags: Record<string, string>): boolean {
  return tags[MANAGED_BY_KEY] === MANAGED_BY_VALUE;
}
