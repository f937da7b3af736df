import { spawn } from 'node:child_process';
import { appendFile, cp, readFile, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath } from './support/cli.js';
import { exampleDir, tempDir } from './support/fixture.js';

function status(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on('error', reject);
  });
}

describe('ihek watch on the command line', () => {
  it('prints the address, serves the page and stops cleanly on Ctrl-C with exit code 0', async () => {
    const dir = path.join(await tempDir(), 'content');
    await cp(exampleDir, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
    const env = { ...process.env };
    for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'IHEK_LANG']) delete env[name];
    const child = spawn(process.execPath, [binPath, 'watch', '--port', '0'], { cwd: path.dirname(dir), env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address after 30 s:\n${stdout}\n${stderr}`)), 30_000);
        child.stdout.on('data', () => {
          const found = /Vorschau: (http:\/\/127\.0\.0\.1:\d+\/) {2}\(beenden mit Strg\+C\)/.exec(stdout);
          if (found) {
            clearTimeout(timer);
            resolve(found[1]!);
          }
        });
      });
      expect(await status(url)).toBe(200);
      expect(stderr).toMatch(/erster Aufbau: erzeugt in \d+ ms \(13 von 13 Kapiteln neu gelesen, 13 neu dargestellt\); Seite neu geladen; 0 Fehler, 0 Warnungen\n/);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(stderr.endsWith('Vorschau beendet.\n')).toBe(true);
      await expect(status(url)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('lists the findings after a save only when they changed; otherwise says they are the same', async () => {
    const dir = path.join(await tempDir(), 'content');
    await cp(exampleDir, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
    const chapter = path.join(dir, 'kapitel', '02-gebiet.md');
    await writeFile(chapter, `${await readFile(chapter, 'utf8')}\nDas das Gebiet wächst.\n`);
    const child = spawn(process.execPath, [binPath, 'watch', '--port', '0', '--lang', 'en'], { cwd: path.dirname(dir), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    /** Waits until the watch has printed what `done` looks for. */
    const until = (what: string, done: () => boolean) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${what} not printed after 20 s:\n${stdout}\n${stderr}`)), 20_000);
        const look = () => {
          if (!done()) return;
          clearTimeout(timer);
          child.stdout.off('data', look);
          child.stderr.off('data', look);
          resolve();
        };
        child.stdout.on('data', look);
        child.stderr.on('data', look);
        look();
      });
    const listings = () => (stderr.match(/"Das das": word repeated/g) ?? []).length;
    try {
      // The files are watched once the address is printed.
      await until('the address', () => stdout.includes('Preview: http://'));
      expect(stderr).toMatch(/first build: built in \d+ ms/);
      expect(listings()).toBe(1);
      // A save that changes no finding: one line, no second list.
      await appendFile(chapter, '\nEin weiterer Satz.\n');
      await until('the rebuild', () => /02-gebiet\.md: built in .*\n/.test(stderr));
      expect(stderr).toMatch(/02-gebiet\.md: built in \d+ ms \(1 of 13 chapters parsed, 1 rendered\); 1 chapter\(s\) replaced in the browser; 0 errors, 1 warning; the same findings as listed above\n/);
      expect(listings()).toBe(1);
      // A new finding: the whole list again, with both.
      await appendFile(chapter, '\nDie die Schule liegt nah.\n');
      await until('the new finding', () => stderr.includes('"Die die": word repeated'));
      expect(listings()).toBe(2);
      const third = stderr.slice(stderr.lastIndexOf('built in'));
      expect(third).toMatch(/^built in \d+ ms .*; 0 errors, 2 warnings\n/);
      expect(third.indexOf('"Das das": word repeated')).toBeGreaterThan(0);
      expect(third.indexOf('"Die die": word repeated')).toBeGreaterThan(third.indexOf('"Das das"'));
      // Ctrl-C right after a save ends the process too.
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
