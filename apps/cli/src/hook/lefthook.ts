import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '@unleak/core';
import type { HookManager } from './manager.js';
import type { HookRepo } from './repo.js';
import { readIfExists } from './shell-block.js';
import { expectCollection, readYamlConfig, writeYamlConfig, type YamlConfig } from './yaml-file.js';

/** The config names lefthook reads, YAML first; unleak edits only the YAML ones. */
const YAML_CONFIGS = ['lefthook.yml', '.lefthook.yml', 'lefthook.yaml', '.lefthook.yaml', '.config/lefthook.yml', '.config/lefthook.yaml'];
const OTHER_CONFIGS = ['lefthook.toml', '.lefthook.toml', 'lefthook.json', '.lefthook.json', 'lefthook.jsonc', '.lefthook.jsonc'];
const JOB = 'unleak';

/**
 * lefthook: a `pre-commit` job named `unleak` in lefthook.yml (added to `jobs` when the section uses jobs,
 * else under `commands`), edited with the yaml Document API so comments and layout survive. lefthook's own
 * hook in .git/hooks runs it.
 */
export const lefthook: HookManager = {
  id: 'lefthook',
  async detect(repo) {
    return [...YAML_CONFIGS, ...OTHER_CONFIGS].find((name) => existsSync(join(repo.top, name)));
  },
  async install(repo, command) {
    const config = await readYamlConfig(configFile(repo, `add a pre-commit job named '${JOB}' running '${command}' to it yourself`), repo.top);
    addJob(config, command);
    const changed = await writeYamlConfig(config);
    const hook = (await readIfExists(join(repo.hooksDir, 'pre-commit'))) ?? '';
    return {
      file: config.file,
      changed,
      ...(hook.includes('lefthook') ? {} : { hint: "git does not run lefthook yet: run 'npx lefthook install'" }),
    };
  },
  async uninstall(repo) {
    const file = configFile(repo, `remove the pre-commit job named '${JOB}' from it yourself`);
    if (!existsSync(file)) return { file, changed: false };
    const config = await readYamlConfig(file, repo.top);
    removeJob(config);
    return { file, changed: await writeYamlConfig(config) };
  },
};

/** The YAML config to edit; a repository with only a TOML/JSON config is told to `byHand` instead. */
function configFile(repo: HookRepo, byHand: string): string {
  const other = OTHER_CONFIGS.find((name) => existsSync(join(repo.top, name)));
  const yamlName = YAML_CONFIGS.find((name) => existsSync(join(repo.top, name)));
  if (other && !yamlName) {
    throw new UsageError(`unleak edits YAML lefthook configs only, and this repository has ${other}; ${byHand}`);
  }
  return join(repo.top, yamlName ?? 'lefthook.yml');
}

function addJob(config: YamlConfig, command: string): void {
  const { doc, yaml } = config;
  expectCollection(config, ['pre-commit'], 'mapping');
  const jobs = doc.getIn(['pre-commit', 'jobs']);
  if (yaml.isSeq(jobs)) {
    const mine = jobs.items.find((item) => yaml.isMap(item) && item.get('name') === JOB);
    if (yaml.isMap(mine)) mine.set('run', command);
    else jobs.add(doc.createNode({ name: JOB, run: command }));
    return;
  }
  expectCollection(config, ['pre-commit', 'commands'], 'mapping');
  doc.setIn(['pre-commit', 'commands', JOB, 'run'], command);
}

/** Removes the job, then the `jobs`/`commands` list and the `pre-commit` section if nothing else is left in them. */
function removeJob({ doc, yaml }: YamlConfig): void {
  const jobs = doc.getIn(['pre-commit', 'jobs']);
  if (yaml.isSeq(jobs)) {
    const index = jobs.items.findIndex((item) => yaml.isMap(item) && item.get('name') === JOB);
    if (index !== -1) jobs.items.splice(index, 1);
  }
  if (doc.hasIn(['pre-commit', 'commands', JOB])) doc.deleteIn(['pre-commit', 'commands', JOB]);
  for (const list of ['jobs', 'commands']) {
    const node = doc.getIn(['pre-commit', list]);
    if ((yaml.isSeq(node) || yaml.isMap(node)) && node.items.length === 0) doc.deleteIn(['pre-commit', list]);
  }
  const section = doc.get('pre-commit');
  if (yaml.isMap(section) && section.items.length === 0) doc.delete('pre-commit');
}
