import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, stackTraceLines } from './support/cli.js';
import { removeTempDirs, tempDir } from './support/fixture.js';
import { makeRepo } from './support/git-repo.js';
import { firstPageWith, linksOn, loadPdf, normalise, pageTexts, pageWords, pdfInfo, readOutline, tmpFilesIn, wordsIn } from './support/pdf.js';

afterAll(removeTempDirs);

/**
 * `ihek diff --pdf`: the marked new version printed by the same Chromium as `ihek build --pdf`,
 * read back as a reader reads it — its text, the pages the overview's links lead to, its bookmarks.
 */
describe('ihek diff --pdf', () => {
  it('prints the marked new version with the overview first, its links leading to the pages of the changes', async () => {
    const repo = await makeRepo();
    await repo.change(['text-change', 'amount-change', 'removed-section', 'manifest-change']);
    const out = await tempDir();
    const pdfFile = path.join(out, 'aenderungen.pdf');
    const htmlFile = path.join(out, 'aenderungen.html');
    const result = await runCli(['diff', 'v1', '--stat', '--html', htmlFile, '--pdf', pdfFile], { cwd: repo.dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^ Kapitel 1 Einleitung/);
    expect(result.stderr).toBe(`geschrieben: ${htmlFile}\ngeschrieben: ${pdfFile}\n`);
    await expect(access(htmlFile)).resolves.toBeUndefined();
    expect(await tmpFilesIn(out)).toEqual([]);

    const pages = await pageTexts(pdfFile);
    const bodies = pages.map(normalise);
    // The overview is page 1, the cover follows it.
    expect(bodies[0]).toContain('Änderungsübersicht Vergleich: v1 (');
    expect(bodies[0]).toContain('→ Arbeitsverzeichnis');
    expect(bodies[0]).toContain('2.1 Ziele – geändert … Musterkiez hat 20.000 € im Jahr für Mütter und Väter.[1]');
    // A replaced number reads as old and new, not as one number.
    expect(bodies[0]).toContain('| 6.000 7.000 € |');
    expect(bodies[0]).toContain('version 0.9.0 1.0.0');
    expect(bodies[1]).toContain('Testkonzept Musterkiez');

    // The changes stand in the document: inserted words, deleted ones next to their replacement,
    // the removed section where it was.
    const ziele = firstPageWith(pages, 'für Mütter und Väter', 3)!;
    const massnahmen = firstPageWith(pages, 'Insgesamt sind 27.000 28.000 € verplant', 3)!;
    const lage = firstPageWith(pages, 'Entfernter Abschnitt 1.2 Lage', 3)!;
    expect(ziele).toBeGreaterThan(2);
    expect(massnahmen).toBeGreaterThan(2);
    expect(bodies[lage - 1]).toContain('Kennzahlen des Gebiets');

    // Every link of the overview leads to a page of this document; the one of a change to its page.
    const doc = await loadPdf(pdfFile);
    const words = (await pageWords(pdfFile))[0]!.words;
    const links = linksOn(doc, 1).map((link) => ({ ...link, text: wordsIn(words, link.rect).map((w) => w.text).join(' ') }));
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const link of links) expect(link.page, link.text).toBeDefined();
    const target = (text: string) => links.find((link) => link.text === text)?.page;
    expect(target('2.1 Ziele')).toBe(ziele);
    expect(target('2.2 Maßnahmen')).toBe(massnahmen);
    expect(target('1.2 Lage')).toBe(lage);
    const contents = firstPageWith(pages, 'Inhaltsverzeichnis 1 Einleitung', 2)!;
    expect(target('Weiter zum Inhaltsverzeichnis des Dokuments')).toBe(contents);

    // Bookmarks: the overview, then the document's own, each on its page.
    const outline = readOutline(doc);
    expect(outline.slice(0, 3).map((b) => [b.title, b.page])).toEqual([
      ['Änderungsübersicht', 1],
      ['Inhaltsverzeichnis', contents],
      ['1 Einleitung', firstPageWith(pages, '1 Einleitung', contents + 1)],
    ]);
    expect(outline.find((b) => b.title === '2.1 Ziele')?.page).toBe(ziele);

    const info = await pdfInfo(pdfFile);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toMatch(/^Änderungen v1 \([0-9a-f]{7}\) → Arbeitsverzeichnis: Testkonzept Musterkiez/);
    expect(info.Producer).toMatch(/Chromium/);
  });

  it('without a browser: exit 3 with the message of ihek build, the report and the HTML written, no PDF', async () => {
    const repo = await makeRepo();
    await repo.change('text-change');
    const out = await tempDir();
    const pdfFile = path.join(out, 'aenderungen.pdf');
    const htmlFile = path.join(out, 'aenderungen.html');
    const result = await runCli(['diff', 'v1', '--html', htmlFile, '--pdf', pdfFile, '--browser', '/nonexistent/chrome'], { cwd: repo.dir });
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('{+für Mütter und Väter+}');
    expect(result.stderr).toBe(
      `geschrieben: ${htmlFile}\nihek: Der Browser aus --browser (/nonexistent/chrome) ist nicht vorhanden oder nicht ausführbar\n`,
    );
    expect(stackTraceLines(result.stderr)).toEqual([]);
    expect(await readFile(htmlFile, 'utf8')).toContain('Änderungsübersicht');
    await expect(access(pdfFile)).rejects.toThrow();
    expect(await tmpFilesIn(out)).toEqual([]);

    // A bad --timeout is a usage error before anything is compared.
    const timeout = await runCli(['diff', 'v1', '--pdf', pdfFile, '--timeout', '0'], { cwd: repo.dir });
    expect(timeout.code).toBe(2);
    expect(timeout.stderr).toContain('--timeout');
  });
});
