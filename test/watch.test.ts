import { cp, readFile, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/api/build.js';
import { IhekError } from '../src/errors.js';
import { IncrementalBuilder, type BuiltPage, type RebuildResult } from '../src/watch/incremental-build.js';
import { planUpdate } from '../src/watch/page-update.js';
import { composePage, PREVIEW_CSP } from '../src/watch/preview-page.js';
import { FolderWatcher, isEditorNoise } from '../src/watch/watch-files.js';
import { watchProject, type WatchBuildEvent, type WatchHandle } from '../src/watch/watch-project.js';
import { runCli } from './support/cli.js';
import { exampleDir, makeProject, tempDir } from './support/fixture.js';

/** A real Chromium: the one CI installs (Debian's), or IHEK_TEST_BROWSER. */
const browserPath = process.env.IHEK_TEST_BROWSER ?? '/usr/bin/chromium';

async function exampleCopy(): Promise<string> {
  const dir = path.join(await tempDir(), 'content');
  await cp(exampleDir, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
  return dir;
}

async function edit(file: string, change: (text: string) => string): Promise<void> {
  await writeFile(file, change(await readFile(file, 'utf8')));
}

function status(url: string, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = get(url, { headers: host ? { host } : {} }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
  });
}

function built(result: RebuildResult): BuiltPage {
  if (!result.ok) throw new Error(`build failed: ${result.error.text.en}`);
  return result;
}

/** Whether the page's body is what loading the page afresh gives (the patches left nothing out). */
async function sameAsFreshLoad(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const html = await (await fetch('/')).text();
    // (White space after </body> lands in the body when a page is parsed; a patch has none.)
    return new DOMParser().parseFromString(html, 'text/html').body.innerHTML.trimEnd() === document.body.innerHTML.trimEnd();
  });
}

describe('ihek watch in a real browser', () => {
  let dir: string;
  let browser: Browser;
  let page: Page;
  let handle: WatchHandle;
  const events: WatchBuildEvent[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    dir = await exampleCopy();
    handle = await watchProject({ dir, port: 0, debounceMs: 30, onBuild: (event) => events.push(event) });
    browser = await puppeteer.launch({
      executablePath: browserPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.goto(handle.url);
  });

  afterAll(async () => {
    await browser?.close();
    await handle?.close();
  });

  it('serves the built page with a relaxed policy that lets in only its own script and event stream', async () => {
    expect(await page.title()).toContain('Integriertes Handlungs- und Entwicklungskonzept');
    const csp = await page.$$eval('meta[http-equiv="Content-Security-Policy"]', (metas) => metas.map((m) => m.getAttribute('content')));
    expect(csp).toEqual([PREVIEW_CSP]);
    expect(PREVIEW_CSP).toContain("script-src 'self'");
    expect(PREVIEW_CSP).toContain("connect-src 'self'");
    expect(await page.$$eval('script', (scripts) => scripts.map((s) => s.getAttribute('src')))).toEqual(['/__ihek/live.js']);
    // The built file keeps its strict policy and has no script at all.
    const out = await tempDir();
    await build({ dir, out, formats: ['html'] });
    const file = await readFile(path.join(out, 'ihek.html'), 'utf8');
    expect(file).toContain('content="default-src \'none\';');
    expect(file).not.toMatch(/<script/i);
    expect(events[0]).toMatchObject({ update: 'reload', trigger: [] });
  });

  it('shows an edited paragraph without reloading the page, keeping the scroll position', async () => {
    await page.evaluate(() => {
      (window as unknown as { keep: string }).keep = 'dieselbe Seite';
      window.scrollTo(0, 1500);
    });
    const started = Date.now();
    await edit(path.join(dir, 'kapitel/03-leitbild.md'), (text) => `${text}\nIm Test ergänzt: ein Satz über den Wasserturm am Kiezrand.\n`);
    await page.waitForFunction(() => document.querySelector('#leitbild')?.closest('section')?.textContent?.includes('Wasserturm am Kiezrand'), { timeout: 15_000, polling: 20 });
    const visibleAfter = Date.now() - started;
    expect(visibleAfter).toBeLessThan(10_000);
    expect(await page.evaluate(() => [(window as unknown as { keep?: string }).keep, window.scrollY])).toEqual(['dieselbe Seite', 1500]);
    await handle.idle();
    const last = events.at(-1)!;
    expect(last.update).toBe('patch');
    expect(last.changedChapters).toEqual(['leitbild']);
    expect(await sameAsFreshLoad(page)).toBe(true);
    expect(last.result.ok && last.result.stats.parsed).toBe(1);
  });

  it('updates the contents around the chapters in place when a new heading appears', async () => {
    await page.evaluate(() => {
      (window as unknown as { keep: string }).keep = 'dieselbe Seite';
      window.scrollTo(0, 1500);
    });
    await edit(path.join(dir, 'kapitel/03-leitbild.md'), (text) => `${text}\n## Ein neuer Abschnitt aus dem Test\n\nMit etwas Text.\n`);
    await page.waitForFunction(() => [...document.querySelectorAll('nav a')].some((a) => a.textContent?.includes('Ein neuer Abschnitt aus dem Test')), { timeout: 15_000, polling: 50 });
    expect(await page.evaluate(() => [(window as unknown as { keep?: string }).keep, window.scrollY])).toEqual(['dieselbe Seite', 1500]);
    expect(await page.$eval('#leitbild-ein-neuer-abschnitt-aus-dem-test', (h) => h.textContent)).toBe('3.4 Ein neuer Abschnitt aus dem Test');
    expect(await sameAsFreshLoad(page)).toBe(true);
    await handle.idle();
    expect(events.at(-1)).toMatchObject({ update: 'patch', changedChapters: ['leitbild'] });
  });

  it('updates the head in place when a chapter title changes (it is in the print rules)', async () => {
    await page.evaluate(() => {
      (window as unknown as { keep: string }).keep = 'dieselbe Seite';
      window.scrollTo(0, 1500);
    });
    await edit(path.join(dir, 'kapitel/04-bilanz.md'), (text) => text.replace(/^title: .*$/m, 'title: Bilanz der Jahre bis heute'));
    await page.waitForFunction(() => document.querySelector('#bilanz')?.textContent?.includes('Bilanz der Jahre bis heute'), { timeout: 15_000, polling: 50 });
    expect(await page.evaluate(() => [(window as unknown as { keep?: string }).keep, window.scrollY])).toEqual(['dieselbe Seite', 1500]);
    expect(await page.$eval('style[media="print"]', (style) => style.textContent)).toContain('"4 Bilanz der Jahre bis heute"');
    expect(await sameAsFreshLoad(page)).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(1);
    await handle.idle();
    // Chapters whose cross-references name the chapter show the new title too.
    expect(events.at(-1)).toMatchObject({ update: 'patch', changedChapters: ['leitbild', 'bilanz', 'beteiligung-prozess'] });
    expect(await page.$eval('#leitbild', (h) => h.closest('section')?.textContent)).toContain('Bilanz der Jahre bis heute');
  });

  it('reloads when the document language changes, and keeps the place', async () => {
    await page.evaluate(() => {
      (window as unknown as { keep: string }).keep = 'dieselbe Seite';
      window.scrollTo(0, 1500);
    });
    const manifest = path.join(dir, 'ihek.yaml');
    const good = await readFile(manifest, 'utf8');
    await writeFile(manifest, good.replace(/^lang: de /m, 'lang: en '));
    await page.waitForFunction(() => document.documentElement.lang === 'en', { timeout: 15_000, polling: 50 });
    await page.waitForFunction(() => window.scrollY > 0, { timeout: 5_000 });
    const [keep, scrollY] = await page.evaluate(() => [(window as unknown as { keep?: string }).keep ?? 'neu geladen', window.scrollY] as const);
    expect(keep).toBe('neu geladen');
    // Back at the place (give or take what fonts and the English labels move).
    expect(Math.abs(scrollY - 1500)).toBeLessThan(300);
    await handle.idle();
    expect(events.at(-1)?.update).toBe('reload');
    await writeFile(manifest, good);
    await page.waitForFunction(() => document.documentElement.lang === 'de', { timeout: 15_000, polling: 50 });
    await handle.idle();
  });

  it('shows a broken chapter\'s findings in a banner while the server keeps running, and drops it when fixed', async () => {
    const file = path.join(dir, 'kapitel/04-bilanz.md');
    const good = await readFile(file, 'utf8');
    await writeFile(file, `${good}\nDas Gebiet {{gibtsnicht}} wächst.\n`);
    const banner = await page.waitForSelector('#ihek-preview-banner', { timeout: 15_000 });
    const text = await banner!.evaluate((el) => el.textContent ?? '');
    expect(text).toContain('ihek check: 1 Fehler');
    expect(text).toMatch(/kapitel\/04-bilanz\.md:\d+:\d+/);
    expect(text).toContain('(template-expression)');
    expect(await status(handle.url)).toBe(200);
    await handle.idle();
    const failed = events.at(-1)!;
    expect(failed.result.ok && failed.result.diagnostics.map((d) => [d.file, d.rule])).toEqual([['kapitel/04-bilanz.md', 'template-expression']]);
    await writeFile(file, good);
    await page.waitForSelector('#ihek-preview-banner', { hidden: true, timeout: 15_000 });
  });

  it('keeps the last page up with a banner when the project cannot be loaded at all', async () => {
    const manifest = path.join(dir, 'ihek.yaml');
    const good = await readFile(manifest, 'utf8');
    await writeFile(manifest, good.replace('period: { from: 2025, to: 2027 }', 'period: { from: 2025, to: 2027'));
    const banner = await page.waitForSelector('#ihek-preview-banner', { timeout: 15_000 });
    expect(await banner!.evaluate((el) => el.textContent ?? '')).toMatch(/Das Projekt lässt sich nicht erzeugen.*ihek\.yaml:\d+.*YAML/s);
    expect(await page.evaluate(() => document.body.textContent?.includes('Wasserturm am Kiezrand'))).toBe(true);
    await handle.idle();
    expect(events.at(-1)?.result.ok).toBe(false);
    await writeFile(manifest, good);
    await page.waitForSelector('#ihek-preview-banner', { hidden: true, timeout: 15_000 });
    expect(await page.evaluate(() => document.body.textContent?.includes('Wasserturm am Kiezrand'))).toBe(true);
  });

  it('recovers from a chapter whose front matter is broken once it is fixed', async () => {
    const file = path.join(dir, 'kapitel/05-hf1-integration-nachbarschaft.md');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace('type: handlungsfeld', 'type: [handlungsfeld'));
    const banner = await page.waitForSelector('#ihek-preview-banner', { timeout: 15_000 });
    expect(await banner!.evaluate((el) => el.textContent ?? '')).toMatch(/Ausblendenkapitel\/05-hf1-integration-nachbarschaft\.md:\d+: YAML-Syntaxfehler/);
    await writeFile(file, good.replace('Orte der Begegnung:', 'Orte der Begegnung (geprüft):'));
    await page.waitForSelector('#ihek-preview-banner', { hidden: true, timeout: 15_000 });
    await page.waitForFunction(() => document.querySelector('#hf1')?.closest('section')?.textContent?.includes('Orte der Begegnung (geprüft):'), { timeout: 15_000 });
  });

  it('left no script or policy errors in the page', () => {
    expect(problems).toEqual([]);
  });
});

describe('the preview server', () => {
  it('answers only requests addressed to 127.0.0.1 or localhost, and nothing but the page, script and events', async () => {
    const handle = await watchProject({ dir: await exampleCopy(), port: 0 });
    try {
      expect(handle.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(await status(handle.url)).toBe(200);
      expect(await status(`${handle.url}__ihek/live.js`)).toBe(200);
      expect(await status(`${handle.url}kapitel/01-einleitung.md`)).toBe(404);
      expect(await status(`${handle.url}../ihek.yaml`)).toBe(404);
      expect(await status(handle.url, 'evil.example')).toBe(403);
      expect(await status(handle.url, `localhost:${handle.port}`)).toBe(200);
    } finally {
      await handle.close();
    }
  });

  it('starts with a project that does not load yet, shows why, and the document once it is fixed', async () => {
    const dir = await exampleCopy();
    const manifest = path.join(dir, 'ihek.yaml');
    const good = await readFile(manifest, 'utf8');
    await writeFile(manifest, good.replace('area: Kosmosviertel', 'area: [Kosmosviertel'));
    const events: WatchBuildEvent[] = [];
    const handle = await watchProject({ dir, port: 0, debounceMs: 20, onBuild: (event) => events.push(event) });
    try {
      const text = async () => {
        const response = await fetch(handle.url);
        return response.text();
      };
      expect(events.map((e) => [e.result.ok, e.update])).toEqual([[false, 'reload']]);
      expect(await text()).toMatch(/ihek\.yaml:\d+: YAML-Syntaxfehler/);
      await writeFile(manifest, good);
      for (let i = 0; i < 200 && !events.at(-1)?.result.ok; i++) await new Promise((resolve) => setTimeout(resolve, 25));
      await handle.idle();
      expect(events.at(-1)).toMatchObject({ update: 'reload' });
      expect(await text()).toContain('<h1 id="einleitung">');
    } finally {
      await handle.close();
    }
  });

  it('says so and exits with code 2 when the port is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const dir = await exampleCopy();
      const error = await watchProject({ dir, port }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IhekError);
      expect((error as IhekError).exitCode).toBe(2);
      const german = await runCli(['watch', dir, '--port', String(port)], { cwd: dir });
      expect(german).toEqual({
        code: 2,
        stdout: '',
        stderr: `ihek: Port ${port} ist schon belegt (läuft ihek watch schon?); einen anderen wählen: ihek watch --port ${port + 1}\n`,
      });
      const english = await runCli(['watch', dir, '--port', String(port), '--lang', 'en'], { cwd: dir });
      expect(english.stderr).toBe(`ihek: port ${port} is already in use (is ihek watch running already?); choose another: ihek watch --port ${port + 1}\n`);
      expect((await runCli(['watch', dir, '--port', 'x'], { cwd: dir })).stderr).toBe('ihek: --port braucht eine ganze Zahl von 0 bis 65535, nicht „x“\n');
      const empty = await tempDir();
      expect(await runCli(['watch', '.', '--port', '0'], { cwd: empty })).toEqual({ code: 2, stdout: '', stderr: 'ihek: In . gibt es keine ihek.yaml\n' });
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('closes cleanly: no server, no watcher, no timer left', async () => {
    const count = (kind: string) => process.getActiveResourcesInfo().filter((r) => r === kind).length;
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
    await settle(); // servers of earlier tests finish closing
    const before = { watchers: count('FSEventWrap'), servers: count('TCPServerWrap') };
    const handle = await watchProject({ dir: await exampleCopy(), port: 0 });
    expect(handle.folders().length).toBeGreaterThan(2);
    expect(count('FSEventWrap')).toBeGreaterThan(before.watchers);
    const url = handle.url;
    await handle.close();
    expect(handle.folders()).toEqual([]);
    await settle(); // the event loop releases closed handles on its next turn
    expect({ watchers: count('FSEventWrap'), servers: count('TCPServerWrap') }).toEqual(before);
    await expect(status(url)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

describe('incremental rebuilds', () => {
  it('give the same page as a full build, re-parsing only the chapters that changed', async () => {
    const dir = await exampleCopy();
    const builder = new IncrementalBuilder({ dir });
    const out = await tempDir();
    const fullBuild = async () => {
      await build({ dir, out, formats: ['html'], noCheck: true });
      return readFile(path.join(out, 'ihek.html'), 'utf8');
    };
    const first = built(await builder.rebuild());
    expect(first.stats).toMatchObject({ parsed: 13, rendered: 13, chapters: 13 });
    expect(composePage(first.frame, first.chapters, first.fontCss)).toBe(await fullBuild());

    // Text only: one chapter parsed and rendered again.
    const leitbild = path.join(dir, 'kapitel/03-leitbild.md');
    await edit(leitbild, (text) => `${text}\nEin ergänzter Satz.\n`);
    const second = built(await builder.rebuild([leitbild]));
    expect(second.stats).toMatchObject({ parsed: 1, rendered: 1 });
    expect(composePage(second.frame, second.chapters, second.fontCss)).toBe(await fullBuild());

    // A new section in chapter 2: numbers after it move, links into chapter 2 elsewhere get new labels.
    const gebiet = path.join(dir, 'kapitel/02-gebiet.md');
    await edit(gebiet, (text) => text.replace('## Bevölkerungsstruktur und soziale Indikatoren', '## Lage im Stadtraum\n\nEin neuer erster Abschnitt.\n\n## Bevölkerungsstruktur und soziale Indikatoren'));
    const third = built(await builder.rebuild([gebiet]));
    expect(third.stats.parsed).toBe(1);
    expect(third.stats.rendered).toBeGreaterThan(1);
    expect(composePage(third.frame, third.chapters, third.fontCss)).toBe(await fullBuild());

    // A figure caption and a cross-reference target renamed, a chapter title changed.
    const klima = path.join(dir, 'kapitel/10-klima.md');
    await edit(klima, (text) => text.replace(/^title: .*$/m, 'title: Klima im Kiez'));
    await edit(gebiet, (text) => text.replace('## Akteurs- und Kooperationsstrukturen', '## Akteure'));
    const fourth = built(await builder.rebuild([klima, gebiet]));
    // Only gebiet's body changed; klima's title is front matter, its body is the parse it was.
    expect(fourth.stats.parsed).toBe(1);
    expect(fourth.chapters.find((c) => c.id === 'klima')?.html).toContain('Klima im Kiez');
    expect(composePage(fourth.frame, fourth.chapters, fourth.fontCss)).toBe(await fullBuild());
    expect(fourth.diagnostics).toEqual((await build({ dir, out, formats: ['html'] })).diagnostics);

    // Data: every chapter with {{…}} sees the change.
    const measures = path.join(dir, 'daten/massnahmen.yaml');
    await edit(measures, (text) => text.replace('8000', '8500'));
    const fifth = built(await builder.rebuild([measures]));
    expect(composePage(fifth.frame, fifth.chapters, fifth.fontCss)).toBe(await fullBuild());

    // A file in a watched folder that the project does not use: nothing to do.
    const sixth = built(await builder.rebuild([path.join(dir, 'kapitel/entwurf-notizen.md')]));
    expect(sixth.stats).toMatchObject({ parsed: 0, rendered: 0 });
    expect(sixth.frame).toBe(fifth.frame);
  });

  it('report the same findings as ihek check', async () => {
    const dir = await exampleCopy();
    const builder = new IncrementalBuilder({ dir });
    built(await builder.rebuild());
    const einleitung = path.join(dir, 'kapitel/01-einleitung.md');
    await edit(einleitung, (text) => `${text}\nSiehe [](#gibt-es-nicht). Das ABC-Team kommt TODO.\n`);
    const result = built(await builder.rebuild([einleitung]));
    const checked = await runCli(['check', dir, '--format', 'json'], { cwd: dir });
    const expected = JSON.parse(checked.stdout) as { diagnostics: Array<{ file: string; line: number; rule: string }> };
    expect(result.diagnostics.map((d) => [d.file, d.line, d.rule])).toEqual(expected.diagnostics.map((d) => [d.file, d.line, d.rule]));
    expect(result.diagnostics.map((d) => d.rule).sort()).toEqual(['abbreviation-missing', 'broken-link', 'placeholder']);
  });
});

describe('planUpdate', () => {
  const page = (title: string, body: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body class="x">${body}</body></html>`;
  const chapters = (...html: string[]) => html.map((h, i) => ({ id: `k${i}`, kind: 'chapter' as const, html: h }));
  it('reloads for a new head, swaps chapters in place, re-sends the body when the frame changed', () => {
    const before = { frame: page('A', '<nav>1</nav><!--ihek-chapter:0--><!--ihek-chapter:1-->'), chapters: chapters('<p>a</p>', '<p>b</p>') };
    expect(planUpdate(undefined, before).kind).toBe('reload');
    expect(planUpdate(before, { ...before, frame: page('B', '<nav>1</nav><!--ihek-chapter:0--><!--ihek-chapter:1-->') })).toEqual({
      kind: 'patch',
      head: true,
      body: null,
      slots: [{ reuse: 0 }, { reuse: 1 }],
      changed: [],
    });
    expect(planUpdate(before, { ...before, frame: before.frame.replace('<body class="x">', '<body class="y">') }).kind).toBe('reload');
    expect(planUpdate(before, before)).toEqual({ kind: 'none' });
    expect(planUpdate(before, { ...before, chapters: chapters('<p>a</p>', '<p>c</p>') })).toEqual({
      kind: 'patch',
      head: false,
      body: null,
      slots: [{ reuse: 0 }, { html: '<p>c</p>' }],
      changed: ['k1'],
    });
    const contents = { ...before, frame: before.frame.replace('<nav>1</nav>', '<nav>1.1</nav>'), chapters: chapters('<h2>neu</h2>', '<p>b</p>') };
    expect(planUpdate(before, contents)).toEqual({
      kind: 'patch',
      head: false,
      body: '<nav>1.1</nav><!--ihek-chapter:0--><!--ihek-chapter:1-->',
      slots: [{ html: '<h2>neu</h2>' }, { reuse: 1 }],
      changed: ['k0'],
    });
    const added = { frame: page('A', '<nav>2</nav><!--ihek-chapter:0--><!--ihek-chapter:1--><!--ihek-chapter:2-->'), chapters: [{ id: 'neu', kind: 'chapter' as const, html: '<p>n</p>' }, ...before.chapters] };
    expect(planUpdate(before, added).kind).toBe('reload');
    expect(planUpdate(before, { ...before, chapters: [...before.chapters].reverse() }).kind).toBe('reload');
  });
});

describe('the folder watcher', () => {
  it('ignores the files editors write while saving', () => {
    for (const name of ['.02-gebiet.md.swp', '02-gebiet.md~', '4913', '.#02-gebiet.md', '#02-gebiet.md#', '.ihek.yaml.1234.abcd.tmp', '02-gebiet.md___jb_tmp___', '02-gebiet.md___jb_old___', '02-gebiet.md.kate-swp', '02-gebiet.md.crswap', '~$bericht.docx', '.~lock.bericht.docx#']) expect(isEditorNoise(name), name).toBe(true);
    for (const name of ['02-gebiet.md', 'ihek.yaml', 'lage.svg']) expect(isEditorNoise(name), name).toBe(false);
  });

  it('opens no watcher once closed, also when closed while it looks at the files (Ctrl-C during a rebuild)', async () => {
    const project = await makeProject();
    const watcher = new FolderWatcher(() => undefined);
    await watcher.watchFiles([project.path('ihek.yaml')]);
    expect(watcher.folders).toEqual([project.dir]);
    // The rebuild renews the watched folders; Ctrl-C closes the watcher before that is done.
    const renewing = watcher.watchFiles([project.path('ihek.yaml'), project.path('kapitel/01-einleitung.md')]);
    watcher.close();
    await renewing;
    expect(watcher.folders).toEqual([]);
  });
});
