import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, stackTraceLines } from './support/cli.js';
import { lineOf, makeProject, tempDir } from './support/fixture.js';

/** "Nothing is half-written": a failed build leaves the previous document exactly as it was. */
const OLD = Buffer.from('<!DOCTYPE html>\n<title>alte Fassung</title>\n\u00e4\u00f6\u00fc\n', 'utf8');

async function outWithOldFile(): Promise<string> {
  const out = await tempDir();
  await writeFile(path.join(out, 'ihek.html'), OLD);
  return out;
}

describe('atomic write of ihek.html', () => {
  it('a build stopped by the check (broken link) exits 1 and keeps the old file byte for byte', async () => {
    const project = await makeProject({ overlay: 'broken-link' });
    const out = await outWithOldFile();
    const result = await runCli(['build', '--out', out], { cwd: project.dir });
    expect(result.code).toBe(1);
    const line = await lineOf('broken-link/kapitel/02-benn.md', '(#nirgendwo)');
    expect(result.stderr).toContain(`kapitel/02-benn.md\n  ${line}:7  Fehler  Verweis auf #nirgendwo führt ins Leere`);
    expect(result.stdout).toBe('');
    expect(await readFile(path.join(out, 'ihek.html'))).toEqual(OLD);
    expect(await readdir(out)).toEqual(['ihek.html']);
  });

  it('a build whose page template fails exits 3 and keeps the old file; no .tmp file is left', async () => {
    const project = await makeProject({ overlay: 'broken-layout' });
    const out = await outWithOldFile();
    const result = await runCli(['build', '--out', out], { cwd: project.dir });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^ihek: templates\/layout.hbs: Seitenvorlage fehlerhaft: /);
    expect(stackTraceLines(result.stderr)).toEqual([]);
    expect(await readFile(path.join(out, 'ihek.html'))).toEqual(OLD);
    expect(await readdir(out)).toEqual(['ihek.html']);
  });

  it('a successful build replaces the old file and leaves no .tmp file', async () => {
    const project = await makeProject();
    const out = await outWithOldFile();
    const result = await runCli(['build', '--out', out], { cwd: project.dir });
    expect(result.code).toBe(0);
    expect((await readFile(path.join(out, 'ihek.html'), 'utf8')).startsWith('<!DOCTYPE html>\n<html lang="de">')).toBe(true);
    expect(await readdir(out)).toEqual(['ihek.html']);
  });

  it('the next build removes what a killed build left half-written; a file of a running build stays', async () => {
    const project = await makeProject();
    const out = await outWithOldFile();
    // A process that has ended: its number is free, as after a SIGKILL while it wrote.
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const dead = `.ihek.html.${ended.stdout}.0badc0de.tmp`;
    const running = `.ihek.html.${process.pid === 1 ? 2 : 1}.0badc0de.tmp`; // pid 1 (init) always runs
    await writeFile(path.join(out, dead), '<!DOCTYPE html>\n<p>halb');
    await writeFile(path.join(out, running), '<!DOCTYPE html>\n<p>halb');
    const result = await runCli(['build', '--out', out], { cwd: project.dir });
    expect(result.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([running, 'ihek.html'].sort());
  });

  it('an output folder that cannot be made (a file is in the way) exits 2 with a message, no stack trace', async () => {
    const project = await makeProject();
    const parent = await tempDir();
    await writeFile(path.join(parent, 'datei'), 'kein Ordner');
    const result = await runCli(['build', '--out', path.join(parent, 'datei', 'out')], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ihek: .*ihek\.html kann nicht geschrieben werden \(ENOTDIR\); die bisherige Datei bleibt unverändert\n$/);
    expect(stackTraceLines(result.stderr)).toEqual([]);
    expect(await readdir(parent)).toEqual(['datei']);
  });
});
