import type { FileKind } from '@unleak/core';

/** Names matched exactly (lower-cased basename). */
const BY_NAME: Record<string, FileKind> = {
  '.npmrc': 'npmrc',
  '.pypirc': 'pypirc',
  '.netrc': 'netrc',
  _netrc: 'netrc',
  '.htpasswd': 'htpasswd',
  '.gitlab-ci.yml': 'gitlab-ci',
  '.gitlab-ci.yaml': 'gitlab-ci',
  '.env': 'dotenv',
};

/** Extensions (lower-cased, without the dot). */
const BY_EXTENSION: Record<string, FileKind> = {
  ts: 'typescript', tsx: 'typescript', mts: 'typescript', cts: 'typescript',
  js: 'javascript', jsx: 'javascript', mjs: 'javascript', cjs: 'javascript',
  py: 'python', go: 'go', java: 'java', kt: 'kotlin', kts: 'kotlin', cs: 'csharp', rb: 'ruby', php: 'php',
  sh: 'shell', bash: 'shell', zsh: 'shell',
  tf: 'terraform', tfvars: 'terraform', hcl: 'terraform',
  properties: 'properties',
  ini: 'ini', cfg: 'ini', conf: 'ini',
  xml: 'xml', config: 'xml', csproj: 'xml',
  toml: 'toml', json: 'json', yml: 'yaml', yaml: 'yaml',
  env: 'dotenv',
  pem: 'pem', key: 'pem',
  dockerfile: 'dockerfile', jenkinsfile: 'jenkinsfile', groovy: 'jenkinsfile',
};

const ANSIBLE_PATH = /(^|\/)(group_vars|host_vars|inventory|inventories)\/|(^|\/)roles\/[^/]+\/(tasks|vars|defaults|handlers)\//;
const ANSIBLE_INVENTORY_NAME = /^(inventory|hosts)(\.(ini|ya?ml))?$/;
/** Only the head of a file is sniffed: kinds are decided by their top-level keys. */
const SNIFF_BYTES = 64 * 1024;

/**
 * The syntax family of a file, by its name and, for YAML/JSON, by a look at its content
 * (CloudFormation, Kubernetes, Ansible playbooks).
 */
export function fileKindOf(path: string, text?: string): FileKind {
  const normalized = path.replace(/\\/g, '/');
  const lower = normalized.toLowerCase();
  const name = lower.slice(lower.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1) : '';
  const isYaml = extension === 'yml' || extension === 'yaml';

  const exact = BY_NAME[name];
  if (exact) return exact;
  if (name.startsWith('.env.') || name.endsWith('.env')) return 'dotenv';
  if (name.startsWith('dockerfile') || name.startsWith('containerfile') || extension === 'dockerfile') return 'dockerfile';
  if (name.startsWith('jenkinsfile')) return 'jenkinsfile';
  if (isYaml && (name.startsWith('docker-compose') || name.startsWith('compose.') || name.startsWith('compose-'))) {
    return 'docker-compose';
  }
  if (isYaml && /(^|\/)\.github\/workflows\//.test(lower)) return 'github-actions';
  if (isYaml && name.endsWith('.gitlab-ci.yml')) return 'gitlab-ci';
  if (lower.endsWith('.docker/config.json')) return 'docker-config';
  if (ANSIBLE_PATH.test(lower) && (isYaml || extension === '' || extension === 'ini')) return 'ansible';
  if (ANSIBLE_INVENTORY_NAME.test(name) && !lower.includes('/etc/')) return 'ansible';

  const byExtension = BY_EXTENSION[extension];
  if ((isYaml || extension === 'json' || extension === 'template') && text !== undefined) {
    const sniffed = sniffStructured(text.slice(0, SNIFF_BYTES), isYaml || extension === 'template');
    if (sniffed) return sniffed;
  }
  return byExtension ?? 'text';
}

function sniffStructured(head: string, isYaml: boolean): FileKind | undefined {
  if (/AWSTemplateFormatVersion/.test(head) || /["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::/.test(head)) {
    return 'cloudformation';
  }
  if (!isYaml) return undefined;
  if (/^apiVersion\s*:/m.test(head) && /^kind\s*:/m.test(head)) return 'kubernetes';
  if (/^-?\s*hosts\s*:/m.test(head) && /^\s+(tasks|roles)\s*:/m.test(head)) return 'ansible';
  return undefined;
}
