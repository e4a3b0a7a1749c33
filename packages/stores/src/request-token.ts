import { createHash } from 'node:crypto';

/**
 * A Secrets Manager `ClientRequestToken` (32–64 characters, it becomes the VersionId) derived from the
 * plan and the finding, UUID-shaped, so a retried or re-run apply sends the same token and AWS treats
 * it as the same request.
 */
export function clientRequestToken(planId: string, fingerprint: string, purpose: 'create' | 'update'): string {
  const hex = createHash('sha256').update(`unleak/sm-token\0${planId}\0${fingerprint}\0${purpose}`).digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
