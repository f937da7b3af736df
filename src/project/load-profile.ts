import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ruleInfo } from '../rules.js';
import { inputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { templatesDir } from '../package-paths.js';
import { parseYaml, positionOf, type PositionedYaml } from './parse-yaml.js';
import { readTextFile } from './read-text-file.js';
import { resolveInside } from './resolve-inside.js';
import type { SchemaValidators } from './validate-schema.js';
import { mergeProfile } from './merge-profile.js';
import type { Profile, ProfileFile } from './profile-types.js';

export const BUILT_IN_PROFILES = ['berlin-qm-2022', 'berlin-qm', 'berlin-qm-2019', 'benn', 'none'] as const;
type BuiltIn = (typeof BUILT_IN_PROFILES)[number];

/** Names that stand for another built-in profile: the outline of 2019–2022 is `berlin-qm`. */
const SAME_AS: Partial<Record<BuiltIn, BuiltIn>> = { 'berlin-qm-2019': 'berlin-qm' };

function isBuiltIn(name: string): name is BuiltIn {
  return (BUILT_IN_PROFILES as readonly string[]).includes(name);
}

async function builtIn(name: BuiltIn, validators: SchemaValidators): Promise<Profile> {
  const file = `profiles/${SAME_AS[name] ?? name}.yaml`;
  const yaml = parseYaml(await readFile(path.join(templatesDir, file), 'utf8'), file);
  validators.assertValid('profile', yaml);
  return mergeProfile(undefined, yaml.value as ProfileFile);
}

/**
 * The effective profile of a project: a built-in one by name, or a project file that extends a
 * built-in one (`extends: berlin-qm`) or stands alone.
 */
export async function loadProfile(
  name: string,
  root: string,
  manifestFile: string,
  manifestYaml: PositionedYaml,
  validators: SchemaValidators,
): Promise<Profile> {
  if (isBuiltIn(name)) return builtIn(name, validators);
  const line = positionOf(manifestYaml, ['profile']).line;
  const absPath = await resolveInside(root, root, name, { file: manifestFile, line, key: 'profile' });
  const file = path.relative(root, absPath).split(path.sep).join('/');
  let text: string;
  try {
    text = await readTextFile(absPath, file, root);
  } catch (error) {
    if ((error as { place?: { line?: number } }).place?.line !== undefined) throw error;
    const reason = (error as { text?: { de: string; en: string } }).text;
    throw inputError(
      msg('project.profile.unreadable', { file: manifestFile, line, reason: reason ?? name, builtIn: BUILT_IN_PROFILES.join(', ') }),
      { file: manifestFile, line, key: 'profile' },
      error,
    );
  }
  const yaml = parseYaml(text, file);
  if (yaml.value === null || yaml.value === undefined) yaml.value = {};
  validators.assertValid('profile', yaml);
  const own = yaml.value as ProfileFile;
  for (const rule of Object.keys(own.rules ?? {})) {
    if (ruleInfo(rule)) continue;
    const at = positionOf(yaml, ['rules', rule], 'key');
    throw inputError(msg('project.profile.unknownRule', { file, line: at.line, rule }),
      { file, line: at.line, column: at.column, key: `rules.${rule}` },
    );
  }
  const base = own.extends ? await builtIn(own.extends, validators) : undefined;
  return mergeProfile(base, { name: file, ...own });
}
