import type { FileKind } from '@unleak/core';
import { describe, expect, it } from 'vitest';
import { fileKindOf } from '../src/extract/index.js';

const BY_NAME: [string, FileKind][] = [
  ['Dockerfile', 'dockerfile'],
  ['docker/Dockerfile.prod', 'dockerfile'],
  ['build/api.dockerfile', 'dockerfile'],
  ['docker-compose.yml', 'docker-compose'],
  ['deploy/docker-compose.override.yaml', 'docker-compose'],
  ['compose.yaml', 'docker-compose'],
  ['.github/workflows/ci.yml', 'github-actions'],
  ['.github/workflows/release.yaml', 'github-actions'],
  ['.gitlab-ci.yml', 'gitlab-ci'],
  ['Jenkinsfile', 'jenkinsfile'],
  ['ci/Jenkinsfile.deploy', 'jenkinsfile'],
  ['infra/main.tf', 'terraform'],
  ['infra/prod.tfvars', 'terraform'],
  ['vault/config.hcl', 'terraform'],
  ['group_vars/all.yml', 'ansible'],
  ['ansible/host_vars/web1.yaml', 'ansible'],
  ['roles/db/defaults/main.yml', 'ansible'],
  ['roles/db/tasks/main.yml', 'ansible'],
  ['inventory/hosts', 'ansible'],
  ['inventory.ini', 'ansible'],
  ['.env', 'dotenv'],
  ['.env.production', 'dotenv'],
  ['config/app.env', 'dotenv'],
  ['src/main/resources/application.properties', 'properties'],
  ['setup.cfg', 'ini'],
  ['php.ini', 'ini'],
  ['nginx.conf', 'ini'],
  ['.npmrc', 'npmrc'],
  ['.pypirc', 'pypirc'],
  ['.netrc', 'netrc'],
  ['_netrc', 'netrc'],
  ['home/.docker/config.json', 'docker-config'],
  ['.htpasswd', 'htpasswd'],
  ['certs/server.pem', 'pem'],
  ['certs/server.key', 'pem'],
  ['src/a.ts', 'typescript'],
  ['src/a.tsx', 'typescript'],
  ['src/a.mts', 'typescript'],
  ['src/a.cts', 'typescript'],
  ['src/a.js', 'javascript'],
  ['src/a.jsx', 'javascript'],
  ['src/a.mjs', 'javascript'],
  ['src/a.cjs', 'javascript'],
  ['app.py', 'python'],
  ['main.go', 'go'],
  ['App.java', 'java'],
  ['App.kt', 'kotlin'],
  ['Program.cs', 'csharp'],
  ['app.rb', 'ruby'],
  ['index.php', 'php'],
  ['run.sh', 'shell'],
  ['run.bash', 'shell'],
  ['run.zsh', 'shell'],
  ['pom.xml', 'xml'],
  ['Cargo.toml', 'toml'],
  ['package.json', 'json'],
  ['values.yaml', 'yaml'],
  ['README.md', 'text'],
  ['LICENSE', 'text'],
  ['C:\\repo\\.env', 'dotenv'],
];

const BY_CONTENT: [string, string, FileKind][] = [
  ['stack.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n', 'cloudformation'],
  ['template.json', '{"Resources": {"Db": {"Type": "AWS::RDS::DBInstance"}}}', 'cloudformation'],
  ['infra/db.yml', 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n', 'cloudformation'],
  ['k8s/deploy.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n', 'kubernetes'],
  ['site.yml', '- hosts: web\n  become: true\n  tasks:\n    - name: x\n      ping:\n', 'ansible'],
  ['values.yaml', 'replicaCount: 1\nimage:\n  tag: latest\n', 'yaml'],
  ['package.json', '{"name": "x"}', 'json'],
];

describe('fileKindOf', () => {
  it.each(BY_NAME)('%s → %s', (path, kind) => {
    expect(fileKindOf(path)).toBe(kind);
  });
  it.each(BY_CONTENT)('%s (by content) → %s', (path, text, kind) => {
    expect(fileKindOf(path, text)).toBe(kind);
  });
  it('names win over content for CI and compose files', () => {
    expect(fileKindOf('.github/workflows/ci.yml', 'apiVersion: v1\nkind: Pod\n')).toBe('github-actions');
    expect(fileKindOf('docker-compose.yml', 'apiVersion: v1\nkind: Pod\n')).toBe('docker-compose');
  });
});
