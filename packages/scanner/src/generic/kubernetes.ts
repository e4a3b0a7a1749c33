import { fake } from '@unleak/core';
import type { GenericRule } from './rule.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const password = fake.password(18, 'k8s-secret');

/** Every value of a Kubernetes `Secret` is a secret by declaration; `data:` is base64 and is decoded. */
export const k8sSecretData: GenericRule = {
  id: 'k8s-secret-data',
  title: 'Value in a Kubernetes Secret manifest',
  role: 'secret',
  kind: 'secret',
  sensitivity: 'high',
  store: 'secrets-manager',
  key: /./,
  scope: /^Secret(?:\/[^>]+)? > (?:data|stringData)$/,
  fileKinds: ['kubernetes', 'yaml', 'json'],
  values: 'declared',
  /** Declared values are measured trimmed: `YmFyCg==` (`bar` and a newline) is sample data; `json` is kept. */
  minLength: 4,
  minEntropy: 0,
  refine: [
    { when: /(?:password|passwd|pwd)/, kind: 'password' },
    { when: /(?:token|api_key|apikey)/, kind: 'access-token' },
    { when: /(?:^|_)(?:username|user)$/, kind: 'username', store: 'ssm-string', sensitivity: 'low' },
  ],
  samples: {
    match: [
      { file: 'k8s/db-secret.yaml', text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  password: ${b64(password)}\n` },
      { file: 'secret.json', text: `{"apiVersion": "v1", "kind": "Secret", "data": {"token": "${b64(fake.alnum(24, 'k8s-json'))}"}}` },
      { file: 'k8s/api.yaml', text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  API_TOKEN: "${fake.alnum(32, 'k8s-token')}"\n` },
      { file: 'k8s/tabs.yaml', text: `apiVersion: v1\nkind: Secret\ndata:\n\tpassword: ${b64(password)}\n` },
      { file: 'k8s/lower.yaml', text: `apiVersion: v1\nkind: secret\nmetadata:\n  name: sa\ndata:\n  extra: ${b64(password)}\n` },
      { file: 'k8s/basic.yaml', text: `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/basic-auth\ndata:\n  extra: ${b64('admin:password')}\n` },
      { file: 'k8s/lower-tabs.yaml', text: `apiVersion: v1\ndata:\n\textra: ${b64(password)}\nkind: secret\nmetadata:\n\tname: sa\n` },
    ],
    noMatch: [
      { file: 'k8s/db-secret.yaml', text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: ""\n' },
      { file: 'k8s/cm.yaml', text: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  LOG_LEVEL: ${b64('debug')}\n` },
      { file: 'k8s/db-secret.yaml', text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: "\${DB_PASSWORD}"\n` },
      { file: 'k8s/cm.yaml', text: `apiVersion: v1\nkind: ConfigMap\ndata:\n\tpassword_hint: ${b64(password)}\n---\napiVersion: v1\nkind: secret\ndata:\n\tshort: ${b64('bar\n')}\n` },
    ],
  },
};
