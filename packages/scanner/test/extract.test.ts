import { describe, expect, it } from 'vitest';
import { EXTRACTORS, extractAssignments, fileKindOf } from '../src/extract/index.js';
import type { Assignment, Fragment } from '../src/types.js';

function extract(file: string, text: string): Assignment[] {
  const fragment: Fragment = { file, text, fileKind: fileKindOf(file, text), isTest: false };
  return extractAssignments(fragment);
}

/** key, value, scope joined with ` > `, decoded (when the extractor sets one). */
type Expected = [key: string, value: string, scope: string, decoded?: string];

const b64 = (s: string) => Buffer.from(s).toString('base64');

const CASES: { name: string; file: string; text: string; expected: Expected[]; absent?: string[] }[] = [
  {
    name: 'YAML: nested maps, quotes, escapes, multi-document',
    file: 'config/app.yml',
    text: 'db:\n  host: db.internal\n  password: "p\\u0041ss"\n---\nsmtp:\n  pass: \'quoted\'\n',
    expected: [['host', 'db.internal', 'db'], ['password', 'p\\u0041ss', 'db', 'pAss'], ['pass', 'quoted', 'smtp']],
  },
  {
    name: 'Kubernetes Secret data (decoded) and stringData',
    file: 'k8s/secret.yaml',
    text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ndata:\n  password: ${b64('hunter22')}\nstringData:\n  token: plain-value\n`,
    expected: [['password', b64('hunter22'), 'Secret/db-credentials > data', 'hunter22'], ['token', 'plain-value', 'Secret/db-credentials > stringData']],
    absent: ['name'],
  },
  {
    name: 'Kubernetes Deployment env list: the key is the env var name',
    file: 'k8s/deploy.yaml',
    text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          env:\n            - name: DB_PASSWORD\n              value: "from-env"\n            - name: FROM_SECRET\n              valueFrom:\n                secretKeyRef: { name: s, key: k }\n',
    expected: [['DB_PASSWORD', 'from-env', 'Deployment/api > spec > template > spec > containers > env']],
    absent: ['FROM_SECRET'],
  },
  {
    name: 'docker-compose environment as map and list',
    file: 'docker-compose.yml',
    text: 'services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=abc123XYZ\n      - "POSTGRES_USER=app"\n  web:\n    environment:\n      TOKEN: tok-value\n',
    expected: [['POSTGRES_PASSWORD', 'abc123XYZ', 'services > db > environment'], ['POSTGRES_USER', 'app', 'services > db > environment'], ['TOKEN', 'tok-value', 'services > web > environment']],
  },
  {
    name: 'GitHub Actions env, with and run blocks',
    file: '.github/workflows/ci.yml',
    text: 'on: push\njobs:\n  b:\n    env:\n      API_KEY: k1\n    steps:\n      - uses: x/y@v1\n        with:\n          password: pw1\n      - run: |\n          docker login -u bob -p hunter22 ghcr.io\n          mysql -uroot -pS3cret db\n',
    expected: [
      ['API_KEY', 'k1', 'jobs > b > env'],
      ['password', 'pw1', 'jobs > b > steps > with'],
      ['username', 'bob', 'jobs > b > steps > run > $ docker login'],
      ['password', 'hunter22', 'jobs > b > steps > run > $ docker login'],
      ['registry', 'ghcr.io', 'jobs > b > steps > run > $ docker login'],
      ['username', 'root', 'jobs > b > steps > run > $ mysql'],
      ['password', 'S3cret', 'jobs > b > steps > run > $ mysql'],
    ],
  },
  {
    name: 'GitLab CI script list',
    file: '.gitlab-ci.yml',
    text: 'job:\n  script:\n    - curl -u admin:Pa55word https://x.test\n    - sshpass -p "sekrit99" ssh a@b\n',
    expected: [['username', 'admin', 'job > script > $ curl'], ['password', 'Pa55word', 'job > script > $ curl'], ['password', 'sekrit99', 'job > script > $ sshpass']],
  },
  {
    name: 'CloudFormation parameters (NoEcho) and resource properties; tagged scalars skipped',
    file: 'stack.yaml',
    text: 'AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: pw-default\n  DBUser:\n    Type: String\n    Default: admin\nResources:\n  DB:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUserPassword: "lit"\n      MasterUsername: !Ref DBUser\n',
    expected: [['DBPassword', 'pw-default', 'Parameters > NoEcho'], ['DBUser', 'admin', 'Parameters'], ['MasterUserPassword', 'lit', 'Resources > DB > Properties']],
    absent: ['MasterUsername', 'Default'],
  },
  {
    name: 'CloudFormation JSON',
    file: 'stack.json',
    text: '{"AWSTemplateFormatVersion": "2010-09-09", "Parameters": {"ApiKey": {"Type": "String", "NoEcho": "true", "Default": "k-default"}}}',
    expected: [['ApiKey', 'k-default', 'Parameters > NoEcho']],
  },
  {
    name: 'JSON: nested objects, arrays, escapes, comments',
    file: 'config.json',
    text: '// settings\n{"a": {"password": "p1", "n": 5, "b": [true, "x", {"token": "t\\"q"}]}, "k": null}',
    expected: [['password', 'p1', 'a'], ['n', '5', 'a'], ['b', 'x', 'a > b'], ['token', 't\\"q', 'a > b', 't"q']],
    absent: ['k'],
  },
  {
    name: 'TOML tables, dotted keys, inline tables, numbers',
    file: 'config.toml',
    text: '[server]\npassword = "pw"\nkey = \'lit\'\nport = 8080\n[a.b]\nc.d = "e"\ninline = { token = "t1" }\n# x = "comment"\n',
    expected: [['password', 'pw', 'server'], ['key', 'lit', 'server'], ['port', '8080', 'server'], ['d', 'e', 'a > b > c'], ['token', 't1', 'a > b']],
    absent: ['x'],
  },
  {
    name: '.env: export, quotes, comments',
    file: '.env.production',
    text: '# c\nexport A=1\nB="two words"\nC=\'q\' # c\nD=x#y\n\nE=5 # comment\n#F=nope\n',
    expected: [['A', '1', ''], ['B', 'two words', ''], ['C', 'q', ''], ['D', 'x#y', ''], ['E', '5', '']],
    absent: ['F'],
  },
  {
    name: '.env: `#` starts a comment only after whitespace and outside quotes',
    file: '.env',
    text: 'DATABASE_URL=postgres://shop:#pw#1@localhost/shop\nHASH=#abc\nEMPTY= # no value\nTAB=v\t# note\nQ="a # b" # c\nESC="say \\"hi\\" #1"\n',
    expected: [['DATABASE_URL', 'postgres://shop:#pw#1@localhost/shop', ''], ['HASH', '#abc', ''], ['TAB', 'v', ''], ['Q', 'a # b', ''], ['ESC', 'say \\"hi\\" #1', '']],
    absent: ['EMPTY'],
  },
  {
    name: '.properties: =, :, space, continuation lines, comments',
    file: 'application.properties',
    text: 'a.b=1\nc.d: two\ne f\nlong=abc\\\n   def\n! comment\n# x=y\n',
    expected: [['a.b', '1', ''], ['c.d', 'two', ''], ['e', 'f', ''], ['long', 'abc\\\n   def', '', 'abcdef']],
    absent: ['x'],
  },
  {
    name: 'INI sections',
    file: 'settings.cfg',
    text: '[db]\nuser = u\npassword: "p w"\n; password = commented\n',
    expected: [['user', 'u', 'db'], ['password', 'p w', 'db']],
  },
  {
    name: 'HCL: provider, variable default, locals, resource, nested map, heredoc',
    file: 'main.tf',
    text: 'provider "aws" {\n  access_key = "AK"\n  secret_key = "abc\\"def"\n}\n\nvariable "db_password" {\n  default = "pw"\n}\nlocals {\n  api_token = "tok"\n}\nresource "aws_db_instance" "main" {\n  port = 5432\n  policy = <<EOF\n  password = "inside-heredoc"\nEOF\n  tags = {\n    Name = "x"\n  }\n  # password = "commented"\n}\n',
    expected: [
      ['access_key', 'AK', 'provider "aws"'],
      ['secret_key', 'abc\\"def', 'provider "aws"', 'abc"def'],
      ['db_password', 'pw', 'variable "db_password"'],
      ['api_token', 'tok', 'locals'],
      ['port', '5432', 'resource "aws_db_instance" "main"'],
      ['Name', 'x', 'resource "aws_db_instance" "main" > tags'],
    ],
    absent: ['password', 'default'],
  },
  {
    name: 'XML: element text, key/value pairs, attributes',
    file: 'settings.xml',
    text: '<settings><servers><server><id>x</id><username>u</username><password>p1</password></server></servers>\n<add key="DbPassword" value="p2"/>\n<conn connectionString="Server=a;Password=p3" />\n</settings>',
    expected: [['username', 'u', ''], ['password', 'p1', ''], ['DbPassword', 'p2', ''], ['connectionString', 'Server=a;Password=p3', '']],
  },
  {
    name: 'Dockerfile ENV (both forms), ARG, RUN flags',
    file: 'Dockerfile',
    text: 'FROM x\nENV A=1 B="two" C=\'3\'\nENV LEGACY some value\nARG TOKEN=abc\nRUN mysql -pRunPw db && curl --user u:p https://x\n',
    expected: [['A', '1', 'ENV'], ['B', 'two', 'ENV'], ['C', '3', 'ENV'], ['LEGACY', 'some value', 'ENV'], ['TOKEN', 'abc', 'ARG'], ['password', 'RunPw', '$ mysql'], ['username', 'u', '$ curl'], ['password', 'p', '$ curl']],
  },
  {
    name: 'shell: export/readonly/plain assignments and flags',
    file: 'scripts/run.sh',
    text: 'export A=1\nB="two"\nreadonly C=\'3\'\ndocker login --password=P1 --username U reg\nfoo --token "tk" --api-key=ak\n',
    expected: [['A', '1', ''], ['B', 'two', ''], ['C', '3', ''], ['password', 'P1', '$ docker login'], ['username', 'U', '$ docker login'], ['registry', 'reg', '$ docker login'], ['token', 'tk', '$ foo'], ['api-key', 'ak', '$ foo']],
  },
  {
    name: 'TypeScript: const, class field, object props, default params, env fallback, member assignment',
    file: 'src/a.ts',
    text: "const password = 'p1';\nclass A { private secret: string = \"p2\"; }\nconst o = { apiKey: `p3`, 'api-key': 'p4' };\nfunction f(token = 'p5') {}\nconst x = process.env.DB_PASS ?? 'p6';\nthis.password = \"p7\";\nif (password == 'nope') {}\n",
    expected: [['password', 'p1', ''], ['secret', 'p2', ''], ['apiKey', 'p3', ''], ['api-key', 'p4', ''], ['token', 'p5', ''], ['DB_PASS', 'p6', ''], ['password', 'p7', '']],
    absent: ['nope'],
  },
  {
    name: 'Python: module constants, kwargs, dicts, getenv defaults, annotated params',
    file: 'app.py',
    text: 'PASSWORD = "p1"\nconnect(password="p2", user=\'u\')\nd = {"token": "p3"}\nx = os.getenv("SECRET", "p4")\ndef f(pw: str = "p5"): pass\n',
    expected: [['PASSWORD', 'p1', ''], ['password', 'p2', ''], ['user', 'u', ''], ['token', 'p3', ''], ['SECRET', 'p4', ''], ['pw', 'p5', '']],
  },
  {
    name: 'subscript assignments: the key is the last subscript',
    file: 'settings.py',
    text: 'DATABASES["default"]["PASSWORD"] = "p1"\nconfig[\'db\'][\'password\'] = \'p2\'\nos.environ["DB_PASSWORD"] = "p3"\nif cfg["token"] == "p4": pass\n',
    expected: [['PASSWORD', 'p1', 'DATABASES > default'], ['password', 'p2', 'db'], ['DB_PASSWORD', 'p3', 'os > environ']],
    absent: ['token'],
  },
  {
    name: 'subscript assignments in PHP, not hash rockets',
    file: 'config.php',
    text: "<?php\n$config['db']['password'] = 'p1';\n$map['token'] => 'p2';\n",
    expected: [['password', 'p1', 'db']],
    absent: ['token'],
  },
  {
    name: 'Go: :=, const, typed var, struct fields',
    file: 'main.go',
    text: 'x := "p1"\nconst Token = "p2"\nvar password string = "p3"\nc := Config{Password: "p4"}\n',
    expected: [['x', 'p1', ''], ['Token', 'p2', ''], ['password', 'p3', ''], ['Password', 'p4', '']],
  },
  {
    name: 'Java: fields, put, setters',
    file: 'src/A.java',
    text: 'private String password = "p1";\nprops.put("password", "p2");\nds.setPassword("p3");\n',
    expected: [['password', 'p1', ''], ['password', 'p2', ''], ['password', 'p3', '']],
  },
  {
    name: 'C# and Kotlin',
    file: 'src/App.cs',
    text: 'var cfg = new Dictionary<string,string> { { "Password", "p1" } };\nstring ApiKey = "p2";\n',
    expected: [['Password', 'p1', ''], ['ApiKey', 'p2', '']],
  },
  {
    name: 'PHP: variables, arrays, define',
    file: 'config.php',
    text: "<?php\n$password = 'p1';\n$cfg = ['password' => 'p2'];\ndefine('DB_PASSWORD', 'p3');\n",
    expected: [['password', 'p1', ''], ['password', 'p2', ''], ['DB_PASSWORD', 'p3', '']],
  },
  {
    name: 'Ruby: locals, hash rockets, symbols, ivars',
    file: 'lib/a.rb',
    text: "password = 'p1'\nc = C.new(:token => 'p2', secret: \"p3\")\n@api_key = 'p4'\n",
    expected: [['password', 'p1', ''], ['token', 'p2', ''], ['secret', 'p3', ''], ['api_key', 'p4', '']],
  },
  {
    name: 'Jenkinsfile: environment block and sh steps',
    file: 'Jenkinsfile',
    text: "pipeline {\n  environment {\n    DB_PASS = 'p1'\n  }\n  stages { stage('x') { steps { sh \"docker login -u u -p p2 reg\" } } }\n}\n",
    expected: [['DB_PASS', 'p1', ''], ['username', 'u', '$ docker login'], ['password', 'p2', '$ docker login'], ['registry', 'reg', '$ docker login']],
  },
  {
    name: 'Ansible vars and INI inventory',
    file: 'inventory/hosts',
    text: '[web]\nweb1 ansible_host=1.2.3.4 ansible_password=p1\n[web:vars]\nansible_become_pass=p2\n',
    expected: [['ansible_host', '1.2.3.4', 'web > web1'], ['ansible_password', 'p1', 'web > web1'], ['ansible_become_pass', 'p2', 'web:vars']],
  },
  {
    name: 'Ansible group_vars YAML',
    file: 'group_vars/all.yml',
    text: 'ansible_user: deploy\nansible_password: p1\n',
    expected: [['ansible_user', 'deploy', ''], ['ansible_password', 'p1', '']],
  },
  {
    name: 'connection strings are split into members',
    file: 'appsettings.json',
    text: '{"ConnectionStrings": {"Default": "Server=db.internal;Database=shop;User Id=app;Password=p1;"}}',
    expected: [
      ['Server', 'db.internal', 'ConnectionStrings > Default'],
      ['Database', 'shop', 'ConnectionStrings > Default'],
      ['User Id', 'app', 'ConnectionStrings > Default'],
      ['Password', 'p1', 'ConnectionStrings > Default'],
    ],
  },
  {
    name: '.netrc machines',
    file: '.netrc',
    text: 'machine api.acme.io\n  login deploy\n  password p1\nmachine other login u2 password p2\n',
    expected: [['host', 'api.acme.io', 'machine api.acme.io'], ['username', 'deploy', 'machine api.acme.io'], ['password', 'p1', 'machine api.acme.io'], ['password', 'p2', 'machine other']],
  },
  {
    name: 'broken YAML falls back to line reading with indentation scope',
    file: 'values.yaml',
    text: 'db:\n  password: {{ .Values.pw }}\n  user: app\n  host: [unclosed\n',
    expected: [['user', 'app', 'db']],
  },
];

describe('extractAssignments', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const found = extract(c.file, c.text);
      for (const a of found) expect(c.text.slice(a.start, a.end), `offsets of ${a.key}`).toBe(a.value);
      const seen: Expected[] = found.map((a) => (a.decoded !== undefined ? [a.key, a.value, a.scope.join(' > '), a.decoded] : [a.key, a.value, a.scope.join(' > ')]));
      for (const e of c.expected) expect(seen).toContainEqual(e);
      for (const key of c.absent ?? []) expect(found.filter((a) => a.key === key).map((a) => a.value), `no ${key}`).toEqual([]);
    });
  }

  it('keeps values out of comments, heredocs and unrelated keys', () => {
    const tf = CASES.find((c) => c.file === 'main.tf')!;
    const values = extract(tf.file, tf.text).map((a) => a.value);
    expect(values).not.toContain('inside-heredoc');
    expect(values).not.toContain('commented');
    const cfn = CASES.find((c) => c.file === 'stack.yaml')!;
    expect(extract(cfn.file, cfn.text).map((a) => a.key)).not.toContain('MasterUsername');
    const k8s = CASES.find((c) => c.file === 'k8s/deploy.yaml')!;
    expect(extract(k8s.file, k8s.text).map((a) => a.key)).not.toContain('FROM_SECRET');
  });

  it('groups members that belong together and separates the rest', () => {
    const group = (file: string, text: string, key: string) => extract(file, text).find((a) => a.key === key)?.groupId;
    const tf = 'resource "aws_db_instance" "a" {\n  username = "u"\n  password = "p"\n}\nresource "aws_db_instance" "b" {\n  port = 1\n}\n';
    expect(group('main.tf', tf, 'username')).toBe(group('main.tf', tf, 'password'));
    expect(group('main.tf', tf, 'port')).not.toBe(group('main.tf', tf, 'password'));
    const env = 'DB_USER=u\nDB_PASSWORD=p\n\nOTHER=x\n';
    expect(group('.env', env, 'DB_USER')).toBe(group('.env', env, 'DB_PASSWORD'));
    expect(group('.env', env, 'OTHER')).not.toBe(group('.env', env, 'DB_PASSWORD'));
    const login = 'docker login -u u -p p reg\ndocker login -u v -p q reg2\n';
    const logins = extract('a.sh', login);
    expect(new Set(logins.map((a) => a.groupId)).size).toBe(2);
  });

  it('registers one extractor per family with distinct ids', () => {
    const ids = EXTRACTORS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(EXTRACTORS.every((e) => e.fileKinds.length > 0)).toBe(true);
  });

  it('reads CRLF files with exact offsets', () => {
    const text = 'DB_PASSWORD=abc\r\nTOKEN="q"\r\n';
    const found = extract('.env', text);
    expect(found.map((a) => a.value)).toEqual(['abc', 'q']);
    for (const a of found) expect(text.slice(a.start, a.end)).toBe(a.value);
  });
});
