import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, stackTraceLines } from './support/cli.js';
import { lineOf, makeProject, tempDir } from './support/fixture.js';
import { parseHtml, selectAll, textOf } from './support/html.js';

interface JsonReport {
  diagnostics: Array<{ file: string; line: number; column: number; severity: string; rule: string; message: string }>;
  errors: number;
  warnings: number;
}

async function checkJson(dir: string, extra: string[] = []): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const result = await runCli(['check', '--format', 'json', ...extra], { cwd: dir });
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

async function buildHtml(dir: string): Promise<string> {
  const out = await tempDir();
  const result = await runCli(['build', '--out', out], { cwd: dir });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return readFile(path.join(out, 'ihek.html'), 'utf8');
}

describe('Handlebars expressions in chapters', () => {
  it('an unknown variable {{aera}} is reported at its file:line, below multi-line helper output', async () => {
    // {{massnahmenTabelle}} and {{indikatorenTabelle}} above expand to many lines each; the line
    // is only right when positions are mapped back onto the source file.
    const project = await makeProject({ overlay: 'template-unknown-variable' });
    const line = await lineOf('template-unknown-variable/kapitel/02-benn.md', '{{aera}}');
    const column = (await project.read('kapitel/02-benn.md')).split('\n')[line - 1]!.indexOf('aera') + 1;

    const { code, report } = await checkJson(project.dir);
    expect(code).toBe(1);
    // Exactly one error: links from other chapters into this one are not reported as broken too.
    expect(report).toEqual({
      diagnostics: [
        {
          file: 'kapitel/02-benn.md',
          line,
          column,
          severity: 'error',
          rule: 'template-expression',
          message:
            'unbekannter Wert „aera“ in {{ }}; verfügbar sind die Angaben aus ihek.yaml (z. B. area, period.from) und data',
        },
      ],
      errors: 1,
      warnings: 0,
    });

    const text = await runCli(['check', '--lang', 'en'], { cwd: project.dir });
    expect(text.code).toBe(1);
    expect(text.stdout).toBe(
      [
        'kapitel/02-benn.md',
        `  ${line}:${column}  error  unknown value "aera" in {{ }}; available are the keys of ihek.yaml (e.g. area, period.from) and data  template-expression`,
        '',
        '1 error, 0 warnings',
        '',
      ].join('\n'),
    );

    const build = await runCli(['build', '--out', await tempDir()], { cwd: project.dir });
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(`  ${line}:${column}  Fehler  unbekannter Wert „aera“`);
    expect(build.stderr).toContain('Die Prüfung hat Fehler gefunden; es wurde nichts geschrieben.');
  });

  it('a Markdown problem below multi-line helper output is reported on its source line (line map)', async () => {
    const project = await makeProject({ overlay: 'line-map-broken-link' });
    const line = await lineOf('line-map-broken-link/kapitel/02-benn.md', '(#gibt-es-nicht)');
    const { code, report } = await checkJson(project.dir);
    expect(code).toBe(1);
    expect(report.diagnostics).toEqual([
      {
        file: 'kapitel/02-benn.md',
        line,
        column: 14,
        severity: 'error',
        rule: 'broken-link',
        message: 'Verweis auf #gibt-es-nicht führt ins Leere: kein Kapitel und keine Überschrift hat diesen Anker',
      },
    ]);
  });

  it('a helper given a wrong value is reported at the line of the call', async () => {
    const project = await makeProject({ overlay: 'template-helper-error' });
    const line = await lineOf('template-helper-error/kapitel/02-benn.md', '{{euro "viel"}}');
    const { code, report } = await checkJson(project.dir);
    expect(code).toBe(1);
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        file: 'kapitel/02-benn.md',
        line,
        rule: 'template-expression',
        message: '{{euro}} braucht eine Zahl, bekam "viel"',
      }),
    ]);
  });

  it('{{euro}} without a value says "nothing" and does not dump the manifest into the message', async () => {
    const project = await makeProject({
      files: { 'anhang/a-quellen.md': '---\nid: quellen\ntitle: Quellen\ntype: quellen\n---\n\nBetrag: {{euro}}\n' },
    });
    const { code, report } = await checkJson(project.dir);
    expect(code).toBe(1);
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ file: 'anhang/a-quellen.md', line: 7, message: '{{euro}} braucht eine Zahl, bekam nichts' }),
    ]);
  });

  it('{{log}} is not available: it would write into stdout (and break --format json)', async () => {
    const project = await makeProject({
      files: { 'anhang/a-quellen.md': '---\nid: quellen\ntitle: Quellen\ntype: quellen\n---\n\nText {{log "geheim"}}\n' },
    });
    const { code, report } = await checkJson(project.dir); // JSON.parse fails if anything else reached stdout
    expect(code).toBe(1);
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ file: 'anhang/a-quellen.md', line: 7, rule: 'template-expression' }),
    ]);
    expect(report.diagnostics[0]!.message).toMatch(/^unbekannte Funktion „log“/);
  });

  it('German number formatting: 20.000 € with a no-break space, 4.200, 12,5 %, sums', async () => {
    const html = await buildHtml((await makeProject()).dir);
    const tree = parseHtml(html);
    const paragraphs = selectAll('main p', tree).map(textOf);
    expect(paragraphs).toContain('Das BENN-Team am Standort Musterkiez hat 20.000\u00a0€ im Jahr.1');
    expect(paragraphs).toContain('Insgesamt sind 27.000\u00a0€ verplant, davon 11.000\u00a0€ für BENN.');
    const cells = selectAll('td', tree).map(textOf);
    expect(cells).toEqual(expect.arrayContaining(['4.200', '12,5\u00a0%', '8.000\u00a0€', '16.000\u00a0€', '27.000\u00a0€']));
    expect(html).not.toContain('20000');
  });

  it('{{euro 20000}} in a chapter renders "20.000 €"; English documents use "€20,000"', async () => {
    const chapter = '---\nid: quellen\ntitle: Quellen\ntype: quellen\n---\n\nBetrag: {{euro 20000}} und {{zahl 1234.5}}.\n';
    const paragraph = (html: string) =>
      selectAll('section[aria-labelledby="quellen"] p', parseHtml(html)).map(textOf);
    const german = await buildHtml((await makeProject({ files: { 'anhang/a-quellen.md': chapter } })).dir);
    expect(paragraph(german)).toEqual(['Betrag: 20.000\u00a0€ und 1.234,5.']);

    const manifest = await (await makeProject()).read('ihek.yaml');
    const english = await buildHtml(
      (await makeProject({ files: { 'anhang/a-quellen.md': chapter, 'ihek.yaml': manifest.replace('lang: de', 'lang: en') } })).dir,
    );
    expect(paragraph(english)).toEqual(['Betrag: €20,000 und 1,234.5.']);
  });

  it('{{constructor}}, {{__proto__}} and friends leak nothing and do not crash', async () => {
    const project = await makeProject({ overlay: 'prototype-lookups' });
    const out = await tempDir();
    const result = await runCli(['build', '--out', out], { cwd: project.dir });
    expect(result.code).not.toBe(3);
    expect(stackTraceLines(result.stderr)).toEqual([]);
    expect(result.stderr).not.toMatch(/interner Fehler|internal error/);
    if (result.code === 0) {
      const html = await readFile(path.join(out, 'ihek.html'), 'utf8');
      const text = selectAll('section[aria-labelledby="quellen"] p', parseHtml(html)).map(textOf);
      expect(text).toEqual(['Anfang [] Mitte [] Ende.', 'Weiter [] [] [] [] Schluss.']);
      expect(html).not.toMatch(/function Object|\[native code\]|\[object Object\]/);
    } else {
      // Refusing the expressions is fine too, as long as it is an ordinary diagnostic.
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('template-expression');
    }
  });

  it('a property of a function ({{constructor.name}}) is an error diagnostic, not a leak', async () => {
    const project = await makeProject({
      files: {
        'anhang/a-quellen.md': '---\nid: quellen\ntitle: Quellen\ntype: quellen\n---\n\nA {{constructor.name}} B {{area.constructor}}\n',
      },
    });
    const { code, report, stderr } = await checkJson(project.dir);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    // Both expressions are reported, each at its column.
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ file: 'anhang/a-quellen.md', line: 7, column: 5, severity: 'error', rule: 'template-expression' }),
      expect.objectContaining({ file: 'anhang/a-quellen.md', line: 7, column: 26, severity: 'error', rule: 'template-expression' }),
    ]);
    for (const diagnostic of report.diagnostics) expect(diagnostic.message).not.toMatch(/function|Object\b|operator/);
  });
});
