import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';

export const firebaseRules: Rule[] = [
  {
    id: 'firebase-cloud-messaging-server-key',
    provider: 'firebase',
    title: 'Firebase Cloud Messaging legacy server key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: [':apa91b'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    samples: {
      match: [`FCM_SERVER_KEY=AAAA${fake.base64url(7, 'fcm1')}:APA91b${fake.base64url(134, 'fcm2')}`],
      noMatch: [`FCM_SERVER_KEY=AAAA${fake.base64url(7, 'fcm3')}:APA91b${fake.base64url(40, 'fcm4')}`, 'FCM_SERVER_KEY=AAAA<key>:APA91b<rest>'],
    },
  },
];
