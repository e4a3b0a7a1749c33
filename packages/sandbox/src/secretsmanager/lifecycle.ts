import { optionalBoolean, optionalInteger, optionalString, requiredString, type Input } from '../aws/input.js';
import type { ServiceContext } from '../aws/operation.js';
import { CURRENT, PENDING, addVersion, invalidParameter, invalidRequest, moveStage, readToken, requireLiveSecret, requireSecret } from './secrets.js';

const DAY = 24 * 60 * 60;

export function deleteSecret(input: Input, ctx: ServiceContext): unknown {
  const secret = requireSecret(ctx, requiredString(input, 'SecretId'));
  const windowDays = optionalInteger(input, 'RecoveryWindowInDays', -Infinity, Infinity);
  const force = optionalBoolean(input, 'ForceDeleteWithoutRecovery') ?? false;
  if (force && windowDays !== undefined) {
    throw invalidParameter("You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.");
  }
  if (windowDays !== undefined && (windowDays < 7 || windowDays > 30)) {
    throw invalidParameter('The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).');
  }
  if (secret.deletionDate !== undefined && !force) {
    throw invalidRequest("You can't perform this operation on the secret because it was already scheduled for deletion.");
  }
  const now = ctx.now();
  if (force) {
    delete ctx.store.state.secretsManager[secret.name];
    return { ARN: secret.arn, Name: secret.name, DeletionDate: now };
  }
  secret.deletedAt = now;
  secret.deletionDate = now + (windowDays ?? 30) * DAY;
  return { ARN: secret.arn, Name: secret.name, DeletionDate: secret.deletionDate };
}

export function restoreSecret(input: Input, ctx: ServiceContext): unknown {
  const secret = requireSecret(ctx, requiredString(input, 'SecretId'));
  delete secret.deletedAt;
  delete secret.deletionDate;
  secret.lastChangedAt = ctx.now();
  return { ARN: secret.arn, Name: secret.name };
}

/**
 * Records the rotation configuration and, when `RotateImmediately` (the default), simulates a
 * rotation in-process: a new version is staged AWSPENDING and promoted to AWSCURRENT. Its value comes
 * from the rotator configured for the Lambda ARN, or is the current value when there is none.
 */
export function rotateSecret(input: Input, ctx: ServiceContext): unknown {
  const secret = requireLiveSecret(ctx, requiredString(input, 'SecretId'));
  const token = readToken(input);
  const lambdaArn = optionalString(input, 'RotationLambdaARN') ?? secret.rotation?.lambdaArn;
  if (lambdaArn === undefined) {
    throw invalidRequest('No Lambda rotation function ARN is associated with this secret. Pass RotationLambdaARN.');
  }
  if (!/^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9$_-]+)?$/.test(lambdaArn)) {
    throw invalidParameter(`RotationLambdaARN '${lambdaArn}' is not a Lambda function ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME).`);
  }
  const rules = readRotationRules(input) ?? secret.rotation?.rules;
  const pending = secret.versions.find((v) => v.stages.includes(PENDING) && !v.stages.includes(CURRENT));
  if (pending) throw invalidRequest('A previous rotation isn\'t complete. That rotation will be reattempted.');
  secret.rotation = { lambdaArn, enabled: true, ...(rules ? { rules } : {}), ...(secret.rotation?.lastRotatedAt !== undefined ? { lastRotatedAt: secret.rotation.lastRotatedAt } : {}) };
  secret.lastChangedAt = ctx.now();
  if (!(optionalBoolean(input, 'RotateImmediately') ?? true)) return { ARN: secret.arn, Name: secret.name };

  const current = secret.versions.find((v) => v.stages.includes(CURRENT));
  if (!current) throw invalidRequest('The secret has no AWSCURRENT version to rotate; put a value first.');
  const currentValue = ctx.store.sealer.open(current.value);
  const { version } = addVersion(ctx, secret, { kind: current.kind, wire: runRotator(ctx, lambdaArn, currentValue) }, token, [PENDING]);
  moveStage(secret, CURRENT, version);
  secret.rotation.lastRotatedAt = ctx.now();
  return { ARN: secret.arn, Name: secret.name, VersionId: version.id };
}

function runRotator(ctx: ServiceContext, lambdaArn: string, currentValue: string): string {
  const rotator = ctx.rotators[lambdaArn];
  if (!rotator) return currentValue;
  let next: unknown;
  try {
    next = rotator(currentValue);
  } catch {
    throw invalidRequest(`The rotation function ${lambdaArn} failed; the secret was not rotated.`);
  }
  if (typeof next !== 'string' || next.length === 0) throw invalidRequest(`The rotation function ${lambdaArn} returned no value; the secret was not rotated.`);
  return next;
}

function readRotationRules(input: Input): Record<string, unknown> | undefined {
  const raw = input.RotationRules;
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw invalidParameter('RotationRules must be an object.');
  const rules = raw as Input;
  const days = optionalInteger(rules, 'AutomaticallyAfterDays', 1, 1000);
  const schedule = optionalString(rules, 'ScheduleExpression');
  const duration = optionalString(rules, 'Duration');
  if (days !== undefined && schedule !== undefined) throw invalidParameter('Specify AutomaticallyAfterDays or ScheduleExpression in RotationRules, not both.');
  if (schedule !== undefined && !/^(rate\(\d{1,4} (hours?|days?)\)|cron\([^()]{1,200}\))$/.test(schedule)) {
    throw invalidParameter(`ScheduleExpression '${schedule}' must be rate(N days|hours) or cron(...).`);
  }
  if (duration !== undefined && !/^\d{1,2}h$/.test(duration)) throw invalidParameter(`Duration '${duration}' must be a number of hours like 3h.`);
  return {
    ...(days !== undefined ? { AutomaticallyAfterDays: days } : {}),
    ...(schedule !== undefined ? { ScheduleExpression: schedule } : {}),
    ...(duration !== undefined ? { Duration: duration } : {}),
  };
}

export function cancelRotateSecret(input: Input, ctx: ServiceContext): unknown {
  const secret = requireLiveSecret(ctx, requiredString(input, 'SecretId'));
  if (secret.rotation) secret.rotation.enabled = false;
  for (const v of secret.versions) if (!v.stages.includes(CURRENT)) v.stages = v.stages.filter((s) => s !== PENDING);
  return { ARN: secret.arn, Name: secret.name };
}

export function updateSecretVersionStage(input: Input, ctx: ServiceContext): unknown {
  const secret = requireLiveSecret(ctx, requiredString(input, 'SecretId'));
  const stage = requiredString(input, 'VersionStage');
  const removeFrom = optionalString(input, 'RemoveFromVersionId');
  const moveTo = optionalString(input, 'MoveToVersionId');
  const holder = secret.versions.find((v) => v.stages.includes(stage));
  if (holder && moveTo !== undefined && holder.id !== moveTo && removeFrom !== holder.id) {
    throw invalidParameter(`The staging label ${stage} is currently attached to version ${holder.id}, but you didn't specify the correct version ID in RemoveFromVersionId.`);
  }
  if (removeFrom !== undefined) {
    const from = secret.versions.find((v) => v.id === removeFrom);
    if (!from) throw invalidParameter(`Secrets Manager can't find the version ${removeFrom}.`);
    if (!from.stages.includes(stage)) throw invalidParameter(`The staging label ${stage} is not attached to version ${removeFrom}.`);
    if (moveTo === undefined) {
      if (stage === CURRENT) throw invalidParameter(`You can't remove the staging label ${CURRENT} without moving it to another version (MoveToVersionId).`);
      from.stages = from.stages.filter((s) => s !== stage);
    }
  }
  if (moveTo !== undefined) {
    const target = secret.versions.find((v) => v.id === moveTo);
    if (!target) throw invalidParameter(`Secrets Manager can't find the version ${moveTo}.`);
    moveStage(secret, stage, target);
  }
  secret.lastChangedAt = ctx.now();
  return { ARN: secret.arn, Name: secret.name };
}
