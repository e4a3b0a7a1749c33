import { randomUUID } from 'node:crypto';
import { AwsError } from './aws/errors.js';
import { checkSigV4 } from './aws/sigv4.js';
import { header, type Reply, type RoutedRequest, type SandboxRequest } from './http.js';

/** STS over the query protocol: just `GetCallerIdentity`, so audit logs can name the caller. */
export function routeSts(req: SandboxRequest, accountId: string, accessKeyId: string): RoutedRequest {
  const params = new URLSearchParams(req.body);
  const action = params.get('Action') ?? '';
  return {
    service: 'sts',
    operation: action,
    mutates: false,
    faultable: false,
    execute(): Reply {
      try {
        checkSigV4(header(req.headers, 'authorization'), accessKeyId, 'sts');
        if (action !== 'GetCallerIdentity') throw new AwsError('InvalidAction', `The sandbox implements only STS GetCallerIdentity, not '${action}'.`);
        return xml(200, `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>arn:aws:iam::${accountId}:user/unleak-sandbox</Arn>
    <UserId>UNLEAKSANDBOXUSER</UserId>
    <Account>${accountId}</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata>
</GetCallerIdentityResponse>`);
      } catch (e) {
        const error = e instanceof AwsError ? e : new AwsError('InternalFailure', 'sandbox internal error', 500);
        return xml(error.status, `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error><Type>Sender</Type><Code>${escapeXml(error.type)}</Code><Message>${escapeXml(error.message)}</Message></Error>
  <RequestId>${randomUUID()}</RequestId>
</ErrorResponse>`);
      }
    },
    fault: () => xml(500, '<ErrorResponse><Error><Code>InternalFailure</Code></Error></ErrorResponse>'),
  };
}

function xml(status: number, body: string): Reply {
  return { status, headers: { 'content-type': 'text/xml' }, body };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
