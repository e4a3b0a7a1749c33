import { fake } from '@unleak/core';
import type { GenericRule } from './rule.js';

const password = fake.password(16, 'ansible');

/** Connection and privilege-escalation passwords in Ansible vars and inventories. */
export const ansiblePassword: GenericRule = {
  id: 'ansible-password',
  title: 'Ansible connection or become password',
  role: 'secret',
  kind: 'password',
  sensitivity: 'high',
  store: 'ssm-secure',
  key: /^(?:ansible_(?:ssh_|become_|sudo_|su_|winrm_|httpapi_|net_)?(?:pass|password)|ansible_become_pass(?:word)?|become_pass(?:word)?|vault_password|aws_secret_key|aws_access_key|ec2_secret_key)$/,
  fileKinds: ['ansible', 'yaml'],
  values: 'strict',
  minLength: 4,
  minEntropy: 2,
  refine: [{ when: /aws_secret_key|ec2_secret_key/, kind: 'aws-secret-key' }, { when: /aws_access_key/, kind: 'aws-access-key' }],
  samples: {
    match: [
      { file: 'group_vars/web.yml', text: `ansible_user: deploy\nansible_password: ${password}\nansible_become_pass: "${password}"\n` },
      { file: 'inventory/hosts', text: `[web]\nweb1 ansible_host=10.0.0.5 ansible_user=deploy ansible_password=${password}\n` },
    ],
    noMatch: [
      { file: 'group_vars/web.yml', text: 'ansible_password: "{{ vault_web_password }}"\n' },
      { file: 'group_vars/web.yml', text: 'ansible_become_pass: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6132\n' },
    ],
  },
};
