import type { Detection, FileKind, SecretKind } from '@unleak/core';
import { CONFIG_KINDS, inferKind, isGenericRule, mentionsDatabase, normalisedKey } from './kinds.js';

/** What the routing rules look at, computed once per finding. */
export interface Facts {
  detection: Detection;
  kind: SecretKind;
  isConfig: boolean;
  env: string;
  /** A test file or fixture, or a test/dev environment. */
  isTest: boolean;
  /** Infrastructure-as-code or CI, where a cloud key should be replaced by a role, profile or OIDC. */
  inIacOrCi: boolean;
  /** Where the credential belongs when it is not AWS's: `gcp`, `azure`, another cloud, `on-prem`. */
  foreignCloud?: 'gcp' | 'azure' | 'other-cloud' | 'on-prem';
  /** A provider's test-mode key (`stripe-test-secret-key`, `easypost-test-api-key`): no real money or data behind it. */
  testModeKey: boolean;
  /** A provider rule (not a key-name rule like generic-*): the value's issuer is known. */
  specificRule: boolean;
  db: boolean;
  /** "in a Terraform aws_db_instance", "in a .env file". */
  where: string;
}

// docker-compose: a container's SDK falls back to the default chain (a task role, or ~/.aws mounted for local runs)
const IAC_OR_CI = new Set<FileKind>(['terraform', 'cloudformation', 'ansible', 'github-actions', 'gitlab-ci', 'jenkinsfile', 'docker-compose']);

const GCP = /(^|[^a-z])(gcp|google|gcloud|gke|firebase)([^a-z]|$)|provider "google/;
const AZURE = /azure|provider "azurerm|provider "azuread|arm_client_secret|(^|[^a-z])aks([^a-z]|$)/;
const ON_PREM = /ldap|vsphere|vcenter|esxi|active_?directory|(^|[^a-z])ipmi|idrac|proxmox|on_?prem|provider "(vsphere|nutanix|openstack|proxmox)/;
const AWS = /(^|[^a-z])aws([^a-z]|$)/;
const TEST_MODE = /(^|[-_])test([-_]|$)/;
/** Ansible's connection and become passwords log in to hosts: on-prem or VM credentials. */
const HOST_LOGIN = /^ansible_(ssh_|become_)?pass(word)?$/;

export function factsOf(d: Detection, env: string, nonProduction: boolean, siblingsLookLikeDatabase = false): Facts {
  const kind = inferKind(d, siblingsLookLikeDatabase);
  const key = normalisedKey(d.context.key);
  const scope = (d.context.scope ?? []).join(' ').toLowerCase();
  const signals = `${d.rule} ${key} ${scope}`;
  const foreignCloud = GCP.test(signals)
    ? 'gcp'
    : AZURE.test(signals)
      ? 'azure'
      : ON_PREM.test(signals) || HOST_LOGIN.test(key) || d.rule === 'ansible-password'
        ? 'on-prem'
        : kind === 'cloud-credential' && !AWS.test(signals)
          ? 'other-cloud'
          : undefined;
  return {
    detection: d,
    kind,
    isConfig: CONFIG_KINDS.has(kind),
    env,
    isTest: d.context.isTest === true || nonProduction,
    inIacOrCi: IAC_OR_CI.has(d.context.fileKind),
    foreignCloud,
    testModeKey: TEST_MODE.test(`${d.rule} ${key}`),
    specificRule: !isGenericRule(d.rule),
    db: siblingsLookLikeDatabase || mentionsDatabase(d),
    where: wherePhrase(d),
  };
}

const FILE_KIND_PHRASE: Partial<Record<FileKind, string>> = {
  terraform: 'Terraform',
  cloudformation: 'a CloudFormation template',
  kubernetes: 'a Kubernetes manifest',
  'docker-compose': 'a docker-compose file',
  ansible: 'an Ansible playbook',
  dockerfile: 'a Dockerfile',
  'github-actions': 'a GitHub Actions workflow',
  'gitlab-ci': 'a GitLab CI file',
  jenkinsfile: 'a Jenkinsfile',
  dotenv: 'a .env file',
  properties: 'a .properties file',
  ini: 'an INI file',
  yaml: 'a YAML file',
  json: 'a JSON file',
  toml: 'a TOML file',
  xml: 'an XML file',
  npmrc: '.npmrc',
  pypirc: '.pypirc',
  netrc: '.netrc',
  'docker-config': 'a Docker config.json',
  htpasswd: 'an htpasswd file',
  pem: 'a PEM file',
  shell: 'a shell script',
  typescript: 'TypeScript code',
  javascript: 'JavaScript code',
  python: 'Python code',
  go: 'Go code',
  java: 'Java code',
  kotlin: 'Kotlin code',
  csharp: 'C# code',
  ruby: 'Ruby code',
  php: 'PHP code',
  text: 'a text file',
};

function wherePhrase(d: Detection): string {
  const scope = d.context.scope ?? [];
  if (d.context.isTest) return 'in a test fixture';
  const resource = scope.map((s) => /^resource\s+"([^"]+)"/.exec(s)?.[1]).find(Boolean);
  if (resource) return `in a Terraform ${resource}`;
  const provider = scope.map((s) => /^provider\s+"([^"]+)"/.exec(s)?.[1]).find(Boolean);
  if (provider) return `in a Terraform provider "${provider}" block`;
  const k8s = d.context.fileKind === 'kubernetes' ? scope.map((s) => /^(Secret|ConfigMap|Deployment|StatefulSet)\//.exec(s)?.[1]).find(Boolean) : undefined;
  if (k8s) return `in a Kubernetes ${k8s}`;
  if (d.context.fileKind === 'docker-compose' && scope[0] === 'services' && scope[1]) return `in docker-compose service '${scope[1]}'`;
  return `in ${FILE_KIND_PHRASE[d.context.fileKind] ?? d.context.fileKind}`;
}
