import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { fixturesDir, makeProject, removeTempDirs, tempDir } from './support/fixture.js';

afterAll(removeTempDirs);

/** qm-valid with three warnings and no error. */
const warningsOnly = () => makeProject({ base: path.join(fixturesDir, 'qm-valid'), overlay: 'check/warnings-only' });

describe('ihek check: the report and --max-warnings in both languages', () => {
  it('more warnings than --max-warnings allows: exit 1, the report with its summary, and the count on stderr', async () => {
    const project = await warningsOnly();
    const german = await runCli(['check', project.dir, '--max-warnings', '2'], { cwd: project.parent });
    expect(german.code).toBe(1);
    expect(german.stdout).toMatch(/^ {2}\d+:\d+ {2}Warnung {2}/m);
    expect(german.stdout).toMatch(/\n\n0 Fehler, 3 Warnungen\n$/);
    expect(german.stderr).toBe('Zu viele Warnungen: 3 (erlaubt: 2)\n');

    const english = await runCli(['check', project.dir, '--max-warnings', '2', '--lang', 'en'], { cwd: project.parent });
    expect(english.code).toBe(1);
    expect(english.stdout).toMatch(/^ {2}\d+:\d+ {2}warning {2}/m);
    expect(english.stdout).toMatch(/\n\n0 errors, 3 warnings\n$/);
    expect(english.stderr).toBe('Too many warnings: 3 (allowed: 2)\n');
  });

  it('as many warnings as allowed: exit 0 and nothing on stderr', async () => {
    const project = await warningsOnly();
    expect(await runCli(['check', project.dir, '--max-warnings', '3', '--lang', 'en'], { cwd: project.parent })).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('option values the command line refuses: exit 2, one line naming the option and the value', () => {
  it.each([
    [['check', '--max-warnings', 'viele'], {}, 'ihek: --max-warnings braucht eine ganze Zahl ≥ 0, nicht „viele“\n'],
    [['check', '--max-warnings', '-1', '--lang', 'en'], {}, 'ihek: --max-warnings needs a whole number ≥ 0, not "-1"\n'],
    [['build', '--timeout', '0'], {}, 'ihek: --timeout braucht eine Zahl > 0, nicht „0“\n'],
    [['diff', 'main', '--timeout', 'bald'], { IHEK_LANG: 'en' }, 'ihek: --timeout needs a number > 0, not "bald"\n'],
    [['watch', '--port', '70000', '--lang', 'en'], {}, 'ihek: --port needs a whole number from 0 to 65535, not "70000"\n'],
  ] as const)('%j', async (argv, env, message) => {
    const result = await runCli([...argv], { cwd: await tempDir(), env });
    expect(result).toEqual({ code: 2, stdout: '', stderr: message });
  });
});
