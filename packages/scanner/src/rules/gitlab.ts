import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';

/** GitLab tokens carry a documented prefix (`glpat-`, `glrt-`…) followed by a fixed-length body. */
function gitlabToken(
  id: string,
  prefix: string,
  body: string,
  bodySample: string,
  title: string,
  sensitivity: Rule['sensitivity'],
  store: Rule['store'],
  moreMatches: string[] = [],
): Rule {
  return {
    id,
    provider: 'gitlab',
    title,
    kind: 'access-token',
    sensitivity,
    store,
    keywords: [prefix.toLowerCase()],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>${prefix.replace(/[.]/g, '\\.')}${body})(?![A-Za-z0-9_-])`),
    minEntropy: 3,
    samples: {
      match: [`GITLAB_TOKEN=${prefix}${bodySample}`, `token: "${prefix}${bodySample}"`, ...moreMatches],
      noMatch: [`GITLAB_TOKEN=${prefix}${bodySample.slice(0, 8)}`, `GITLAB_TOKEN=${prefix}<your-token>`],
    },
  };
}

export const gitlabRules: Rule[] = [
  // Routable tokens (GitLab 17+): payload, `.`, a 2-character version, then a 7–9 character checksum,
  // seen both with and without a second dot.
  gitlabToken(
    'gitlab-pat',
    'glpat-',
    '(?:[A-Za-z0-9_-]{20}|[A-Za-z0-9_-]{27,300}\\.[0-9a-z]{2}(?:\\.[0-9a-z]{9}|[0-9a-z]{7}))',
    fake.alnum(20, 'glpat'),
    'GitLab personal access token',
    'high',
    'secrets-manager',
    [`{"gitlab_key": "${'glp' + 'at-'}${fake.alnum(27, 'glpat-r1')}.${fake.lower(2, 'glpat-r2')}${fake.lower(7, 'glpat-r3')}"}`],
  ),
  gitlabToken('gitlab-runner-token', 'glrt-', '[A-Za-z0-9_-]{20,300}', fake.alnum(20, 'glrt'), 'GitLab runner authentication token', 'high', 'secrets-manager'),
  gitlabToken('gitlab-runner-registration-token', 'GR1348941', '[A-Za-z0-9_-]{20}', fake.alnum(20, 'glrr'), 'GitLab runner registration token', 'medium', 'ssm-secure'),
  gitlabToken('gitlab-deploy-token', 'gldt-', '[A-Za-z0-9_-]{20}', fake.alnum(20, 'gldt'), 'GitLab deploy token', 'high', 'secrets-manager'),
  gitlabToken('gitlab-pipeline-trigger-token', 'glptt-', '(?:[0-9a-f]{40}|[A-Za-z0-9_-]{20})', fake.hex(40, 'glptt'), 'GitLab pipeline trigger token', 'medium', 'ssm-secure'),
  gitlabToken('gitlab-feed-token', 'glft-', '[A-Za-z0-9_-]{20}', fake.alnum(20, 'glft'), 'GitLab feed token', 'low', 'ssm-secure'),
  gitlabToken('gitlab-ci-build-token', 'glcbt-', '[0-9a-zA-Z]{1,5}_[0-9a-zA-Z_-]{20}', `64_${fake.alnum(20, 'glcbt')}`, 'GitLab CI/CD job token', 'medium', 'ssm-secure'),
  gitlabToken('gitlab-oauth-app-secret', 'gloas-', '[A-Za-z0-9_-]{64}', fake.alnum(64, 'gloas'), 'GitLab OAuth application secret', 'high', 'secrets-manager'),
  gitlabToken('gitlab-scim-token', 'glsoat-', '[A-Za-z0-9_-]{20}', fake.alnum(20, 'glsoat'), 'GitLab SCIM OAuth token', 'high', 'secrets-manager'),
  gitlabToken('gitlab-incoming-mail-token', 'glimt-', '[A-Za-z0-9_-]{25}', fake.alnum(25, 'glimt'), 'GitLab incoming mail token', 'medium', 'ssm-secure'),
  gitlabToken('gitlab-feature-flag-client-token', 'glffct-', '[A-Za-z0-9_-]{20}', fake.alnum(20, 'glffct'), 'GitLab feature flag client token', 'low', 'ssm-secure'),
  gitlabToken('gitlab-kubernetes-agent-token', 'glagent-', '[A-Za-z0-9_-]{50}', fake.alnum(50, 'glagent'), 'GitLab agent for Kubernetes token', 'high', 'secrets-manager'),
  {
    id: 'gitlab-session-cookie',
    provider: 'gitlab',
    title: 'GitLab session cookie',
    kind: 'access-token',
    sensitivity: 'medium',
    store: 'remove',
    keywords: ['_gitlab_session='],
    pattern: /(?<![A-Za-z0-9_])_gitlab_session=(?<secret>[0-9a-z]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    samples: {
      match: [`{"cookie": "_gitlab_session=${fake.lower(32, 'glsess')}"}`, `curl -b '_gitlab_session=${fake.lower(32, 'glsess2')}' https://gitlab.example.com`],
      noMatch: ['_gitlab_session=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `_gitlab_session=${fake.lower(20, 'glsess3')}`],
    },
  },
];
