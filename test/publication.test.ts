import { execFile, execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../src/api/build.js';
import { runCli, type JsonDiagnostic } from './support/cli.js';
import { makeProject, removeTempDirs, tempDir, type ProjectSetup } from './support/fixture.js';
import { attr, parseHtml, select, selectAll, textOf } from './support/html.js';
import { mm, pageTexts, pageWords, normalise } from './support/pdf.js';

const run = promisify(execFile);

afterAll(removeTempDirs);

const FUNDING = 'Gefördert im Rahmen des Städtebauförderungsprogramms „Sozialer Zusammenhalt“ durch den Bund und das Land Berlin.';

/** A small PNG of one colour with a word on it: a funder's logo as an office gets it. */
function logoPng(colour: string): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80"><rect width="240" height="80" fill="${colour}"/><rect x="20" y="20" width="60" height="40" fill="#fff"/></svg>`;
  return new Resvg(svg).render().asPng();
}

const PUBLICATION = `
cover:
  image: { file: bilder/plan.svg, alt: "Plan des Musterkiezes" }
funding:
  text: "${FUNDING.replace(/"/g, '\\"')}"
  logos:
    - { file: bilder/logo-bund.png, alt: "Logo Bund" }
    - { file: bilder/logo-land.png, alt: "Logo Land" }
imprint:
  publisher: Bezirksamt Mitte
  address: |-
    QM-Büro Musterkiez
    Musterstraße 1
    10115 Berlin
  contact: qm@example.org
  responsible: Erika Muster
  photoCredits: "Titelbild: QM-Team"
  design: Büro Gestaltung
`;

/** The minimal project with `yaml` appended to its ihek.yaml and the two logos beside the plan. */
function withManifest(yaml: string, extra: ProjectSetup = {}): ProjectSetup {
  return {
    ...extra,
    files: { 'bilder/logo-bund.png': logoPng('#a4001d'), 'bilder/logo-land.png': logoPng('#0b5394'), ...extra.files },
    transform: { 'ihek.yaml': (bytes) => bytes.toString('utf8') + yaml, ...extra.transform },
  };
}

const OWN_COVER = `<header class="cover">
  {{#if cover.image}}<p class="cover-image"><img src="{{cover.image.src}}" alt="{{cover.image.alt}}"></p>{{/if}}
  <p class="cover-title">{{manifest.title}}</p>
  {{#if funding}}
  <div class="cover-funding">
    <p class="funding-text">{{funding.text}}</p>
    <ul class="funding-logos">{{#each funding.logos}}<li><img src="{{src}}" alt="{{alt}}"></li>{{/each}}</ul>
  </div>
  {{/if}}
</header>
`;

/** The lowest row of page 1 with anything drawn on it, in points from the top (pdftoppm, 72 dpi, grey). */
async function lowestInk(pdf: string): Promise<number> {
  const { stdout } = await run('pdftoppm', ['-r', '72', '-gray', '-f', '1', '-l', '1', '-singlefile', pdf], { encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 });
  // A binary PGM: "P5 width height 255" and one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(stdout.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = stdout.subarray(header[0].length);
  for (let row = height - 1; row >= 0; row--) {
    for (let column = 0; column < width; column++) if (pixels[row * width + column]! < 200) return row + 1;
  }
  return 0;
}

function officeInstalled(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return process.env.CI === 'true';
  }
}

/** The pages of a .docx as LibreOffice prints it, read back with pdftotext. */
async function officePages(docx: string): Promise<string[]> {
  const outDir = await tempDir('ihek-office-');
  // A profile folder of its own: parallel runs of LibreOffice do not share (and lock) one.
  const profile = await tempDir('ihek-office-profile-');
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], { timeout: 180_000 });
  return pageTexts(path.join(outDir, `${path.basename(docx, '.docx')}.pdf`));
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

async function builtHtml(dir: string, cwd: string) {
  const out = await tempDir();
  const result = await runCli(['build', dir, '--html', '--out', out], { cwd });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return parseHtml(await readFile(path.join(out, 'ihek.html'), 'utf8'));
}

async function checkJson(dir: string, cwd: string, lang = 'de') {
  const result = await runCli(['check', dir, '--format', 'json', '--lang', lang], { cwd });
  return { code: result.code, diagnostics: (JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics };
}

describe('cover picture, funding notice with logos, Impressum (ihek.yaml: cover, funding, imprint)', () => {
  it('present: the cover shows the picture and, at its foot, the notice and the logos; the Impressum every field', async () => {
    const project = await makeProject(withManifest(PUBLICATION));
    const tree = await builtHtml(project.dir, project.parent);
    const picture = select('header.cover .cover-image img', tree);
    expect(attr(picture, 'alt')).toBe('Plan des Musterkiezes');
    expect(attr(picture, 'src')).toMatch(/^data:image\/svg\+xml;base64,/);
    const funding = select('header.cover .cover-funding', tree);
    expect(attr(funding, 'ariaLabel')).toBe('Förderung');
    expect(textOf(select('.funding-text', funding))).toBe(FUNDING);
    const logos = selectAll('.funding-logos img', funding);
    expect(logos.map((logo) => attr(logo, 'alt'))).toEqual(['Logo Bund', 'Logo Land']);
    expect(logos.map((logo) => attr(logo, 'src')!.slice(0, 22))).toEqual(['data:image/png;base64,', 'data:image/png;base64,']);
    // The notice is the cover's last part: it stands at its foot.
    expect(select('header.cover', tree)!.children.filter((c) => c.type === 'element').at(-1)).toBe(funding);

    const imprint = selectAll('footer.imprint dl > div', tree).map((row) => [textOf(select('dt', row)), textOf(select('dd', row))]);
    expect(imprint).toEqual(
      expect.arrayContaining([
        ['Herausgeber', 'Bezirksamt Mitte'],
        ['Anschrift', 'QM-Büro Musterkiez Musterstraße 1 10115 Berlin'],
        ['Kontakt', 'qm@example.org'],
        ['Verantwortlich für den Inhalt', 'Erika Muster'],
        ['Bildnachweis', 'Titelbild: QM-Team'],
        ['Gestaltung', 'Büro Gestaltung'],
      ]),
    );
    expect(imprint.filter(([label]) => label === 'Herausgeber')).toEqual([['Herausgeber', 'Bezirksamt Mitte']]);
    // The address keeps its lines (white-space: pre-line).
    const address = selectAll('footer.imprint dd.imprint-lines', tree)[0]!;
    expect((address.children[0] as { value: string }).value).toBe('QM-Büro Musterkiez\nMusterstraße 1\n10115 Berlin');
  });

  it('absent: no picture, no funding block, the organisation as publisher and no empty Impressum rows', async () => {
    const project = await makeProject();
    const tree = await builtHtml(project.dir, project.parent);
    expect(select('.cover-image', tree)).toBeUndefined();
    expect(select('.cover-funding', tree)).toBeUndefined();
    const labels = selectAll('footer.imprint dt', tree).map((dt) => textOf(dt));
    expect(labels).toEqual(['Herausgeber', 'Verfasst von', 'Gebiet', 'Laufzeit', 'Ausgabe', 'Version', 'Stand']);
    expect(textOf(select('footer.imprint dd', tree))).toBe('Muster-Träger gGmbH');
  });

  it('the cover shows a version only when the manifest sets one (ihek init writes none)', async () => {
    const plain = await makeProject();
    const withVersion = await builtHtml(plain.dir, plain.parent);
    expect(selectAll('.cover-facts dt', withVersion).map((dt) => textOf(dt))).toContain('Version');
    const project = await makeProject({ transform: { 'ihek.yaml': (bytes) => bytes.toString('utf8').replace(/^version: .*\n/m, '') } });
    const tree = await builtHtml(project.dir, project.parent);
    expect(selectAll('.cover-facts dt', tree).map((dt) => textOf(dt))).toEqual(['Gebiet', 'Bezirk', 'Laufzeit', 'Ausgabe', 'Stand']);
    expect(selectAll('footer.imprint dt', tree).map((dt) => textOf(dt))).not.toContain('Version');
  });

  it('a profile carries the funding text when the manifest names none; the manifest\'s text wins', async () => {
    const profile = 'extends: none\nfunding: { text: "Gefördert durch das Profil." }\n';
    const fromProfile = await makeProject({
      files: { 'profil.yaml': profile },
      transform: { 'ihek.yaml': (bytes) => bytes.toString('utf8').replace(/^profile: none$/m, 'profile: profil.yaml') },
    });
    const tree = await builtHtml(fromProfile.dir, fromProfile.parent);
    expect(textOf(select('.cover-funding .funding-text', tree))).toBe('Gefördert durch das Profil.');
    expect(select('.funding-logos', tree)).toBeUndefined();

    const own = await makeProject({
      files: { 'profil.yaml': profile },
      transform: { 'ihek.yaml': (bytes) => bytes.toString('utf8').replace(/^profile: none$/m, 'profile: profil.yaml') + 'funding: { text: "Eigener Hinweis." }\n' },
    });
    expect(textOf(select('.cover-funding .funding-text', await builtHtml(own.dir, own.parent)))).toBe('Eigener Hinweis.');
  });

  it('bad paths: outside the project, missing, remote, wrong format are findings at their line of ihek.yaml, and nothing is built', async () => {
    const yaml = `cover:
  image: { file: ../draussen.png, alt: "Draußen" }
funding:
  logos:
    - { file: bilder/fehlt.png, alt: "Fehlt" }
    - { file: "https://example.org/logo.png", alt: "Fern" }
    - { file: daten/massnahmen.yaml, alt: "Kein Bild" }
`;
    const project = await makeProject(withManifest(yaml, { outside: { 'draussen.png': 'x' } }));
    const manifest = await project.read('ihek.yaml');
    const { code, diagnostics } = await checkJson(project.dir, project.parent);
    expect(code).toBe(1);
    expect(diagnostics.map((d) => [d.rule, d.file, d.line, d.message])).toEqual([
      ['image-outside', 'ihek.yaml', lineOf(manifest, 'draussen.png'), 'Bild „../draussen.png“ liegt außerhalb des Projektordners'],
      ['image-missing', 'ihek.yaml', lineOf(manifest, 'fehlt.png'), 'Bilddatei „bilder/fehlt.png“ gibt es nicht (Pfade in ihek.yaml gelten vom Projektordner aus)'],
      ['image-remote', 'ihek.yaml', lineOf(manifest, 'example.org'), 'Bild „https://example.org/logo.png“ liegt nicht im Projekt; Bilder aus dem Internet werden nicht geladen – Datei ins Projekt legen'],
      ['image-format', 'ihek.yaml', lineOf(manifest, 'massnahmen.yaml", alt') || lineOf(manifest, 'Kein Bild'), expect.stringContaining('Bild „daten/massnahmen.yaml“ hat ein Format, das nicht eingebettet wird')],
    ]);
    const english = await checkJson(project.dir, project.parent, 'en');
    expect(english.diagnostics[1]!.message).toBe('image file "bilder/fehlt.png" does not exist (paths in ihek.yaml are read from the project folder)');

    const out = await tempDir();
    const built = await runCli(['build', project.dir, '--html', '--out', out], { cwd: project.parent });
    expect(built.code).toBe(1);
    expect(built.stderr).toContain(`projekt/ihek.yaml\n  ${lineOf(manifest, 'draussen.png')}:18  Fehler  Bild „../draussen.png“ liegt außerhalb des Projektordners  image-outside`);
    await expect(readFile(path.join(out, 'ihek.html'))).rejects.toThrow();
  });

  it('a logo without alt text, or with blank alt text, is refused at its line of ihek.yaml (exit 2)', async () => {
    for (const logo of ['{ file: bilder/logo-bund.png }', '{ file: bilder/logo-bund.png, alt: "  " }']) {
      const project = await makeProject(withManifest(`funding:\n  logos:\n    - ${logo}\n`));
      const line = lineOf(await project.read('ihek.yaml'), 'logo-bund.png');
      const result = await runCli(['check', project.dir], { cwd: project.parent });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`ihek.yaml:${line}`);
      expect(result.stderr).toMatch(/alt/);
      expect(result.stdout).toBe('');
    }
  });

  it('a cover partial of the project\'s own shows the same picture and logos, without base64 by hand', async () => {
    const partial = '<header class="cover"><p>{{manifest.title}}</p>{{#each funding.logos}}<img class="own-logo" src="{{src}}" alt="{{alt}}">{{/each}}<img class="own-picture" src="{{cover.image.src}}" alt="{{cover.image.alt}}"></header>\n';
    const project = await makeProject(withManifest(PUBLICATION, { files: { 'templates/partials/cover.hbs': partial } }));
    const checked = await runCli(['check', project.dir], { cwd: project.parent });
    expect(checked).toMatchObject({ code: 0, stdout: 'Keine Probleme gefunden.\n' });
    const tree = await builtHtml(project.dir, project.parent);
    expect(selectAll('img.own-logo', tree).map((img) => attr(img, 'src')!.startsWith('data:image/png;base64,'))).toEqual([true, true]);
    expect(attr(select('img.own-picture', tree), 'src')).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('PDF page 1 holds the logos (pdfimages) and the funding notice (pdftotext)', async () => {
    const project = await makeProject(withManifest(PUBLICATION));
    const out = await tempDir();
    const result = await build({ dir: project.dir, out, formats: ['pdf'], env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
    expect(result.diagnostics).toEqual([]);
    const pdf = path.join(out, 'ihek.pdf');
    const { stdout } = await run('pdfimages', ['-list', '-f', '1', '-l', '1', pdf]);
    const images = stdout.split('\n').slice(2).filter((line) => line.trim()).map((line) => line.trim().split(/\s+/));
    // page, num, type, width, height: the two logos as the PNGs they are.
    expect(images.filter((row) => row[0] === '1' && row[2] === 'image').map((row) => `${row[3]}x${row[4]}`)).toEqual(['240x80', '240x80']);
    const [first] = await pageTexts(pdf);
    expect(normalise(first!)).toContain(normalise(FUNDING));
  }, 120_000);

  it('PDF page 1: the notice and the logo row stand at the foot of the page, for a short and a long cover, and the cover is one page', async () => {
    const longTitle = 'Integriertes Handlungs- und Entwicklungskonzept für das Quartiersmanagementgebiet Musterkiez am Lindenweg mit Fortschreibung der Handlungsfelder 2025–2026';
    const fourLogos = PUBLICATION.replace('imprint:', `    - { file: bilder/logo-bund.png, alt: "Logo Programm" }
    - { file: bilder/logo-land.png, alt: "Logo Bezirk" }
imprint:`);
    const withTitle = (yaml: string, title: string) => withManifest(yaml, {
      transform: { 'ihek.yaml': (bytes) => bytes.toString('utf8').replace(/^title: .*$/m, `title: ${title}`) + yaml },
    });
    const covers = {
      'picture, two logos': withManifest(PUBLICATION),
      'no picture, long title, four logos': withTitle(fourLogos.replace(/^cover:\n.*\n/m, ''), longTitle),
      'picture, long title, four logos': withTitle(fourLogos, longTitle),
      // The cover partial of the project's own as docs/document-parts.md shows it.
      'own cover partial': withManifest(PUBLICATION, { files: { 'templates/partials/cover.hbs': OWN_COVER } }),
    };
    for (const [name, setup] of Object.entries(covers)) {
      const project = await makeProject(setup);
      const out = await tempDir();
      const result = await build({ dir: project.dir, out, formats: ['pdf'], env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
      expect(result.diagnostics, name).toEqual([]);
      const pdf = path.join(out, 'ihek.pdf');
      const [first, second] = await pageWords(pdf);
      const pageBottom = first!.height - mm(22);  // the text area ends at the bottom margin
      // The notice's last word, and the lowest ink on the page: the logo row under it.
      const lastWord = FUNDING.split(' ').at(-1)!;
      const notice = first!.words.filter((w) => w.text === lastWord).at(-1);
      expect(notice, name).toBeDefined();
      const ink = await lowestInk(pdf);
      expect(ink, name).toBeGreaterThan(pageBottom - mm(3));
      expect(ink, name).toBeLessThanOrEqual(pageBottom + mm(1));
      // The notice stands just above the logos (at most 16 mm high, 4 mm apart), not in the middle of the page.
      expect(notice!.yMax, name).toBeGreaterThan(pageBottom - mm(26));
      // The cover is one page: page 2 is the contents, under its own header.
      expect(second!.words.map((w) => w.text), name).toContain('Inhaltsverzeichnis');
      expect(second!.words.some((w) => w.text === lastWord), name).toBe(false);
      if (name.includes('long title')) expect(first!.words.map((w) => w.text).join(' '), name).toContain('Quartiersmanagementgebiet Musterkiez');
    }
  }, 240_000);

  it('the Word version: the cover holds the picture, both logos with their alt text and the notice on page 1; the Impressum every field', { timeout: 240_000 }, async () => {
    const project = await makeProject(withManifest(PUBLICATION));
    const out = await tempDir();
    const result = await runCli(['build', project.dir, '--docx', '--out', out], { cwd: project.parent, env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const docx = path.join(out, 'ihek.docx');
    const zip = await JSZip.loadAsync(await readFile(docx));
    const xml = await zip.file('word/document.xml')!.async('string');
    const descriptions = [...xml.matchAll(/<wp:docPr\b[^>]*\bdescr="([^"]*)"/g)].map((m) => m[1]);
    // Cover picture and logos come first, before the chapters' figures.
    expect(descriptions.slice(0, 3)).toEqual(['Plan des Musterkiezes', 'Logo Bund', 'Logo Land']);
    // The logos are embedded as the PNGs they are (the picture, an SVG, as a drawing of its own).
    const media = await Promise.all(Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png')).map((name) => zip.file(name)!.async('uint8array')));
    expect(media.filter((bytes) => Buffer.from(bytes).equals(Buffer.from(logoPng('#a4001d'))) || Buffer.from(bytes).equals(Buffer.from(logoPng('#0b5394'))))).toHaveLength(2);
    if (!officeInstalled()) return;
    const [first, ...rest] = await officePages(docx);
    expect(normalise(first!)).toContain(normalise(FUNDING));
    expect(first).toContain('Testkonzept Musterkiez');
    const imprint = normalise(rest.find((page) => page.includes('Impressum') && page.includes('Herausgeber'))!);
    for (const field of [
      'Herausgeber: Bezirksamt Mitte',
      'Anschrift: QM-Büro Musterkiez Musterstraße 1 10115 Berlin',
      'Kontakt: qm@example.org',
      'Verantwortlich für den Inhalt: Erika Muster',
      'Bildnachweis: Titelbild: QM-Team',
      'Gestaltung: Büro Gestaltung',
    ]) {
      expect(imprint).toContain(normalise(field));
    }
  });

  it('the BENN budget chart draws the annual budget as a labelled line and says so in its alt text', async () => {
    const project = await makeProject({
      transform: { 'kapitel/02-benn.md': (bytes) => `${bytes.toString('utf8')}\n{{diagramm "budget" fonds="BENN"}}\n` },
    });
    const tree = await builtHtml(project.dir, project.parent);
    const chart = select('img.chart', tree)!;
    expect(attr(chart, 'alt')).toMatch(/^Gestapeltes Balkendiagramm: BENN-Mittel je Jahr und Handlungsfeld, mit dem Jahresbudget\. Eine Linie markiert das BENN-Jahresbudget von 20\.000\u00a0€\. 2025: /);
    const svg = Buffer.from(attr(chart, 'src')!.split(',')[1]!, 'base64').toString('utf8');
    expect(svg).toContain('Jahresbudget BENN 20.000\u00a0€');
    // The dashed line in the budget's colour.
    expect(svg).toMatch(/stroke="#a4001d"[^>]*stroke-dasharray="6,4"|stroke-dasharray="6,4"[^>]*stroke="#a4001d"/);
    // Years on the x axis, as the budget is a sum per year.
    expect(svg).toContain('>Jahr</text>');
  });
});
