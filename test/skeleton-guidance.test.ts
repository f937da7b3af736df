import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GUIDANCE_MARK } from '../src/check/check-guidance.js';
import { runCli } from './support/cli.js';
import { makeProject, removeTempDirs, tempDir } from './support/fixture.js';

afterAll(removeTempDirs);

interface Report {
  diagnostics: Array<{ file: string; line: number; column: number; severity: string; rule: string; message: string }>;
  errors: number;
  warnings: number;
}

async function checkJson(dir: string, cwd: string, ...extra: string[]): Promise<{ code: number; report: Report }> {
  const result = await runCli(['check', dir, '--format', 'json', ...extra], { cwd });
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
}

/** [file, line] of every line of the project's chapters that holds the guidance mark. */
async function markedLines(dir: string, files: string[]): Promise<Array<[string, number]>> {
  const out: Array<[string, number]> = [];
  for (const file of files) {
    const lines = (await readFile(path.join(dir, file), 'utf8')).split('\n');
    lines.forEach((line, index) => {
      if (line.includes(GUIDANCE_MARK)) out.push([file, index + 1]);
    });
  }
  return out;
}

const guidance = `Beschreiben Sie hier die Lage. ${GUIDANCE_MARK}`;
const chapter = 'kapitel/01-einleitung.md';

/** The minimal project with one paragraph of guidance left at the end of chapter 1, and its line. */
async function projectWithGuidance(status = 'entwurf') {
  const project = await makeProject({
    transform: {
      [chapter]: (bytes) => `${bytes.toString('utf8').replace(/^status: .*$/m, `status: ${status}`)}\n${guidance}\n`,
    },
  });
  const line = (await project.read(chapter)).split('\n').indexOf(guidance) + 1;
  return { project, line };
}

describe('guidance text of the skeletons (rule skeleton-text)', () => {
  it('a fresh ihek init warns at every paragraph of guidance, with file:line, and exits 0', async () => {
    const parent = await tempDir();
    const init = await runCli(['init', 'neu', '--benn', '--profile', 'berlin-qm'], { cwd: parent });
    expect(init.code).toBe(0);
    expect(init.stderr).toContain('Die Kapitel enthalten Hinweistexte (mit <!-- Vorlage: … --> am Ende); ihek check meldet sie als Warnungen, bis Sie sie durch eigenen Text ersetzen.\n');
    const dir = path.join(parent, 'neu');
    const { code, report } = await checkJson(dir, parent);
    expect(code).toBe(0);
    const files = [...new Set(report.diagnostics.map((d) => d.file))];
    expect(files).toHaveLength(10);
    expect(report.diagnostics.every((d) => d.rule === 'skeleton-text' && d.severity === 'warning')).toBe(true);
    expect(report.diagnostics.map((d) => [d.file, d.line])).toEqual(await markedLines(dir, files));
    expect(report.errors).toBe(0);
    const leitbild = report.diagnostics.find((d) => d.file === 'kapitel/03-leitbild.md')!;
    expect(leitbild.message).toBe(
      `Hinweistext aus der Vorlage steht noch im Kapitel „Formulieren Sie hier, wie das Musterkiez am Ende des …“; ersetzen Sie ihn durch eigenen Text und löschen Sie die Markierung ${GUIDANCE_MARK}`,
    );

    // Guidance replaced by the author's own text: that chapter is clean.
    const einleitung = path.join(dir, 'kapitel/01-einleitung.md');
    await writeFile(einleitung, (await readFile(einleitung, 'utf8')).replace(/^(?!#|---|\w+:).+<!-- Vorlage[^>]*-->$/gm, 'Das QM arbeitet seit 2019 im Gebiet.'));
    const after = await checkJson(dir, parent);
    expect(after.report.diagnostics.filter((d) => d.file === 'kapitel/01-einleitung.md')).toEqual([]);
    expect(after.report.warnings).toBe(report.warnings - 4);

    // ihek new chapter writes guidance too.
    expect((await runCli(['new', 'chapter', 'querschnitt', 'klima', '--dir', dir], { cwd: parent })).code).toBe(0);
    const added = await checkJson(dir, parent);
    const klima = added.report.diagnostics.filter((d) => d.file.endsWith('-klima.md'));
    expect(klima.length).toBeGreaterThan(0);
    expect(klima.map((d) => [d.file, d.line])).toEqual(await markedLines(dir, [klima[0]!.file]));
  });

  it('the mark never reaches the document; the guidance text before it does (it is a warning only)', async () => {
    const { project } = await projectWithGuidance();
    const out = await tempDir();
    const built = await runCli(['build', project.dir, '--html', '--out', out], { cwd: project.parent });
    expect(built.code).toBe(0);
    const html = await readFile(path.join(out, 'ihek.html'), 'utf8');
    expect(html).toContain('Beschreiben Sie hier die Lage.');
    expect(html).not.toContain('Vorlage');
  });

  it('in a chapter with status: final it is an error: check exits 1 and build stops', async () => {
    const { project, line } = await projectWithGuidance('final');
    const { code, report } = await checkJson(project.dir, project.parent);
    expect(report.diagnostics.map((d) => [d.file, d.line, d.severity, d.rule])).toEqual([[chapter, line, 'error', 'skeleton-text']]);
    expect(report.diagnostics[0]!.message).toBe(
      `Hinweistext aus der Vorlage steht noch im Kapitel „Beschreiben Sie hier die Lage.“; ersetzen Sie ihn durch eigenen Text und löschen Sie die Markierung ${GUIDANCE_MARK} (das Kapitel hat status: final)`,
    );
    expect(code).toBe(1);
    // The same with the check cache, which keeps per-chapter findings across a change of status.
    const cached = await tempDir();
    expect((await checkJson(project.dir, project.parent, '--cache', '--cache-location', `${cached}/`)).code).toBe(1);
    await writeFile(project.path(chapter), (await project.read(chapter)).replace('status: final', 'status: entwurf'));
    const draft = await checkJson(project.dir, project.parent, '--cache', '--cache-location', `${cached}/`);
    expect(draft.report.diagnostics.map((d) => [d.line, d.severity])).toEqual([[line, 'warning']]);
    expect(draft.code).toBe(0);

    await writeFile(project.path(chapter), (await project.read(chapter)).replace('status: entwurf', 'status: final'));
    const out = await tempDir();
    const built = await runCli(['build', project.dir, '--html', '--out', out], { cwd: project.parent });
    expect(built.code).toBe(1);
    expect(built.stderr).toContain(`${line}:1  Fehler`);
  });

  it('ihek release --require-final refuses guidance in a draft chapter as an error, even with --allow-warnings', async () => {
    const { project, line } = await projectWithGuidance();
    const result = await runCli(['release', '--allow-warnings', '--require-final'], { cwd: project.dir, env: {} });
    expect(result.stderr).toContain(`kapitel/01-einleitung.md\n  ${line}:1  Fehler  Hinweistext aus der Vorlage steht noch im Kapitel „Beschreiben Sie hier die Lage.“`);
    expect(result.stderr).toContain(`löschen Sie die Markierung ${GUIDANCE_MARK} (bei --require-final ein Fehler)`);
    expect(result.stderr).toContain('Die Prüfung hat Fehler gefunden.\nEs wurde nichts geschrieben.\n');
    expect(result.code).toBe(1);
  });

  it('the example in content/ holds no guidance', async () => {
    const { report } = await checkJson(path.resolve('content'), process.cwd());
    expect(report.diagnostics.filter((d) => d.rule === 'skeleton-text')).toEqual([]);
  });
});
