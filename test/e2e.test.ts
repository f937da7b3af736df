import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli, stackTraceLines } from './support/cli.js';
import { exampleDir, lineOf, makeProject, packageRoot, tempDir } from './support/fixture.js';

/** The built bin/ihek.js, run in a child process as a user runs it (dist/ is compiled by global setup). */
const pkg = JSON.parse(await readFile(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };

describe('bin/ihek.js end to end', () => {
  it('build <copy of content> --out <dir>: exit 0, prints the written path, writes the page', async () => {
    const parent = await tempDir();
    const copy = path.join(parent, 'beispiel');
    const notOutput = (source: string) => path.relative(exampleDir, source).split(path.sep)[0] !== 'out';
    await cp(exampleDir, copy, { recursive: true, filter: notOutput });
    const result = await spawnCli(['build', 'beispiel', '--out', 'ausgabe'], { cwd: parent });
    expect(result.stderr).toBe('');
    // The example asks for HTML and PDF (output.formats), as a QM author's project would.
    expect(result.stdout).toBe('geschrieben: ausgabe/ihek.html\ngeschrieben: ausgabe/ihek.pdf\n');
    expect(result.code).toBe(0);
    const pdf = await readFile(path.join(parent, 'ausgabe', 'ihek.pdf'));
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    const html = await readFile(path.join(parent, 'ausgabe', 'ihek.html'), 'utf8');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain(`<meta name="generator" content="ihek ${pkg.version}">`);
  });

  it('--version prints the package.json version', async () => {
    const result = await spawnCli(['--version'], { cwd: packageRoot });
    expect(result).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('--help on the program and on every command (found in the help itself) exits 0', async () => {
    /** The command names listed under "Commands:" in a help text. */
    const commandsIn = (help: string) =>
      [...(help.split('\nCommands:\n')[1] ?? '').matchAll(/^ {2}(\S+)/gm)].map((match) => match[1]!);
    const visited: string[] = [];
    const visit = async (command: string[]): Promise<void> => {
      const result = await spawnCli([...command, '--help'], { cwd: packageRoot });
      expect(result.code, command.join(' ')).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(new RegExp(`^Usage: ${['ihek', ...command].join(' ')} `));
      expect(result.stdout).toContain('-h, --help');
      visited.push(command.join(' '));
      await Promise.all(commandsIn(result.stdout).map((name) => visit([...command, name])));
    };
    await visit([]);
    expect(visited).toEqual(expect.arrayContaining(['', 'build', 'check']));
  });

  it('build --help names its options', async () => {
    const result = await spawnCli(['build', '--help'], { cwd: packageRoot });
    expect(result.code).toBe(0);
    for (const option of ['[dir]', '--html', '--out <dir>', '--no-check', '--lang <lang>']) expect(result.stdout).toContain(option);
  });

  it('build --bogus exits 2 and lists the valid options', async () => {
    const result = await spawnCli(['build', '--bogus'], { cwd: packageRoot });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      "ihek: unbekannte Option --bogus\nGültige Optionen für ihek build: --html, --pdf, --docx, --out <dir>, --no-check, --only <ids>, --browser <path>, --timeout <seconds>, --verbose, --lang <lang>, -h, --help\n",
    );
  });

  it('build --bogus --lang en lists them in English', async () => {
    const result = await spawnCli(['build', '--bogus', '--lang', 'en'], { cwd: packageRoot });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'ihek: unknown option --bogus\nValid options for ihek build: --html, --pdf, --docx, --out <dir>, --no-check, --only <ids>, --browser <path>, --timeout <seconds>, --verbose, --lang <lang>, -h, --help\n',
    );
  });

  it('an unknown command exits 2, in the language of the project where it is typed, with the closest command', async () => {
    const result = await spawnCli(['chek'], { cwd: packageRoot });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ihek: unbekannter Befehl „chek“ – meinten Sie „ihek check“?\nBefehle von ihek: build, doctor, check, status, init, import, new, watch, release, diff, fmt, profile; ihek --help erklärt sie\n',
    });
    // No project here: the locale decides.
    const english = await spawnCli(['new', 'chaptr'], { cwd: await tempDir(), env: { LANG: 'en_GB.UTF-8' } });
    expect(english.code).toBe(2);
    expect(english.stderr).toBe('ihek: unknown command "chaptr" – did you mean "ihek new chapter"?\nCommands of ihek new: chapter; ihek new --help explains them\n');
    // A project with lang: en answers in English without any locale; --lang still wins.
    const project = await makeProject({ transform: { 'ihek.yaml': (bytes) => bytes.toString('utf8').replace('lang: de', 'lang: en') } });
    expect((await spawnCli(['buidl'], { cwd: project.dir })).stderr).toMatch(/^ihek: unknown command "buidl" – did you mean "ihek build"\?\n/);
    expect((await spawnCli(['buidl', '--lang', 'de'], { cwd: project.dir })).stderr).toMatch(/^ihek: unbekannter Befehl „buidl“ – meinten Sie „ihek build“\?\n/);
    const far = await spawnCli(['xyz'], { cwd: packageRoot });
    expect(far.stderr).toMatch(/^ihek: unbekannter Befehl „xyz“\nBefehle von ihek: /);
  });

  it('check on the minimal fixture exits 0', async () => {
    const project = await makeProject();
    const result = await spawnCli(['check', project.dir], { cwd: project.parent });
    expect(result).toEqual({ code: 0, stdout: 'Keine Probleme gefunden.\n', stderr: '' });
  });

  it('a bad project exits 2 with the message and no stack trace', async () => {
    const project = await makeProject({ overlay: 'yaml-syntax-error' });
    const result = await spawnCli(['check'], { cwd: project.dir });
    expect(result.code).toBe(2);
    const line = await lineOf('yaml-syntax-error/ihek.yaml', 'district: Mitte: Nord');
    expect(result.stderr).toMatch(new RegExp(`^ihek: ihek\\.yaml:${line}: YAML-Syntaxfehler: \\S.*\\n$`));
    expect(stackTraceLines(result.stderr)).toEqual([]);
  });
});
