import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const azureOpenaiRules: Rule[] = [
  assignedSecret({
    id: 'azure-openai-api-key',
    provider: 'azure-openai',
    title: 'Azure OpenAI API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['azure_openai', 'azure-openai', 'azureopenai'],
    key: /azure[_-]?openai/,
    value: /[a-f0-9]{32}|[A-Za-z0-9]{84}/,
    sample: fake.hex(32, 'aoai'),
    name: 'AZURE_OPENAI_API_KEY',
  }),
];
