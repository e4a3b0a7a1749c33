import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** A value encrypted at rest: base64 of iv (12) | auth tag (16) | ciphertext. */
export type Sealed = string;

/**
 * AES-256-GCM under the sandbox key, so the state file never holds a stored value in the clear.
 * The key lives next to the state (or only in memory), which is enough for an emulator: the point is
 * that nothing that prints or persists state can leak a value by accident.
 */
export class Sealer {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('sandbox sealing key must be 32 bytes');
  }

  static generateKey(): Buffer {
    return randomBytes(32);
  }

  seal(plain: string): Sealed {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  open(sealed: Sealed): string {
    const raw = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
