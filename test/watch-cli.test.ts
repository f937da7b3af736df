import { spawn } from 'node:child_process';
import { cp } from 'node:fs/promises';
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
});
