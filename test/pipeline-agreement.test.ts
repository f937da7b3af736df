import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../src/api/build.js';
import { check } from '../src/api/check.js';
import type { Diagnostic } from '../src/diagnostics.js';
import { IhekError } from '../src/errors.js';
import { IncrementalBuilder } from '../src/watch/incremental-build.js';
import { fixturesDir, makeProject, removeTempDirs, tempDir, type ProjectSetup } from './support/fixture.js';

afterAll(removeTempDirs);

/**
 * `check`, `build` and the preview's incremental rebuild run the same steps (pipeline/steps.ts), so
 * a defect must give the same findings – rule, place, severity and wording – on every path, and a
 * project that cannot be loaded the same error.
 */

const qmValid = path.join(fixturesDir, 'qm-valid');
const minimal = path.join(fixturesDir, 'minimal');

interface DefectCase {
  name: string;
  /** The project before the defect (what the preview shows first). */
  base: string;
  /** The defect: a scenario folder copied over the base and/or files written into it. */
  overlay?: string;
  files?: Record<string, string>;
}

const checkFixtures = (await readdir(path.join(fixturesDir, 'check'))).sort();
/** The minimal project's manifest with spelling on and the Paarform, for the wording rules that need the dictionary. */
const spellingManifest = `${await readFile(path.join(minimal, 'ihek.yaml'), 'utf8')}check: { spelling: true, genderForm: paarform }\n`;

const cases: DefectCase[] = [
  // One scenario per rule family of `ihek check` (template @import, skeleton text, broken links …).
  ...checkFixtures.map((name) => ({ name: `check/${name}`, base: qmValid, overlay: `check/${name}` })),
  ...['broken-link', 'line-map-broken-link', 'template-helper-error', 'template-unknown-variable', 'hostile-raw-html'].map((name) => ({
    name,
    base: minimal,
    overlay: name,
  })),
  { name: 'an @import in templates/style.css alone', base: minimal, files: { 'templates/style.css': '@import url("https://example.org/a.css");\nh1 { color: #0b4f6c; }\n' } },
  { name: 'a script in the layout', base: minimal, files: { 'templates/partials/fuss.hbs': '<footer><script>alert(1)</script></footer>\n' } },
  { name: 'a German number in an expression', base: minimal, files: { 'anhang/a-quellen.md': '---\nid: quellen\ntitle: Quellen\ntype: sonstiges\n---\n\nBetrag: {{euro 1.200,50}}\n' } },
  { name: 'a broken measure amount', base: minimal, overlay: 'bad-measures-data' },
  { name: 'a chapter without an id', base: minimal, files: { 'anhang/a-quellen.md': '---\ntitle: Quellen\ntype: sonstiges\n---\n\nText.\n' } },
  { name: 'a missing image', base: minimal, files: { 'anhang/a-quellen.md': '---\nid: quellen\ntitle: Quellen\ntype: sonstiges\n---\n\n![Karte](../bilder/fehlt.png)\n' } },
  {
    // The preview's image rule reads the images it listed while copying its trees; these sit deep.
    name: 'images without alt text in a link, a list, a table and a footnote',
    base: minimal,
    files: {
      'anhang/a-quellen.md':
        '---\nid: quellen\ntitle: Quellen\ntype: sonstiges\n---\n\n[![](../bilder/a.png)](#quellen)\n\n- Punkt ![ ](../bilder/b.png)\n  - tiefer ![](../bilder/c.png)\n\n| A | B |\n|---|---|\n| ![](../bilder/d.png) | x |\n\nText.[^1]\n\n[^1]: Fußnote ![](../bilder/e.png)\n',
    },
  },
  { name: 'a chapter id used twice', base: minimal, overlay: 'duplicate-chapter-id' },
  {
    name: 'a misspelt word, a repeated word and a gender form, spelling on in ihek.yaml',
    base: minimal,
    files: {
      'ihek.yaml': spellingManifest,
      'anhang/a-quellen.md': '---\nid: quellen\ntitle: Quellen\ntype: sonstiges\n---\n\nIm {{area}} wächst die Nachbarschafft, und und die Kolleg*innen helfen.\n',
    },
  },
];

/** What a user sees of one run: its findings, or the error that stopped it. */
type Outcome = { diagnostics: Diagnostic[] } | { error: Pick<IhekError, 'text' | 'place'> };

async function outcome(run: () => Promise<{ diagnostics: Diagnostic[] }>): Promise<Outcome> {
  try {
    return { diagnostics: (await run()).diagnostics };
  } catch (error) {
    if (!(error instanceof IhekError)) throw error;
    return { error: { text: error.text, place: error.place } };
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found.push(path.join(entry.parentPath, entry.name));
  }
  return found;
}

describe('the same findings from check, build and the preview', () => {
  it.each(cases)('$name', async (defect) => {
    const setup: ProjectSetup = { base: defect.base, ...(defect.overlay && { overlay: defect.overlay }), ...(defect.files && { files: defect.files }) };
    const project = await makeProject(setup);
    const out = path.join(await tempDir(), 'out');

    const checked = await outcome(() => check({ dir: project.dir }));
    const built = await outcome(() => build({ dir: project.dir, formats: ['html'], out }));
    const cold = await outcome(async () => {
      const result = await new IncrementalBuilder({ dir: project.dir }).rebuild();
      if (!result.ok) throw result.error;
      return result;
    });

    // The preview as it is used: it showed the project without the defect, then the defect's
    // files changed on disk and it rebuilt with only those named.
    const clean = await makeProject({ base: defect.base });
    const builder = new IncrementalBuilder({ dir: clean.dir });
    const first = await builder.rebuild();
    expect(first.ok).toBe(true);
    const changed: string[] = [];
    if (defect.overlay) {
      const from = path.join(fixturesDir, defect.overlay);
      await cp(from, clean.dir, { recursive: true, force: true });
      changed.push(...(await filesUnder(from)).map((file) => path.join(clean.dir, path.relative(from, file))));
    }
    for (const [relative, text] of Object.entries(defect.files ?? {})) {
      const file = clean.path(relative);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
      changed.push(file);
    }
    const rebuilt = await outcome(async () => {
      const result = await builder.rebuild(changed);
      if (!result.ok) throw result.error;
      return result;
    });

    expect(built).toEqual(checked);
    expect(cold).toEqual(checked);
    expect(rebuilt).toEqual(checked);
  });

  it('finds defects of many kinds (the corpus is not empty of findings)', async () => {
    const rules = new Set<string>();
    let errors = 0;
    for (const defect of cases) {
      const project = await makeProject({ base: defect.base, ...(defect.overlay && { overlay: defect.overlay }), ...(defect.files && { files: defect.files }) });
      const result = await outcome(() => check({ dir: project.dir }));
      if ('error' in result) errors += 1;
      else for (const d of result.diagnostics) rules.add(d.rule);
    }
    expect(errors).toBeGreaterThanOrEqual(2);
    for (const rule of ['template-external', 'template-script', 'template-expression', 'image-missing', 'image-alt', 'skeleton-text', 'broken-link', 'spelling', 'repeated-word', 'gender-form']) expect(rules).toContain(rule);
    expect(rules.size).toBeGreaterThanOrEqual(20);
  });
});
