import type { OperationTable } from '../aws/operation.js';
import { cancelRotateSecret, deleteSecret, restoreSecret, rotateSecret, updateSecretVersionStage } from './lifecycle.js';
import { describeSecret, listSecretVersionIds, listSecrets, tagResource, untagResource } from './listing.js';
import { createSecret, getSecretValue, putSecretValue, updateSecret } from './values.js';

/** `X-Amz-Target: secretsmanager.<name>` → handler. */
export const SECRETS_MANAGER_OPERATIONS: OperationTable = {
  CreateSecret: { mutates: true, run: createSecret },
  GetSecretValue: { mutates: false, run: getSecretValue },
  PutSecretValue: { mutates: true, run: putSecretValue },
  UpdateSecret: { mutates: true, run: updateSecret },
  DescribeSecret: { mutates: false, run: describeSecret },
  ListSecrets: { mutates: false, run: listSecrets },
  ListSecretVersionIds: { mutates: false, run: listSecretVersionIds },
  UpdateSecretVersionStage: { mutates: true, run: updateSecretVersionStage },
  DeleteSecret: { mutates: true, run: deleteSecret },
  RestoreSecret: { mutates: true, run: restoreSecret },
  RotateSecret: { mutates: true, run: rotateSecret },
  CancelRotateSecret: { mutates: true, run: cancelRotateSecret },
  TagResource: { mutates: true, run: tagResource },
  UntagResource: { mutates: true, run: untagResource },
};
