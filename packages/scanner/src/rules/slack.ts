import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';

const digits = (n: number, seed: string) => fake.digits(n, seed);

export const slackRules: Rule[] = [
  {
    id: 'slack-bot-token',
    provider: 'slack',
    title: 'Slack bot token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['xoxb-'],
    // The third segment is 24 characters in current tokens; older and workspace-app tokens carry 0–32.
    pattern: /(?<![A-Za-z0-9])(?<secret>xoxb-[0-9]{10,13}-[0-9]{10,13}(?:-?[A-Za-z0-9]{1,32})?)(?![A-Za-z0-9-])/,
    minEntropy: 3,
    samples: {
      match: [
        `SLACK_BOT_TOKEN=${'xo' + 'xb-'}${digits(12, 'sb1')}-${digits(13, 'sb2')}-${fake.alnum(24, 'sb3')}`,
        `"bot_token": "${'xo' + 'xb-'}${digits(12, 'sb6')}-${digits(13, 'sb7')}-${fake.alnum(27, 'sb8')}"`,
        `token=${'xo' + 'xb-'}${digits(11, 'sb9')}-${digits(13, 'sb10')}`,
      ],
      noMatch: ['SLACK_BOT_TOKEN=xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX', `SLACK_BOT_TOKEN=${'xo' + 'xb-'}${digits(12, 'sb4')}-${fake.alnum(10, 'sb5')}`],
    },
  },
  {
    id: 'slack-bot-token-legacy',
    provider: 'slack',
    title: 'Slack legacy bot token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['xoxb-'],
    pattern: /(?<![A-Za-z0-9])(?<secret>xoxb-[0-9]{8,14}-[A-Za-z0-9]{18,26})(?![A-Za-z0-9-])/,
    minEntropy: 3,
    samples: {
      match: [`slack_token: ${'xo' + 'xb-'}${digits(11, 'sbl1')}-${fake.alnum(24, 'sbl2')}`],
      noMatch: ['slack_token: xoxb-00000000000-xxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  },
  {
    id: 'slack-user-token',
    provider: 'slack',
    title: 'Slack user / enterprise token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['xoxp-', 'xoxe-'],
    pattern: /(?<![A-Za-z0-9])(?<secret>xox[pe](?:-[0-9]{10,13}){3}-[A-Za-z0-9-]{28,34})(?![A-Za-z0-9-])/,
    minEntropy: 3,
    samples: {
      match: [`SLACK_USER_TOKEN=${'xo' + 'xp-'}${digits(12, 'su1')}-${digits(12, 'su2')}-${digits(13, 'su3')}-${fake.hex(32, 'su4')}`],
      noMatch: [`SLACK_USER_TOKEN=${'xo' + 'xp-'}${digits(12, 'su5')}-${fake.hex(32, 'su6')}`],
    },
  },
  {
    id: 'slack-app-token',
    provider: 'slack',
    title: 'Slack app-level token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['xapp-'],
    // The last segment is 64 hex characters in tokens Slack issues; samples in the wild vary around it.
    pattern: /(?<![A-Za-z0-9])(?<secret>xapp-\d-[A-Z0-9]{9,12}-\d{10,14}-[a-z0-9]{56,72})(?![A-Za-z0-9])/i,
    minEntropy: 3,
    samples: {
      match: [
        `SLACK_APP_TOKEN=${'xa' + 'pp-'}1-A${fake.upper(10, 'sa1')}-${digits(13, 'sa2')}-${fake.hex(64, 'sa3')}`,
        `"token": "${'xa' + 'pp-'}1-A${digits(10, 'sa4')}-${digits(13, 'sa5')}-${fake.lower(64, 'sa6')}"`,
        `${'xa' + 'pp-'}1-A${fake.upper(10, 'sa7')}-${digits(13, 'sa8')}-${fake.hex(62, 'sa9')} is an app token`,
      ],
      noMatch: ['SLACK_APP_TOKEN=xapp-1-<your-app-token>', `SLACK_APP_TOKEN=${'xa' + 'pp-'}1-A${fake.upper(10, 'sa10')}-${digits(13, 'sa11')}`],
    },
  },
  {
    id: 'slack-config-access-token',
    provider: 'slack',
    title: 'Slack configuration access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['xoxe.xox'],
    pattern: /(?<![A-Za-z0-9])(?<secret>xoxe\.xox[bp]-\d-[A-Z0-9]{163,166})(?![A-Za-z0-9])/i,
    minEntropy: 3,
    samples: {
      match: [`SLACK_CONFIG_TOKEN=${'xoxe.' + 'xoxp-'}1-${fake.upper(164, 'sca')}`],
      noMatch: [`SLACK_CONFIG_TOKEN=${'xoxe.' + 'xoxp-'}1-${fake.upper(40, 'sca2')}`],
    },
  },
  {
    id: 'slack-config-refresh-token',
    provider: 'slack',
    title: 'Slack configuration refresh token',
    kind: 'oauth-secret',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['xoxe-'],
    pattern: /(?<![A-Za-z0-9.])(?<secret>xoxe-\d-[A-Z0-9]{146})(?![A-Za-z0-9])/i,
    minEntropy: 3,
    samples: {
      match: [`SLACK_REFRESH_TOKEN=${'xo' + 'xe-'}1-${fake.upper(146, 'scr')}`],
      noMatch: [`SLACK_REFRESH_TOKEN=${'xo' + 'xe-'}1-${fake.upper(100, 'scr2')}`],
    },
  },
  {
    id: 'slack-webhook-url',
    provider: 'slack',
    title: 'Slack incoming webhook URL',
    kind: 'webhook-url',
    sensitivity: 'medium',
    store: 'ssm-secure',
    keywords: ['hooks.slack.com'],
    pattern:
      /(?<secret>https?:\/\/hooks\.slack\.com\/(?:services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{23,25}|workflows\/T[A-Z0-9]{8,12}\/A[A-Z0-9]{8,12}\/\d{17,20}\/[A-Za-z0-9]{32}|triggers\/T[A-Z0-9]{8,12}\/\d{10,14}\/[a-f0-9]{32}))/,
    minEntropy: 4,
    samples: {
      match: [
        `SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T${fake.upper(10, 'sw1')}/B${fake.upper(10, 'sw2')}/${fake.alnum(24, 'sw3')}`,
        `hook: https://hooks.slack.com/services/T${fake.upper(7, 'sw8')}/B${fake.upper(9, 'sw9')}/${fake.alnum(24, 'sw10')}`,
        `url: https://hooks.slack.com/workflows/T${fake.upper(10, 'sw4')}/A${fake.upper(10, 'sw5')}/${digits(18, 'sw6')}/${fake.alnum(32, 'sw7')}`,
      ],
      noMatch: ['SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', 'https://hooks.slack.com/services/${SLACK_HOOK}'],
    },
  },
  {
    id: 'slack-legacy-token',
    provider: 'slack',
    title: 'Slack legacy token (xoxo / xoxs / xoxa / xoxr)',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['xoxo-', 'xoxs-', 'xoxa-', 'xoxr-'],
    // xoxo/xoxs: numeric segments, then (usually) a hex tail of 10–64; xoxa/xoxr: segments of digits and letters.
    pattern:
      /(?<![A-Za-z0-9])(?<secret>xox[os]-\d{1,16}(?:-\d{1,16}){1,2}(?:-[a-fA-F\d]{10,64})?|xox[ar]-(?:\d-)?[0-9a-zA-Z]{8,48}(?:-[0-9a-zA-Z]{1,48}){0,4})(?![A-Za-z0-9-])/,
    minEntropy: 3,
    samples: {
      match: [
        `SLACK_TOKEN=${'xo' + 'xs-'}${fake.digits(11, 'sl1')}-${fake.digits(11, 'sl2')}-${fake.digits(12, 'sl3')}-${fake.hex(64, 'sl4')}`,
        `token: ${'xo' + 'xa-'}2-${fake.alnum(40, 'sl5')}`,
        `"access_token": "${'xo' + 'xs-'}${fake.digits(10, 'sl6')}-${fake.digits(10, 'sl7')}-${fake.digits(10, 'sl8')}-${fake.hex(10, 'sl9')}"`,
        `"access_token": "${'xo' + 'xa-'}2-${fake.digits(9, 'sl10')}-${fake.digits(11, 'sl11')}-${fake.digits(13, 'sl12')}-${fake.hex(18, 'sl13')}"`,
        `token:${'xo' + 'xo-'}${fake.digits(11, 'sl14')}-${fake.digits(13, 'sl15')}`,
      ],
      noMatch: ['SLACK_TOKEN=xoxs-0-0-0-xxxxxxxxxxxxxxxx', 'token: xoxa-2-<token>', 'https://github.com/xoxa-nyc/xoxa-nyc.github.io/blob/master/README.md'],
    },
  },
];
