import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { rejection, ssmClient, stsClient } from './clients.js';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

describe('sandbox identity', () => {
  it('uses obviously fake credentials that do not look like AWS keys', () => {
    expect(sandbox.credentials.accessKeyId).toMatch(/^UNLEAKSANDBOX/);
    expect(sandbox.credentials.accessKeyId).not.toMatch(/^(AKIA|ASIA)/);
    expect(sandbox.credentials.secretAccessKey).toContain('not-real');
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sandbox.env).toEqual({
      AWS_ENDPOINT_URL: sandbox.url,
      AWS_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
      AWS_REGION: 'us-east-1',
      VAULT_ADDR: sandbox.url,
      VAULT_TOKEN: sandbox.vaultToken,
    });
  });

  it('rejects AWS requests signed with another access key as UnrecognizedClientException', async () => {
    const stranger = new SSMClient({ endpoint: sandbox.url, region: 'us-east-1', maxAttempts: 1, credentials: { accessKeyId: 'SOMEONEELSE000000000', secretAccessKey: 'x' } });
    const e = await rejection(() => stranger.send(new GetParameterCommand({ Name: '/x' })));
    expect(e.name).toBe('UnrecognizedClientException');
    expect(e.message).toBe('The security token included in the request is invalid.');
    expect(e.$metadata?.httpStatusCode).toBe(400);
    stranger.destroy();
  });

  it('checks the SigV4 scope names the service of the target', async () => {
    const res = await fetch(`${sandbox.url}/`, {
      method: 'POST',
      headers: {
        'x-amz-target': 'AmazonSSM.GetParameter',
        'content-type': 'application/x-amz-json-1.1',
        authorization: `AWS4-HMAC-SHA256 Credential=${sandbox.credentials.accessKeyId}/20261129/us-east-1/secretsmanager/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`,
      },
      body: '{"Name":"/x"}',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ __type: 'InvalidSignatureException' });
  });

  it('rejects unsigned AWS requests', async () => {
    const res = await fetch(`${sandbox.url}/`, { method: 'POST', headers: { 'x-amz-target': 'AmazonSSM.GetParameter', 'content-type': 'application/x-amz-json-1.1' }, body: '{"Name":"/x"}' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ __type: 'MissingAuthenticationTokenException' });
  });

  it('answers unknown operations and paths with a clear error', async () => {
    const client = ssmClient(sandbox);
    const res = await fetch(`${sandbox.url}/elsewhere`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { message: string }).message).toContain('AWS clients POST to /');
    client.destroy();
  });

  it('serves STS GetCallerIdentity to the real STS client', async () => {
    const sts = stsClient(sandbox);
    const me = await sts.send(new GetCallerIdentityCommand({}));
    expect(me).toMatchObject({ Account: sandbox.accountId, Arn: `arn:aws:iam::${sandbox.accountId}:user/unleak-sandbox`, UserId: 'UNLEAKSANDBOXUSER' });
    sts.destroy();
  });

  it('counts requests so tests can prove they reached the sandbox', async () => {
    const client = ssmClient(sandbox);
    await rejection(() => client.send(new GetParameterCommand({ Name: '/counted' })));
    expect(sandbox.state().requests['ssm.GetParameter']).toBeGreaterThanOrEqual(1);
    client.destroy();
  });
});
