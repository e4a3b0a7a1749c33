import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { PASSWORD_PLACEHOLDERS } from './shared.js';

/**
 * Credentials in HTTP headers written out in code, docs and scripts: `Authorization: Bearer …`,
 * `-H "X-Api-Key: …"` in a curl command. The header name is the anchor; the value must look like a token.
 */

/** Characters of a bearer token (RFC 6750 token68) plus `~` and `@`, which real tokens carry. */
const TOKEN = '[A-Za-z0-9._~+/=@-]';
const AUTH_SCHEMES = /^(?:basic|bearer|token|api-token|digest|negotiate|ntlm|hoba|mutual|aws4-hmac-sha256)$/i;
/** Values that say they are not real: `Bearer FAKE-token-0000`, `Bearer hunter2-fake-password`. */
const SELF_DECLARED_FAKE = /fake|dummy|placeholder/i;

const headerHead = {
  provider: 'http',
  kind: 'access-token',
  sensitivity: 'high',
  store: 'secrets-manager',
} as const;

const b64 = (s: string) => Buffer.from(s).toString('base64');

export const httpAuthRules: Rule[] = [
  {
    ...headerHead,
    id: 'http-authorization-header',
    title: 'Credential in an HTTP Authorization header (Basic / Bearer / Token)',
    keywords: ['authorization'],
    // `Authorization: Bearer x`, `"Authorization": "Token x"`, `.Set("Authorization", "Basic x")`.
    pattern: new RegExp(
      `authorization["'\`]?[ \\t]{0,4}(?:[:=]|,)[ \\t]{0,8}["'\`]?(?:basic|bearer|token|api-token)[ \\t]{1,4}(?<secret>${TOKEN}{8,1024})(?!${TOKEN})`,
      'i',
    ),
    minEntropy: 3,
    allow: [AUTH_SCHEMES, /^(?:([x*.])\1*|\.{3})$/i, SELF_DECLARED_FAKE],
    samples: {
      match: [
        `curl -H "Authorization: Bearer ${fake.hex(32, 'auth1')}" https://api.example.com`,
        `curl -H 'Authorization: Basic ${b64(`api:${fake.alnum(16, 'auth2')}`)}' \\`,
        `headers = {"Authorization": "Token ${fake.hex(40, 'auth3')}"}`,
        `req.Header.Set("Authorization", "Bearer ${fake.base64url(40, 'auth4')}")`,
        `curl -H "Authorization: Api-Token ${fake.alnum(40, 'auth5')}" --request PUT`,
      ],
      noMatch: [
        'curl -H "Authorization: Bearer XXXXXXXXXXXX" https://example.com',
        'curl --header "Authorization: Basic ..."',
        'curl -H "Authorization: Bearer <Openverse API token>"',
        'curl -H "Authorization: Token **********"',
        'curl -H "Authorization: Bearer $API_KEY"',
        'curl -H "Authorization: Bearer $(gcloud auth print-access-token)"',
        "headers = {'Authorization': 'Bearer ' + token}",
        'fetch(url, { headers: { Authorization: `Bearer ${token}` } })',
        'curl -H "Authorization: basic {base64(email:password[\\n])}"',
        "sh(script: \"curl -H 'Authorization: Bearer FAKE-slack-token-0000' https://slack.example/api\")",
      ],
    },
  },
  {
    ...headerHead,
    id: 'http-authorization-header-raw',
    title: 'Credential in an HTTP Authorization header without a scheme',
    keywords: ['authorization'],
    // The header name stands alone (`Proxy-Authorization` too, `EndpointAuthorization` not). Without a scheme the value itself must look like a token: long, not a word, and the whole header value
    // (`AWS4-HMAC-SHA256 Credential=…` is a scheme with parameters, not a token).
    pattern: new RegExp(
      `(?<![A-Za-z0-9_])authorization["'\`]?[ \\t]{0,4}:[ \\t]{0,8}["'\`]?(?<secret>${TOKEN}{16,1024})(?=["'\`]|[ \\t]*(?:\\r?\\n|$)|[ \\t]*[,;)}\\]])`,
      'i',
    ),
    minEntropy: 3.2,
    // A JWT is left to the `jwt` rule, which checks its header.
    allow: [AUTH_SCHEMES, /^[A-Za-z_.-]+$/, /^eyJ/, SELF_DECLARED_FAKE],
    samples: {
      match: [
        `curl --header  'Authorization:  ${fake.hex(8, 'raw1')}-${fake.hex(4, 'raw2')}-${fake.hex(4, 'raw3')}-${fake.hex(4, 'raw4')}-${fake.hex(12, 'raw5')}'`,
        `curl -L -H "Authorization: sha256~${fake.base64url(30, 'raw6')}"`,
      ],
      noMatch: [
        'Authorization: AuthorizationRequired',
        'authorization: "disabled"',
        'authorization: ${AUTH_HEADER}',
        'Authorization: Bearer',
        'authorization: `AWS4-HMAC-SHA256 Credential=${creds.accessKeyId}/20261129/us-east-1/s3/aws4_request, Signature=${sig}`,',
        `Authorization: ${fake.alnum(20, 'raw7')} and then some prose`,
        // cfn-lint's resource-type hashes: a type name that ends in Authorization is not the header.
        `"AWS::Redshift::EndpointAuthorization": "${fake.hex(16, 'raw8')}",`,
      ],
    },
  },
  {
    ...headerHead,
    id: 'http-api-key-header',
    title: 'API key or token in a command-line HTTP header (-H / --header)',
    keywords: ['-h "', "-h '", '-h"', "-h'", '--header'],
    // `-H "X-Api-Key: v"`, `--header 'Api-Token: v'`, `-H "Token: v"`, `-H "X-Auth-Token: v"`.
    pattern: new RegExp(
      `(?:-H|--header)[= ]{0,4}["'](?:x-[a-z0-9]{1,30}-)?(?:api-?key|api-?token|auth-?token|access-?token|token|private-?token)[ \\t]{0,2}:[ \\t]{0,8}(?<secret>${TOKEN}{8,512})["']`,
      'i',
    ),
    // The header name in a `-H` argument is strong context: a short hex token (`Token: 3fea6af1349166ea`,
    // 2.9 bits) counts; placeholders still do not.
    minEntropy: 2.5,
    allow: [...PASSWORD_PLACEHOLDERS, SELF_DECLARED_FAKE],
    samples: {
      match: [
        `curl -X GET -H "apikey: ${fake.hex(8, 'hk1')}-${fake.hex(4, 'hk2')}-${fake.hex(4, 'hk3')}-${fake.hex(4, 'hk4')}-${fake.hex(12, 'hk5')}" \\`,
        `curl -X POST --header "Api-Token: ${fake.alnum(11, 'hk6')}"`,
        `curl -H "Token: ${fake.hex(16, 'hk7')}" -d "content=hello"`,
        // 2.83 bits: a short hex token under the usual floor of 3.
        'curl -XPOST http://localhost:8080/api/tasks -H "Token: feedface0ddba11e" -d "content=hello-curl"',
        `curl -H "X-Octopus-ApiKey: API-${fake.upper(26, 'hk8')}" https://octopus.example.com`,
        `curl --header 'PRIVATE-TOKEN: ${fake.alnum(20, 'hk9')}' https://gitlab.example.com/api/v4/projects`,
      ],
      noMatch: [
        'curl -H "apikey: $API_KEY"',
        'curl -H "X-Api-Key: ${{ secrets.API_KEY }}"',
        'curl -H "Token: xxxxxxxxxxxx"',
        'curl -H "Content-Type: application/json"',
        'curl -H "X-Api-Key: your_api_key"',
        'curl -H "Api-Token: REPLACE_WITH_TOKEN"',
      ],
    },
  },
];
