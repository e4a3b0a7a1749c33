import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';

const accessKeyId = (prefix: string, seed: string) => prefix + fake.upper(16, seed);
const secretKey = (seed: string) => fake.base64(40, seed);

export const awsRules: Rule[] = [
  {
    id: 'aws-access-key-id',
    provider: 'aws',
    title: 'AWS access key ID',
    kind: 'aws-access-key',
    sensitivity: 'critical',
    store: 'remove',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    pattern: /(?<![A-Za-z0-9])(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/,
    allow: [/EXAMPLE$/],
    samples: {
      match: [
        `aws_access_key_id = ${accessKeyId('AK' + 'IA', 'aws-akia')}`,
        `"AccessKeyId": "${accessKeyId('AS' + 'IA', 'aws-asia')}"`,
        `key=${accessKeyId('AB' + 'IA', 'aws-abia')}`,
        `key: ${accessKeyId('AC' + 'CA', 'aws-acca')}`,
      ],
      noMatch: [
        'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
        `id = ${accessKeyId('AK' + 'IA', 'aws-short').slice(0, 16)}`,
        `id = ${accessKeyId('AK' + 'IA', 'aws-long')}ABCD`,
        'aws_access_key_id = ${AWS_ACCESS_KEY_ID}',
      ],
    },
  },
  {
    id: 'aws-secret-access-key',
    provider: 'aws',
    title: 'AWS secret access key',
    kind: 'aws-secret-key',
    sensitivity: 'critical',
    store: 'remove',
    // The SDKs' own key names (`secretAccessKey`, `secret_access_key`, `SecretAccessKey`) are AWS context
    // without an `aws` prefix: `new S3Client({ credentials: { accessKeyId, secretAccessKey: "…" } })`.
    keywords: ['aws', 'secretaccesskey', 'secret_access_key', 'secret-access-key'],
    pattern:
      /(?:aws[\w.-]{0,20}?(?:secret|private)?[\w.-]{0,20}?(?:key|sk)|secret[_-]?access[_-]?key)[\w.-]{0,10}?['"`]?\s{0,5}(?:=>|:=|[:=])\s{0,5}['"`]?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
    minEntropy: 3.5,
    allow: [/EXAMPLEKEY$/],
    samples: {
      match: [
        `aws_secret_access_key = ${secretKey('aws-sk1')}`,
        `AWS_SECRET_ACCESS_KEY="${secretKey('aws-sk2')}"`,
        `{"awsSecretKey": "${secretKey('aws-sk3')}"}`,
        `const s3 = new S3Client({ credentials: { accessKeyId: "${'AK' + 'IA' + fake.upper(16, 'aws-sk6')}", secretAccessKey: "${secretKey('aws-sk6')}" } });`,
        `creds = {"AccessKeyId": "x", "SecretAccessKey": "${secretKey('aws-sk7')}"}`,
        `minio:\n  secret_access_key: ${secretKey('aws-sk8')}`,
      ],
      noMatch: [
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        `aws_secret_access_key = ${secretKey('aws-sk4').slice(0, 30)}`,
        'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}',
        `secret_key = ${secretKey('aws-sk5')}`,
        `secretAccessKey: "${fake.hex(64, 'aws-sk9')}"`,
        'secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY',
        `secretAccessKeyId = ${secretKey('aws-sk10').slice(0, 20)}`,
      ],
    },
  },
  {
    id: 'aws-session-token',
    provider: 'aws',
    title: 'AWS session token',
    kind: 'aws-session-token',
    sensitivity: 'high',
    store: 'remove',
    keywords: ['aws'],
    pattern:
      /aws[\w.-]{0,20}?(?:session|security)[_.-]?token['"`]?\s{0,5}(?:=>|:=|[:=])\s{0,5}['"`]?(?<secret>[A-Za-z0-9/+]{100,2000}={0,2})(?![A-Za-z0-9/+=])/i,
    minEntropy: 4,
    samples: {
      match: [
        `aws_session_token = IQoJb3JpZ2luX2Vj${fake.base64(300, 'aws-st1')}`,
        `AWS_SESSION_TOKEN="FwoGZXIvYXdzE${fake.base64(200, 'aws-st2')}=="`,
      ],
      noMatch: ['aws_session_token = ${AWS_SESSION_TOKEN}', `aws_session_token = ${fake.base64(60, 'aws-st3')}`],
    },
  },
  {
    id: 'aws-mws-auth-token',
    provider: 'aws',
    title: 'Amazon MWS auth token',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['amzn.mws.'],
    pattern: /(?<secret>amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f])/,
    samples: {
      match: [`mws_token: amzn.mws.${fake.hex(8, 'mws1')}-${fake.hex(4, 'mws2')}-${fake.hex(4, 'mws3')}-${fake.hex(4, 'mws4')}-${fake.hex(12, 'mws5')}`],
      noMatch: ['mws_token: amzn.mws.xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
    },
  },
  {
    id: 'aws-bedrock-api-key',
    provider: 'aws',
    title: 'Amazon Bedrock API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['absk'],
    pattern: /(?<![A-Za-z0-9])(?<secret>ABSK[A-Za-z0-9+/]{109,269}={0,2})(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
    samples: {
      match: [`AWS_BEARER_TOKEN_BEDROCK=AB${'SK' + fake.base64(132, 'bedrock1')}`],
      noMatch: [`AWS_BEARER_TOKEN_BEDROCK=ABSK${fake.base64(40, 'bedrock2')}`],
    },
  },
];
