import { AwsError } from './errors.js';

export interface SigV4Credential {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
}

const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^/\s,]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;.-]+),\s*Signature=[0-9a-f]{64}$/;

/**
 * Parses the SigV4 `Authorization` header and checks the access key id and the service in its scope
 * (a cross-check of the target prefix). The signature itself is not
 * recomputed: the sandbox proves that clients sign with its key, not that the signature is valid.
 */
export function checkSigV4(header: string | undefined, expectedAccessKeyId: string, expectedService: string): SigV4Credential {
  if (header === undefined || header === '') {
    throw new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token');
  }
  const match = AUTHORIZATION.exec(header);
  if (!match) {
    throw new AwsError('IncompleteSignatureException', 'Authorization header requires a SigV4 Credential, SignedHeaders and Signature.');
  }
  const [, accessKeyId = '', date = '', region = '', service = '', signedHeaders = ''] = match;
  if (accessKeyId !== expectedAccessKeyId) {
    throw new AwsError('UnrecognizedClientException', 'The security token included in the request is invalid.');
  }
  if (service !== expectedService) {
    throw new AwsError('InvalidSignatureException', `Credential should be scoped to correct service: '${expectedService}'.`);
  }
  return { accessKeyId, date, region, service, signedHeaders: signedHeaders.split(';') };
}
