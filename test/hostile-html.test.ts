import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { lineOf, makeProject, tempDir, type TestProject } from './support/fixture.js';
import { parseHtml, selectAll, textOf } from './support/html.js';

/**
 * Raw HTML in a chapter is reduced to a safe subset: a chapter author (or a pasted text) cannot put
 * script, event handlers, frames, forms, a <base> or a redirect into the published page.
 */
let project: TestProject;

beforeAll(async () => {
  project = await makeProject({ overlay: 'hostile-raw-html' });
});

describe('hostile raw HTML in a chapter', () => {
  it('is neutralised in the output; the harmless text around it survives', async () => {
    const out = await tempDir();
    // --no-check: the sanitiser must hold even when the check is skipped.
    const result = await runCli(['build', '--out', out, '--no-check'], { cwd: project.dir });
    expect(result.code).toBe(0);
    const html = await readFile(path.join(out, 'ihek.html'), 'utf8');
    const lower = html.toLowerCase();
    for (const forbidden of ['<script', 'onerror', 'onload', 'javascript:', '<iframe', '<form', '<base', 'http-equiv="refresh"', 'evil.example', 'example.org', 'alert(']) {
      expect(lower, forbidden).not.toContain(forbidden);
    }
    // The only http-equiv left is the page's own Content-Security-Policy, in the head.
    expect(lower.match(/http-equiv/g)).toEqual(['http-equiv']);
    expect(lower).toContain(`<meta http-equiv="content-security-policy" content="default-src 'none';`);
    const tree = parseHtml(html);
    // The page's own <style> is in <head>; none comes from the chapter, nor does its CSS as text.
    expect(selectAll('body style, body meta, body svg', tree)).toEqual([]);
    expect(textOf(selectAll('main', tree)[0])).not.toContain('body{}');

    const paragraphs = selectAll('section[aria-labelledby="quellen"] p', tree).map(textOf);
    expect(paragraphs).toEqual([
      'Vor dem Skript steht Text.',
      'Nach dem Skript steht Text.',
      'Ein Absatz mit x mitten im Satz.',
      'Nach dem Rahmen steht Text.',
      'Nach dem Formular steht Text.',
      'Nach dem Stil steht Text.',
      'Nach der Basis steht Text.',
      'Nach der Weiterleitung steht Text.',
      'Zum Schluss steht Text.',
    ]);
    // The link keeps its text but loses the javascript: target.
    const link = selectAll('section[aria-labelledby="quellen"] a', tree).find((a) => textOf(a) === 'x');
    expect(link?.properties.href).toBeUndefined();
  });

  it('with the check: every element and attribute the sanitiser would remove is reported at its line (raw-html); nothing is written', async () => {
    const out = await tempDir();
    const result = await runCli(['build', '--out', out], { cwd: project.dir });
    expect(result.code).toBe(1);
    const file = 'hostile-raw-html/anhang/a-quellen.md';
    const at = async (needle: string, column = 1) => `  ${await lineOf(file, needle)}:${column}  Fehler  `;
    const expected = [
      `${await at('<script>')}HTML-Element <script> wird aus Sicherheitsgründen aus dem Dokument entfernt  raw-html`,
      `${await at('<img src=x')}Attribut onerror an <img> wird aus Sicherheitsgründen aus dem Dokument entfernt  raw-html`,
      `${await at('javascript:', 16)}Attribut href="javascript:…" an <a> wird aus Sicherheitsgründen aus dem Dokument entfernt  raw-html`,
      `${await at('<iframe')}HTML-Element <iframe> wird aus Sicherheitsgründen aus dem Dokument entfernt  raw-html`,
      `${await at('<form>')}HTML-Element <form> wird aus Sicherheitsgründen aus dem Dokument entfernt  raw-html`,
      `${await at('<style>')}HTML-Element <style> wird aus Sicherheitsgründen aus dem Dokument entfernt  raw-html`,
      `${await at('<base')}HTML-Element <base> wird aus Sicherheitsgründen aus dem Dokument entfernt  raw-html`,
      `${await at('<meta')}HTML-Element <meta> wird aus Sicherheitsgründen aus dem Dokument entfernt  raw-html`,
      `${await at('<svg')}HTML-Element <svg> wird aus Sicherheitsgründen aus dem Dokument entfernt  raw-html`,
    ];
    expect(result.stderr).toContain(`anhang/a-quellen.md\n${expected.join('\n')}\n\n9 Fehler, 0 Warnungen\n`);
    expect(result.stderr).toContain('Die Prüfung hat Fehler gefunden; es wurde nichts geschrieben.\n');
    expect(await readdir(out)).toEqual([]);
  });
});
