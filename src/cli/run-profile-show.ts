import { stringify } from 'yaml';
import { RULES } from '../rules.js';
import { ExitCode } from '../errors.js';
import { loadProject } from '../project/load-project.js';
import type { CliIo } from './io.js';

/** Prints the effective profile, with every rule's severity spelled out. */
export async function runProfileShow(io: CliIo, dir: string | undefined): Promise<number> {
  const project = await loadProject({ ...(dir !== undefined && { dir }), cwd: io.cwd });
  const { profile } = project;
  const rules = Object.fromEntries(RULES.map((rule) => [rule.id, profile.rules[rule.id] ?? rule.severity]));
  io.stdout.write(stringify({ ...profile, rules }, { lineWidth: 0 }));
  return ExitCode.ok;
}
