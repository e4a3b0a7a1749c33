import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';

export const cloudinaryRules: Rule[] = [
  {
    id: 'cloudinary-url',
    provider: 'cloudinary',
    title: 'Cloudinary URL with API secret',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['cloudinary://'],
    pattern: /cloudinary:\/\/(?<username>\d{12,16}):(?<secret>[A-Za-z0-9_-]{27})@(?<host>[A-Za-z0-9_-]{1,64})/,
    samples: {
      match: [`CLOUDINARY_URL=cloudinary://${fake.digits(15, 'cld1')}:${fake.base64url(27, 'cld2')}@shop-media`],
      noMatch: ['CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>'],
    },
  },
];
