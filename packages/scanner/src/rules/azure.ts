import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

const accountKey = (seed: string) => fake.base64(86, seed) + '==';

export const azureRules: Rule[] = [
  {
    id: 'azure-storage-connection-string',
    provider: 'azure',
    title: 'Azure Storage / Cosmos DB connection string with AccountKey',
    kind: 'cloud-credential',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['accountkey='],
    pattern: /(?:AccountName=(?<username>[a-z0-9-]{3,44});\s?)?AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/i,
    samples: {
      match: [
        `DefaultEndpointsProtocol=https;AccountName=shopassets;AccountKey=${accountKey('az-conn')};EndpointSuffix=core.windows.net`,
        `AccountEndpoint=https://shop.documents.azure.com:443/;AccountKey=${accountKey('az-cosmos')};`,
      ],
      noMatch: ['DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=<account-key>', 'AccountKey=${AZURE_STORAGE_KEY}'],
    },
  },
  assignedSecret({
    id: 'azure-storage-account-key',
    provider: 'azure',
    title: 'Azure Storage account key',
    kind: 'cloud-credential',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['storage', 'account_key', 'accountkey', 'account-key'],
    key: /(?:storage|account)[\w.-]{0,20}?(?:access)?[_.-]?key/,
    value: /[A-Za-z0-9+/]{86}==/,
    sample: accountKey('az-key'),
    name: 'AZURE_STORAGE_ACCESS_KEY',
  }),
  {
    id: 'azure-ad-client-secret',
    provider: 'azure',
    title: 'Azure AD (Entra ID) client secret',
    kind: 'oauth-secret',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['q~'],
    pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
    minEntropy: 3,
    samples: {
      match: [`AZURE_CLIENT_SECRET=${fake.alnum(3, 'aad1')}8Q~${fake.alnum(34, 'aad2')}`, `"clientSecret": "${fake.alnum(3, 'aad3')}7Q~${fake.alnum(31, 'aad4')}"`],
      noMatch: [`AZURE_CLIENT_SECRET=${fake.alnum(3, 'aad5')}8Q~${fake.alnum(12, 'aad6')}`, 'AZURE_CLIENT_SECRET=${AZURE_CLIENT_SECRET}'],
    },
  },
  {
    id: 'azure-sas-token',
    provider: 'azure',
    title: 'Azure shared access signature (SAS) token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['sig='],
    pattern: /\bsv=\d{4}-\d{2}-\d{2}&[^\s"'<>]{0,300}?\bsig=(?<secret>[A-Za-z0-9%+/]{40,100}(?:%3D|=){0,2})/i,
    minEntropy: 3.5,
    samples: {
      match: [
        `https://shop.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&spr=https&sig=${fake.base64(43, 'sas1').replace(/\//g, '%2F')}%3D`,
        `SAS_TOKEN="?sv=2021-08-06&st=2024-01-01&se=2030-01-01&sr=c&sp=rl&sig=${fake.alnum(43, 'sas2')}="`,
      ],
      noMatch: ['https://shop.blob.core.windows.net/exports?sv=2022-11-02&ss=b&sig=<signature>', 'sv=2022-11-02&sig=${SAS_SIG}'],
    },
  },
  {
    id: 'azure-service-bus-connection-string',
    provider: 'azure',
    title: 'Azure Service Bus / Event Hubs / IoT Hub shared access key',
    kind: 'cloud-credential',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['sharedaccesskey='],
    pattern:
      /(?:Endpoint=sb:\/\/(?<host>[a-z0-9.-]{1,253})\/?;\s?)?(?:SharedAccessKeyName=(?<username>[^;\s"']{1,256});\s?)?SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)/i,
    samples: {
      match: [`Endpoint=sb://shop-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${fake.base64(43, 'sb1')}=`],
      noMatch: ['Endpoint=sb://shop-bus.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=<key>'],
    },
  },
  {
    id: 'azure-app-configuration-connection-string',
    provider: 'azure',
    title: 'Azure App Configuration connection string',
    kind: 'cloud-credential',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['azconfig.io'],
    pattern: /Endpoint=https:\/\/(?<host>[a-z0-9-]{1,64}\.azconfig\.io);\s?Id=(?<username>[^;\s"']{1,64});\s?Secret=(?<secret>[A-Za-z0-9+/]{43}=)/i,
    samples: {
      match: [`Endpoint=https://shop-config.azconfig.io;Id=${fake.alnum(4, 'azc1')}-l0-s0:${fake.alnum(20, 'azc2')};Secret=${fake.base64(43, 'azc3')}=`],
      noMatch: ['Endpoint=https://shop-config.azconfig.io;Id=xxxx;Secret=<secret>'],
    },
  },
  assignedSecret({
    id: 'azure-devops-pat',
    provider: 'azure',
    title: 'Azure DevOps personal access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['azure', 'devops', 'ado_', 'vsts'],
    key: /(?:azure[\w.-]{0,10}?devops|devops|ado|vsts)[\w.-]{0,20}?(?:pat|token)/,
    value: /[a-z2-7]{52}|[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}/,
    sample: fake.upper(52, 'ado').toLowerCase(),
    name: 'AZURE_DEVOPS_PAT',
  }),
];
