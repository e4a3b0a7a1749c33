import { fake } from '@unleak/core';

/**
 * Changes whose finding needs context from lines the change leaves alone (a parent key, the list item's
 * name, the enclosing object or block). `base` is the file before, `head` after; `line` is the HEAD-side
 * line of the new value. Values are generated at test time.
 */
export interface ContextCase {
  name: string;
  file: string;
  base: string;
  head: string;
  line: number;
  value: string;
  /** HEAD-side lines the change touches, when more than the value's (a JSON member list gains a comma). */
  changed?: number[];
}

export function contextCases(seed: string): ContextCase[] {
  const pw = (tag: string) => fake.password(20, `${seed}-${tag}`);
  const awsSecret = (tag: string) => fake.base64(40, `${seed}-${tag}`).replace(/\+/g, 'x');
  const awsId = 'AK' + 'IA' + fake.upper(16, `${seed}-aws-id`);
  const k8s = (value: string) =>
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: api:1\n' +
    `          env:\n            - name: DB_PASSWORD\n              value: "${value}"\n            - name: LOG_LEVEL\n              value: info\n`;
  const k8sOld = pw('k8s-old');
  const k8sNew = pw('k8s-new');
  const jsonNew = pw('json');
  const yamlNew = pw('yaml-new');
  const hclNew = awsSecret('hcl-new');
  const envNew = pw('env-new');
  const iniNew = pw('ini-new');
  return [
    { name: 'Kubernetes env value under an unchanged name', file: 'k8s/deployment.yaml', base: k8s(k8sOld), head: k8s(k8sNew), line: 13, value: k8sNew },
    {
      name: 'JSON member added to an existing object',
      file: 'config/settings.json',
      base: '{\n  "database": {\n    "host": "db.internal",\n    "user": "app"\n  }\n}\n',
      head: `{\n  "database": {\n    "host": "db.internal",\n    "user": "app",\n    "password": "${jsonNew}"\n  }\n}\n`,
      line: 5,
      value: jsonNew,
      changed: [4, 5],
    },
    {
      name: 'YAML value under unchanged parent keys',
      file: 'src/main/resources/application.yml',
      base: `spring:\n  datasource:\n    url: jdbc:postgresql://db/app\n    username: app\n    password: ${pw('yaml-old')}\n`,
      head: `spring:\n  datasource:\n    url: jdbc:postgresql://db/app\n    username: app\n    password: ${yamlNew}\n`,
      line: 5,
      value: yamlNew,
    },
    {
      name: 'HCL provider block with only the key line changed',
      file: 'infra/main.tf',
      base: `provider "aws" {\n  region     = "eu-west-1"\n  access_key = "${awsId}"\n  secret_key = "${awsSecret('hcl-old')}"\n}\n`,
      head: `provider "aws" {\n  region     = "eu-west-1"\n  access_key = "${awsId}"\n  secret_key = "${hclNew}"\n}\n`,
      line: 4,
      value: hclNew,
    },
    {
      name: '.env value changed among unchanged lines',
      file: '.env',
      base: `DB_HOST=db.internal\nDB_USER=app\nDB_PASSWORD=${pw('env-old')}\n`,
      head: `DB_HOST=db.internal\nDB_USER=app\nDB_PASSWORD=${envNew}\n`,
      line: 3,
      value: envNew,
    },
    {
      name: 'INI value under an unchanged section',
      file: 'conf/app.ini',
      base: `[database]\nhost = db.internal\nuser = app\npassword = ${pw('ini-old')}\n`,
      head: `[database]\nhost = db.internal\nuser = app\npassword = ${iniNew}\n`,
      line: 4,
      value: iniNew,
    },
  ];
}
