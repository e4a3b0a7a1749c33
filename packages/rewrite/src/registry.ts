import type { FileKind } from '@unleak/core';
import type { Rewriter } from './types.js';
import { ansible } from './rewriters/ansible.js';
import { cloudformation } from './rewriters/cloudformation.js';
import { csharp } from './rewriters/csharp.js';
import { dockerCompose } from './rewriters/docker-compose.js';
import { dockerfile } from './rewriters/dockerfile.js';
import { dotenv } from './rewriters/dotenv.js';
import { githubActions } from './rewriters/github-actions.js';
import { gitlabCi } from './rewriters/gitlab-ci.js';
import { go } from './rewriters/go.js';
import { java } from './rewriters/java.js';
import { jenkinsfile } from './rewriters/jenkinsfile.js';
import { kotlin } from './rewriters/kotlin.js';
import { kubernetes } from './rewriters/kubernetes.js';
import { npmrc } from './rewriters/npmrc.js';
import { php } from './rewriters/php.js';
import { properties } from './rewriters/properties.js';
import { python } from './rewriters/python.js';
import { ruby } from './rewriters/ruby.js';
import { shell } from './rewriters/shell.js';
import { yaml } from './rewriters/spring-yaml.js';
import { terraform } from './rewriters/terraform.js';
import { javascript, typescript } from './rewriters/typescript.js';

/** One rewriter per file kind; kinds not listed here send every target to `manual`. */
export const REWRITERS: Partial<Record<FileKind, Rewriter>> = {
  typescript,
  javascript,
  python,
  go,
  java,
  kotlin,
  csharp,
  ruby,
  php,
  shell,
  properties,
  npmrc,
  dockerfile,
  dotenv,
  'docker-compose': dockerCompose,
  cloudformation,
  terraform,
  kubernetes,
  'github-actions': githubActions,
  'gitlab-ci': gitlabCi,
  jenkinsfile,
  ansible,
  yaml,
};
