/**
 * Someone else's revision: trees git itself would never write (made with `git mktree`), links,
 * blobs far too large, a repository whose configuration names commands. `ihek diff` must refuse or
 * skip them with a clear message, never write outside its temporary folder, never show a byte from
 * outside the revision, and never run what the repository names.
 */
import { spawn } from 'node:child_process';
import { chmod, cp, mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, runCli, spawnNode, stackTraceLines, type CliResult } from './support/cli.js';
import { removeTempDirs, tempDir } from './support/fixture.js';
import { git, makeRepo, type Repo } from './support/git-repo.js';
import { finalProject, commitAll } from './release-support.js';

afterAll(removeTempDirs);

/** git with `input` on stdin; its stdout. */
function gitWithInput(cwd: string, args: string[], input: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull } });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out).toString('utf8').trim()) : reject(new Error(`git ${args[0]} exit ${code}`))));
    child.stdin.end(input);
  });
}

const blob = (repo: Repo, content: string | Buffer) => gitWithInput(repo.root, ['hash-object', '-w', '--stdin'], content);

/**
 * The tree `tree` with `lines` (in `git mktree` form: "mode type oid\tname") put into its folder
 * `at`; each replaces the entry of the same name, unless `keep` leaves that entry beside it.
 */
async function plant(repo: Repo, tree: string, at: string, lines: string[], keep = false): Promise<string> {
  const listing = (await git(repo.root, 'ls-tree', '-z', tree)).split('\0').filter((line) => line !== '');
  const name = (line: string) => line.slice(line.indexOf('\t') + 1);
  if (at === '') {
    const planted = new Set(lines.map(name));
    const kept = keep ? listing : listing.filter((line) => !planted.has(name(line)));
    return gitWithInput(repo.root, ['mktree', '-z'], [...kept, ...lines].map((line) => `${line}\0`).join(''));
  }
  const [head = '', ...rest] = at.split('/');
  const entry = listing.find((line) => name(line) === head);
  if (!entry) throw new Error(`no ${head} in ${tree}`);
  const inner = await plant(repo, entry.split(/\s+/)[2]!, rest.join('/'), lines, keep);
  return plant(repo, tree, '', [`040000 tree ${inner}\t${head}`]);
}

/** Tags a commit (child of v1) whose tree is v1's with `lines` planted into the folder `at`. */
async function hostileRevision(repo: Repo, tag: string, at: string, lines: string[], keep = false): Promise<void> {
  const tree = await plant(repo, (await git(repo.root, 'rev-parse', 'v1^{tree}')).trim(), at, lines, keep);
  const commit = (await git(repo.root, 'commit-tree', tree, '-p', 'v1', '-m', tag)).trim();
  await git(repo.root, 'tag', tag, commit);
}

function expectClearFailure(result: CliResult, code = 2): void {
  expect(result.code).toBe(code);
  expect(stackTraceLines(result.stderr)).toEqual([]);
  expect(result.stderr).not.toMatch(/interner Fehler|internal error/i);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
}

/** Every file below `dir` (relative paths), to see that a run left nothing behind. */
async function filesBelow(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}

const NOT_ALLOWED = 'dessen Name nicht erlaubt ist (leer, „.“, „..“, „.git“ oder mit „\\“)';

describe('hostile trees in a revision', () => {
  let repo: Repo;
  /** Where an escaping write would land; the repository is in a sibling folder. */
  let outside: string;
  let canary: string;
  const passwd = readFile('/etc/passwd', 'utf8').catch(() => 'root:x:0:0:root:/root:/bin/sh\n');

  beforeAll(async () => {
    repo = await makeRepo();
    outside = await tempDir('ihek-outside-');
    canary = path.join(outside, 'geschrieben.md');
    const chapter = await blob(repo, await repo.read('kapitel/02-benn.md'));
    const toCanary = await blob(repo, canary);
    const toPasswd = await blob(repo, '/etc/passwd');
    const upwards = await blob(repo, '../../x');
    const small = await blob(repo, '---\nid: boese\ntitle: Böse\n---\n\nText.\n');
    const dotTree = await gitWithInput(repo.root, ['mktree'], `100644 blob ${small}\tboese.md\n`);
    // A link first, then a file of the same name: written in that order, the file goes through the link.
    await hostileRevision(repo, 'link-then-file', 'projekt/kapitel', [`120000 blob ${toCanary}\t02-benn.md`, `100644 blob ${chapter}\t02-benn.md`]);
    await hostileRevision(repo, 'file-then-file', 'projekt/kapitel', [`100644 blob ${small}\t02-benn.md`], true);
    await hostileRevision(repo, 'chapter-to-passwd', 'projekt/kapitel', [`120000 blob ${toPasswd}\t02-benn.md`]);
    await hostileRevision(repo, 'image-to-passwd', 'projekt/bilder', [`120000 blob ${toPasswd}\tplan.svg`]);
    await hostileRevision(repo, 'folder-to-etc', 'projekt', [`120000 blob ${await blob(repo, '/etc')}\tdaten`]);
    await hostileRevision(repo, 'chapter-upwards', 'projekt/kapitel', [`120000 blob ${upwards}\t02-benn.md`]);
    await hostileRevision(repo, 'dot-dot', 'projekt', [`040000 tree ${dotTree}\t..`]);
    await hostileRevision(repo, 'dot', 'projekt/kapitel', [`040000 tree ${dotTree}\t.`]);
    await hostileRevision(repo, 'dot-git', 'projekt', [`040000 tree ${dotTree}\t.GIT`]);
    await hostileRevision(repo, 'file-and-folder', 'projekt', [`100644 blob ${small}\tkapitel`], true);
    const many = Array.from({ length: 100_001 }, (_, index) => `100644 blob ${small}\tnotiz-${index}.md`);
    await hostileRevision(repo, 'many-files', 'projekt', [`040000 tree ${await gitWithInput(repo.root, ['mktree'], `${many.join('\n')}\n`)}\tnotizen`]);
  });

  it('refuses a project folder of more than 100.000 files before reading any of them', async () => {
    const result = await runCli(['diff', 'v1', 'many-files'], { cwd: repo.dir });
    expectClearFailure(result);
    expect(result.stderr).toBe('ihek: Die Revision „many-files“ enthält mehr als 100.000 Dateien im Projektordner; so viele liest ihek nicht\n');
    expect(await filesBelow(outside)).toEqual([]);
  });

  it.each([
    ['link-then-file', 'projekt/kapitel/02-benn.md', 'der zweimal im selben Ordner steht'],
    ['file-then-file', 'projekt/kapitel/02-benn.md', 'der zweimal im selben Ordner steht'],
    ['dot-dot', 'projekt/../boese.md', NOT_ALLOWED],
    ['dot', 'projekt/kapitel/./boese.md', NOT_ALLOWED],
    ['dot-git', 'projekt/.GIT/boese.md', NOT_ALLOWED],
    ['file-and-folder', 'projekt/kapitel', 'der zugleich Datei und Ordner ist'],
  ])('refuses the revision %s in one line, exit 2, and writes nothing outside', async (tag, entry, reason) => {
    const before = await filesBelow(repo.root);
    const result = await runCli(['diff', 'v1', tag], { cwd: repo.dir });
    expectClearFailure(result);
    expect(result.stderr).toBe(
      `ihek: Die Revision „${tag}“ enthält den Eintrag „${entry}“, ${reason}; ihek liest diese Revision nicht (git fsck zeigt solche Einträge)\n`,
    );
    expect(await filesBelow(outside)).toEqual([]);
    expect(await filesBelow(repo.root)).toEqual(before);
  });

  it('never follows a link to a chapter: /etc/passwd is named as a link, its content appears nowhere', async () => {
    const result = await runCli(['diff', 'v1', 'chapter-to-passwd', '--html', path.join(outside, 'diff.html')], { cwd: repo.dir });
    expectClearFailure(result);
    expect(result.stderr).toBe(
      'ihek: Version „chapter-to-passwd“: ihek.yaml:17: kapitel/02-benn.md ist in der Revision ein symbolischer Link; Links aus Revisionen liest ihek nicht – die Datei selbst einchecken\n',
    );
    expect(await filesBelow(outside)).toEqual([]);
  });

  it('names a link that leads upwards (../../x) and a linked folder the same way', async () => {
    const upwards = await runCli(['diff', 'v1', 'chapter-upwards', '--lang', 'en'], { cwd: repo.dir });
    expectClearFailure(upwards);
    expect(upwards.stderr).toContain('ihek: version "chapter-upwards": ihek.yaml:17: kapitel/02-benn.md is a symbolic link in the revision;');
    const folder = await runCli(['diff', 'v1', 'folder-to-etc', '--lang', 'en'], { cwd: repo.dir });
    // Every data file the manifest names lies in the linked folder; each is named, all in one run.
    expect(folder.code).toBe(2);
    expect(stackTraceLines(folder.stderr)).toEqual([]);
    const lines = folder.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^ihek: version "folder-to-etc": ihek\.yaml:\d+: daten\/\S+ does not exist \(daten is a symbolic link in the revision;/);
    expect(lines[0]).toContain('daten/massnahmen.yaml');
  });

  it('shows an image that is a link to /etc/passwd as missing: not a byte of the file in the HTML or the text', async () => {
    const html = path.join(outside, 'bild.html');
    const result = await runCli(['diff', 'v1', 'image-to-passwd', '--html', html], { cwd: repo.dir });
    expect(stackTraceLines(result.stderr)).toEqual([]);
    expect(result.code).toBe(0);
    const page = await readFile(html, 'utf8');
    const secret = await passwd;
    const firstLine = secret.split('\n')[0]!;
    for (const text of [page, result.stdout, result.stderr]) {
      expect(text).not.toContain(firstLine);
      // As a data: URL the file would start with the base64 of its first bytes.
      expect(text).not.toContain(Buffer.from(secret.slice(0, 30)).toString('base64'));
    }
    expect(await filesBelow(outside)).toEqual(['bild.html']);
    await rm(html);
  });
});

describe('a blob that expands to 300 MB', () => {
  let repo: Repo;

  /** `ihek diff` as a child process, with its peak memory (resident set) in MB. */
  async function diffWithPeak(args: string[]): Promise<CliResult & { peakMb: number }> {
    const report = "process.on('exit',()=>process.stderr.write('peak '+process.resourceUsage().maxRSS+'\\n'))";
    const result = await spawnNode(['--import', `data:text/javascript,${encodeURIComponent(report)}`, binPath, 'diff', ...args], { cwd: repo.dir });
    const peaks = [...result.stderr.matchAll(/^peak (\d+)\n/gm)].map((match) => Number(match[1]) / 1024);
    expect(peaks.length).toBeGreaterThan(0);
    return { ...result, stderr: result.stderr.replace(/^peak \d+\n/gm, ''), peakMb: Math.max(...peaks) };
  }

  beforeAll(async () => {
    repo = await makeRepo();
    // 300 MB of zeros are a few hundred kilobytes in git: cheap to make, fatal to read whole.
    const huge = (await new Promise<string>((resolve, reject) => {
      const child = spawn('sh', ['-c', 'head -c 300M /dev/zero | git hash-object -w --stdin'], { cwd: repo.root });
      const out: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.on('error', reject);
      child.on('close', () => resolve(Buffer.concat(out).toString('utf8').trim()));
    }));
    expect(huge).toMatch(/^[0-9a-f]{40}$/);
    await hostileRevision(repo, 'unreferenced', 'projekt', [`100644 blob ${huge}\tnotizen.md`]);
    await hostileRevision(repo, 'referenced', 'projekt/kapitel', [`100644 blob ${huge}\t02-benn.md`]);
  }, 120_000);

  it('is not read when nothing references it: the diff runs as usual in bounded memory', async () => {
    const result = await diffWithPeak(['v1', 'unreferenced']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Keine Änderungen');
    expect(result.peakMb).toBeLessThan(250);
  });

  it('is refused by its size, before it is read, when a chapter is that blob', async () => {
    const result = await diffWithPeak(['v1', 'referenced']);
    expectClearFailure(result);
    expect(result.stderr).toBe(
      'ihek: Version „referenced“: ihek.yaml:17: kapitel/02-benn.md ist in der Revision größer als 20 MB\n',
    );
    expect(result.peakMb).toBeLessThan(250);
  });
});

describe('a name that is a folder and a revision at once', () => {
  let repo: Repo;

  beforeAll(async () => {
    repo = await makeRepo();
    await git(repo.root, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    await repo.change('text-change');
    await repo.commit('v2');
    // A copy of the project as it is now, in a folder named like the remote branch.
    await mkdir(path.join(repo.root, 'origin'));
    await cp(repo.dir, path.join(repo.root, 'origin', 'main'), { recursive: true });
  });

  it('is refused with exit 2 and a message saying how to name either', async () => {
    const result = await runCli(['diff', 'origin/main', '--dir', 'projekt'], { cwd: repo.root });
    expectClearFailure(result);
    expect(result.stderr).toBe(
      'ihek: „origin/main“ ist sowohl ein Ordner als auch eine git-Revision; für den Ordner ./origin/main schreiben, für die Revision refs/remotes/origin/main\n',
    );
  });

  it('./origin/main is the folder, refs/remotes/origin/main the revision', async () => {
    const folder = await runCli(['diff', './origin/main', 'projekt', '--exit-code'], { cwd: repo.root });
    expect(folder.stderr).toBe('');
    expect(folder.code).toBe(0); // the folder is a copy of the working tree
    const revision = await runCli(['diff', 'refs/remotes/origin/main', '--dir', 'projekt', '--exit-code'], { cwd: repo.root });
    expect(revision.stderr).toBe('');
    expect(revision.code).toBe(1); // the branch is v1, the working tree has the changed wording
  });
});

describe('a repository whose configuration names commands', () => {
  let canaries: string;
  let root: string;
  let projectDir: string;

  beforeAll(async () => {
    canaries = await tempDir('ihek-canaries-');
    const project = await finalProject();
    root = project.parent;
    projectDir = project.dir;
    await commitAll(root);
    await git(root, 'tag', 'v1');
    const script = async (name: string, body: string) => {
      const file = path.join(canaries, `${name}.sh`);
      await writeFile(file, `#!/bin/sh\n${body}\n`);
      await chmod(file, 0o755);
      return file;
    };
    await git(root, 'config', 'core.fsmonitor', await script('fsmonitor', `touch '${canaries}/fsmonitor-ran'`));
    await git(root, 'config', 'filter.boese.clean', `${await script('filter', `touch '${canaries}/filter-ran'`)}; cat`);
    await git(root, 'config', 'filter.boese.process', await script('filter-process', `touch '${canaries}/filter-process-ran'`));
    await writeFile(path.join(root, '.gitattributes'), '*.md filter=boese\n');
    const hooks = ['pre-commit', 'post-checkout', 'post-index-change', 'reference-transaction', 'pre-auto-gc', 'post-rewrite'];
    for (const hook of hooks) {
      const file = path.join(root, '.git', 'hooks', hook);
      await writeFile(file, `#!/bin/sh\ntouch '${canaries}/hook-${hook}-ran'\n`);
      await chmod(file, 0o755);
    }
    // The repository does run them when asked plainly: a test that cannot fail proves nothing.
    // A changed time makes git look at the chapters' content (through the clean filter); without
    // optional locks it does not note that in the index, so the next status looks again.
    const later = new Date(Date.now() + 60_000);
    for (const file of ['kapitel/01-einleitung.md', 'kapitel/02-benn.md']) await utimes(path.join(projectDir, file), later, later);
    // (git then fails: the filter does not speak git's protocol; what counts is that it ran.)
    await git(root, '--no-optional-locks', 'status', '--porcelain').catch(() => '');
    const ran = await readdir(canaries);
    expect(ran).toContain('fsmonitor-ran');
    expect(ran.some((name) => name.startsWith('filter'))).toBe(true);
    for (const name of ran.filter((file) => file.endsWith('-ran'))) await rm(path.join(canaries, name));
  });

  it('ihek diff runs none of them', async () => {
    const result = await runCli(['diff', 'v1', '--dir', 'projekt'], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await readdir(canaries)).filter((name) => name.endsWith('-ran'))).toEqual([]);
  });

  it('ihek release runs none of them', async () => {
    const result = await runCli(['release', projectDir], { cwd: root, env: { SOURCE_DATE_EPOCH: '1743501600' } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await readdir(canaries)).filter((name) => name.endsWith('-ran'))).toEqual([]);
  });
});

describe('a partial clone whose configuration names a command to fetch with', () => {
  let repo: Repo;
  let canary: string;

  beforeAll(async () => {
    repo = await makeRepo();
    const scripts = await tempDir('ihek-canaries-');
    canary = path.join(scripts, 'ssh-ran');
    const ssh = path.join(scripts, 'ssh.sh');
    await writeFile(ssh, `#!/bin/sh\ntouch '${canary}'\nexit 1\n`);
    await chmod(ssh, 0o755);
    for (const [key, value] of [
      ['core.repositoryformatversion', '1'],
      ['extensions.partialClone', 'origin'],
      ['remote.origin.url', 'ssh://example.invalid/ihek.git'],
      ['remote.origin.promisor', 'true'],
      ['core.sshCommand', ssh],
    ]) {
      await git(repo.root, 'config', key, value!);
    }
    // A chapter whose content the clone does not have: git would fetch it from the promisor remote.
    const missing = '1'.repeat(40);
    const listing = (await git(repo.root, 'ls-tree', 'v1:projekt/kapitel')).trim().split('\n');
    const merged = await gitWithInput(repo.root, ['mktree', '--missing'], `${[...listing.filter((line) => !line.endsWith('\t02-benn.md')), `100644 blob ${missing}\t02-benn.md`].join('\n')}\n`);
    await hostileRevision(repo, 'missing-blob', 'projekt', [`040000 tree ${merged}\tkapitel`]);
    // Asked plainly, git does run the command.
    await git(repo.root, 'cat-file', '-p', missing).catch(() => '');
    expect(await readdir(scripts)).toContain('ssh-ran');
    await rm(canary);
  });

  it('never fetches: the chapter is named as missing, exit 2, and the command does not run', async () => {
    const result = await runCli(['diff', 'v1', 'missing-blob'], { cwd: repo.dir });
    expectClearFailure(result);
    expect(result.stderr).toBe(
      'ihek: Version „missing-blob“: ihek.yaml:17: kapitel/02-benn.md fehlt im Repository (git hat den Inhalt nicht; ein unvollständiger Klon?)\n',
    );
    expect(await readdir(path.dirname(canary))).not.toContain('ssh-ran');
  });
});
