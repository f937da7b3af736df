import { stringify } from 'yaml';
import { RULES } from '../rules.js';
import { ExitCode, inputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { BUILT_IN_PROFILES, loadProfile } from '../project/load-profile.js';
import { loadProject } from '../project/load-project.js';
import { parseYaml } from '../project/parse-yaml.js';
import type { Profile } from '../project/profile-types.js';
import { SchemaValidators } from '../project/validate-schema.js';
import type { CliIo } from './io.js';

/** A built-in profile by name, without a project (`--profile berlin-qm-2022`). */
async function builtInProfile(name: string): Promise<Profile> {
  if (!(BUILT_IN_PROFILES as readonly string[]).includes(name)) {
    throw inputError(msg('cli.profile.unknown', { given: name, known: BUILT_IN_PROFILES.join(', ') }));
  }
  return loadProfile(name, '.', 'ihek.yaml', parseYaml('{}', 'ihek.yaml'), new SchemaValidators());
}

/** Prints the effective profile (the project's, or a built-in one by name), with every rule's severity spelled out. */
export async function runProfileShow(io: CliIo, dir: string | undefined, name?: string): Promise<number> {
  const profile = name !== undefined ? await builtInProfile(name) : (await loadProject({ ...(dir !== undefined && { dir }), cwd: io.cwd })).profile;
  const rules = Object.fromEntries(RULES.map((rule) => [rule.id, profile.rules[rule.id] ?? rule.severity]));
  io.stdout.write(stringify({ ...profile, rules }, { lineWidth: 0 }));
  return ExitCode.ok;
}
