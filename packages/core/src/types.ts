/** How bad it is if this value leaks. */
export const SENSITIVITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** Where a finding should live after migration. `remove` = delete it and use a role/profile instead. */
export const STORE_KINDS = ['ssm-string', 'ssm-secure', 'secrets-manager', 'vault', 'remove'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

/**
 * What a value is, independent of the rule that found it. Open-ended: rules and the classifier may use
 * kinds beyond these, but these names are shared vocabulary across packages.
 */
export type SecretKind =
  | 'aws-access-key'
  | 'aws-secret-key'
  | 'aws-session-token'
  | 'cloud-credential'
  | 'api-key'
  | 'payment-key'
  | 'access-token'
  | 'oauth-secret'
  | 'webhook-url'
  | 'webhook-secret'
  | 'private-key'
  | 'certificate'
  | 'jwt'
  | 'jwt-secret'
  | 'db-password'
  | 'db-url'
  | 'db-username'
  | 'broker-url'
  | 'basic-auth-url'
  | 'password'
  | 'secret'
  | 'registry-token'
  | 'docker-password'
  | 'docker-username'
  | 'registry-url'
  | 'username'
  | 'hostname'
  | 'port'
  | 'db-name'
  | 'config'
  | (string & {});

/** The syntax family of a file, used by extraction, classification and rewriting. */
export type FileKind =
  | 'typescript'
  | 'javascript'
  | 'python'
  | 'go'
  | 'java'
  | 'kotlin'
  | 'csharp'
  | 'ruby'
  | 'php'
  | 'shell'
  | 'terraform'
  | 'cloudformation'
  | 'kubernetes'
  | 'docker-compose'
  | 'ansible'
  | 'dockerfile'
  | 'github-actions'
  | 'gitlab-ci'
  | 'jenkinsfile'
  | 'dotenv'
  | 'properties'
  | 'ini'
  | 'yaml'
  | 'json'
  | 'toml'
  | 'xml'
  | 'npmrc'
  | 'pypirc'
  | 'netrc'
  | 'docker-config'
  | 'htpasswd'
  | 'pem'
  | 'text';

/** 1-based line and column; `endColumn` is exclusive. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * A finding as every reporter sees it: the public `scan --format json` contract (version 1).
 * Never holds the secret value.
 */
export interface Finding extends Span {
  rule: string;
  /** Relative to the scanned root, forward slashes. */
  file: string;
  fingerprint: string;
  redacted: string;
  kind: SecretKind;
  sensitivity: Sensitivity;
  store: StoreKind;
  /** The Nx project owning the file, when the scanned repository is an Nx workspace and a project owns it. */
  project?: string;
  /** Set for findings from `--history`: the commit that introduced the value. */
  commit?: string;
  /** `--history`: that commit's author date (ISO 8601). */
  committedAt?: string;
  /** `--history`: whether the value still occurs in the tip version of the file (HEAD or the --branch tip). */
  inHead?: boolean;
}

/** Where a finding sits, as seen by format-aware extraction; feeds the classifier and the rewriters. */
export interface FindingContext {
  fileKind: FileKind;
  /** The assignment key or variable name, e.g. `DB_PASSWORD`, `spring.datasource.password`, `password`. */
  key?: string;
  /**
   * Enclosing structure, outermost first, e.g. `['resource "aws_db_instance" "main"']`,
   * `['provider "aws"']`, `['Secret/db-credentials', 'data']`, `['services', 'db', 'environment']`.
   */
  scope?: string[];
  /** Values that were found together (one connection string, one map, one resource) share a group id. */
  groupId?: string;
  /** The file is a test or fixture. */
  isTest?: boolean;
  /** Commit author date (ISO) for history findings. */
  committedAt?: string;
}
