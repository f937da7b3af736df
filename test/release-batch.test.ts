import { existsSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BrowserSession } from '../src/pdf/browser-session.js';
import { runCli, spawnCli } from './support/cli.js';
import { makeProject, tempDir } from './support/fixture.js';
import {
  commitAll,
  commitEpoch,
  finalProject,
  listFolder,
  readRecord,
  RELEASE_FILES_KOSMOSVIERTEL,
  sha256sumCheck,
} from './release-support.js';

const RELEASE_FILES_MUSTERKIEZ = ['SHA256SUMS', 'ihek-musterkiez-0-9-0.html', 'ihek-musterkiez-0-9-0.pdf', 'release.json'];

/** One repository with two projects: `kosmos/` (Kosmosviertel 1.0.0, final) and `muster/` (Musterkiez 0.9.0, drafts). */
async function twoProjects(): Promise<{ repo: string; epoch: string; commit: string }> {
  const repo = await tempDir();
  const kosmos = await finalProject();
  const muster = await makeProject();
  await cp(kosmos.dir, path.join(repo, 'kosmos'), { recursive: true });
  await cp(muster.dir, path.join(repo, 'muster'), { recursive: true });
  const commit = await commitAll(repo);
  return { repo, commit, epoch: await commitEpoch(repo) };
}

describe('ihek release with several projects', () => {
  let repo: string;
  let epoch: string;
  let commit: string;

  beforeAll(async () => {
    ({ repo, epoch, commit } = await twoProjects());
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(path.join(repo, 'kosmos', 'out'), { recursive: true, force: true });
    await rm(path.join(repo, 'muster', 'out'), { recursive: true, force: true });
  });

  it('bin/ihek.js releases both with one browser, each into its own folder, and reports the throughput', async () => {
    const result = await spawnCli(['release', 'kosmos', 'muster'], { cwd: repo, env: { SOURCE_DATE_EPOCH: epoch } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);

    const kosmosDir = path.join(repo, 'kosmos', 'out', 'release');
    const musterDir = path.join(repo, 'muster', 'out', 'release');
    expect(await listFolder(kosmosDir)).toEqual(RELEASE_FILES_KOSMOSVIERTEL);
    expect(await listFolder(musterDir)).toEqual(RELEASE_FILES_MUSTERKIEZ);
    await sha256sumCheck(kosmosDir);
    await sha256sumCheck(musterDir);
    const kosmos = await readRecord(kosmosDir);
    const muster = await readRecord(musterDir);
    expect(kosmos.git).toEqual({ commit, tag: null, dirty: false, path: 'kosmos' });
    expect(muster.git).toEqual({ commit, tag: null, dirty: false, path: 'muster' });
    expect([kosmos.draft, muster.draft]).toEqual([false, true]);

    expect(result.stdout).toContain('Kosmosviertel 1.0.0 → kosmos/out/release\n');
    expect(result.stdout).toContain('Musterkiez 0.9.0 → muster/out/release\n');
    const summary = /^2 Dokumente, (\d+) Seiten in (\d+,\d) s – (\d+,\d) Dokumente\/min, 1 Browser gestartet$/m.exec(result.stdout);
    expect(summary).not.toBeNull();
    expect(Number(summary![1])).toBe(kosmos.pages + muster.pages);
    const seconds = Number(summary![2]!.replace(',', '.'));
    const perMinute = Number(summary![3]!.replace(',', '.'));
    expect(perMinute).toBeGreaterThan(0);
    expect(Math.abs(perMinute - 120 / Math.max(seconds, 0.05))).toBeLessThan(perMinute * 0.1 + 0.2);
  });

  it('starts the browser exactly once; with --out each project gets a folder named by area and version', async () => {
    const start = vi.spyOn(BrowserSession, 'start');
    const close = vi.spyOn(BrowserSession.prototype, 'close');
    const out = path.join(await tempDir(), 'veroeffentlichung');
    const result = await runCli(['release', 'kosmos', 'muster', '--out', out, '--lang', 'en'], { cwd: repo, env: { SOURCE_DATE_EPOCH: epoch } });
    expect(result.code).toBe(0);
    expect(start).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalledTimes(1);
    expect(result.stdout).toMatch(/^2 documents, \d+ pages in \d+\.\d s – \d+\.\d documents\/min, 1 browser started$/m);
    expect(await listFolder(out)).toEqual(['ihek-kosmosviertel-1-0-0', 'ihek-musterkiez-0-9-0']);
    expect(await listFolder(path.join(out, 'ihek-kosmosviertel-1-0-0'))).toEqual(RELEASE_FILES_KOSMOSVIERTEL);
    expect(await listFolder(path.join(out, 'ihek-musterkiez-0-9-0'))).toEqual(RELEASE_FILES_MUSTERKIEZ);
    await sha256sumCheck(path.join(out, 'ihek-kosmosviertel-1-0-0'));
    await sha256sumCheck(path.join(out, 'ihek-musterkiez-0-9-0'));
    expect(existsSync(path.join(repo, 'kosmos', 'out'))).toBe(false);
  });

  it('when one project fails its check, nothing is written for any, and no browser is started', async () => {
    const start = vi.spyOn(BrowserSession, 'start');
    const broken = await makeProject({ overlay: 'broken-link' });
    const result = await runCli(['release', path.join(repo, 'kosmos'), broken.dir], { cwd: repo, env: { SOURCE_DATE_EPOCH: epoch } });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${broken.dir}: Die Prüfung hat Fehler gefunden.\nEs wurde nichts geschrieben.\n`);
    expect(start).not.toHaveBeenCalled();
    expect(existsSync(path.join(repo, 'kosmos', 'out'))).toBe(false);
    expect(existsSync(broken.path('out'))).toBe(false);
  });

  it('an input error names the project it is in; the same project twice is refused', async () => {
    const noVersion = await makeProject({ transform: { 'ihek.yaml': (b) => b.toString('utf8').replace(/^version: .*\n/m, '') } });
    const bad = await runCli(['release', 'kosmos', noVersion.dir], { cwd: repo, env: {} });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`ihek: ${noVersion.dir}: ihek.yaml: „version“ fehlt; ein Release braucht eine Version (z. B. version: 1.0.0)\n`);
    const twice = await runCli(['release', 'kosmos', './kosmos/'], { cwd: repo, env: {} });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toBe(
      `ihek: kosmos und ./kosmos/ würden in denselben Release-Ordner ${path.join(repo, 'kosmos', 'out', 'release')} geschrieben\n`,
    );
    expect(existsSync(path.join(repo, 'kosmos', 'out'))).toBe(false);
  });
});
