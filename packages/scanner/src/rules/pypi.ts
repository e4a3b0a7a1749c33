import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { PASSWORD_PLACEHOLDERS } from './shared.js';

export const pypiRules: Rule[] = [
  {
    id: 'pypi-upload-token',
    provider: 'pypi',
    title: 'PyPI upload token',
    kind: 'registry-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yz'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    samples: {
      match: [`TWINE_PASSWORD=${'pypi-' + 'AgEIcHlwaS5vcmc'}${fake.base64url(160, 'pypi1')}`, `password = ${'pypi-' + 'AgENdGVzdC5weXBpLm9yZw'}${fake.base64url(120, 'pypi2')}`],
      noMatch: ['TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc<token>', `TWINE_PASSWORD=pypi-${fake.base64url(40, 'pypi3')}`],
    },
  },
  {
    id: 'pypirc-password',
    provider: 'pypi',
    title: '.pypirc repository password',
    kind: 'password',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['[pypi]', '[testpypi]', '[distutils]', 'repository'],
    pattern: /^\[(?:pypi|testpypi|distutils|[\w.-]{1,64})\][^[]{0,500}?^[ \t]*password[ \t]*[:=][ \t]*(?<secret>[^\s]{4,256})/m,
    allow: [...PASSWORD_PLACEHOLDERS, /^pypi-/],
    fileKinds: ['pypirc'],
    samples: {
      match: [`[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.internal/\nusername = deploy\npassword = ${fake.password(20, 'pypirc')}\n`],
      noMatch: ['[pypi]\nusername = __token__\npassword = ${PYPI_TOKEN}\n', '[pypi]\nusername = deploy\npassword = <your-password>\n'],
    },
  },
];
