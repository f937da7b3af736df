import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IncrementalBuilder } from '../src/watch/incremental-build.js';
import { runCli, type JsonDiagnostic } from './support/cli.js';
import { exampleDir, makeProject, removeTempDirs, type TestProject } from './support/fixture.js';

/**
 * The wording rules of `ihek check`: spelling (Hunspell, opt-in with --spell), repeated words and
 * the form of gender-inclusive language. Each case replaces the first chapter of
 * test/fixtures/minimal (which checks clean, also with --spell) and runs the real command line.
 */

afterAll(removeTempDirs);

const WORDING = new Set(['spelling', 'repeated-word', 'gender-form']);

function einleitung(body: string): string {
  return `---\nid: einleitung\ntitle: Einleitung\ntype: einleitung\n---\n\n${body}`;
}

async function project(body: string, files: Record<string, string> = {}, manifest?: (text: string) => string): Promise<TestProject> {
  return makeProject({
    files: { 'kapitel/01-einleitung.md': einleitung(body), ...files },
    ...(manifest && { transform: { 'ihek.yaml': (bytes) => manifest(bytes.toString('utf8')) } }),
  });
}

async function check(target: TestProject, ...flags: string[]) {
  const result = await runCli(['check', target.dir, '--format', 'json', ...flags], { cwd: target.parent });
  const report = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] };
  return { ...result, wording: report.diagnostics.filter((d) => WORDING.has(d.rule)) };
}

/** Line 1 of a body is line 7 of the chapter file (six lines of front matter and a blank line). */
const BODY_LINE = 7;

describe('spelling', () => {
  it('reports a misspelt word at its line and column, after a {{…}} expression too, with the suggestion', async () => {
    const target = await project('## Anlass\n\nIm {{area}} wächst die Nachbarschafft.\n');
    const { code, wording } = await check(target, '--spell');
    expect(code).toBe(0);
    expect(wording).toEqual([
      {
        file: 'kapitel/01-einleitung.md',
        line: BODY_LINE + 2,
        column: 'Im {{area}} wächst die '.length + 1,
        severity: 'warning',
        rule: 'spelling',
        message: '„Nachbarschafft“ – meinten Sie „Nachbarschaft“? (Ist das Wort richtig, in woerterbuch.txt aufnehmen)',
      },
    ]);
  });

  it('makes no suggestions in a chapter with more than 50 different unknown words (not German, or no word list yet)', async () => {
    const words = Array.from({ length: 51 }, (_, i) => `Zqx${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}lorp`);
    const { wording } = await check(await project(`## Anlass\n\n${words.join(' ')}.\n`), '--spell');
    expect(wording.map((d) => d.message)).toEqual(
      words.map((word) => `„${word}“ steht nicht im Wörterbuch – Schreibweise prüfen; ist das Wort richtig, in woerterbuch.txt aufnehmen`),
    );
  });

  it('is off without --spell, on with check: { spelling: true } in ihek.yaml', async () => {
    const body = '## Anlass\n\nDie Nachbarschafft wächst.\n';
    expect((await check(await project(body))).wording).toEqual([]);
    const switched = await project(body, {}, (yaml) => `${yaml}check: { spelling: true }\n`);
    expect((await check(switched)).wording.map((d) => [d.rule, d.line, d.column])).toEqual([['spelling', BODY_LINE + 2, 5]]);
  });

  it('uses the English dictionary for lang: en and words the message in English', async () => {
    // dictionary-en is American English.
    const target = await project('## Background\n\nThe neighborhood is growwing.\n', {}, (yaml) => yaml.replace('lang: de', 'lang: en'));
    const { wording } = await check(target, '--spell', '--lang', 'en');
    // The other chapters of the fixture are German: only the English one counts here.
    expect(wording.filter((d) => d.file === 'kapitel/01-einleitung.md').map((d) => [d.line, d.column, d.message])).toEqual([
      [BODY_LINE + 2, 21, '"growwing" – did you mean "growing" or "growling"? (If the word is right, add it to woerterbuch.txt)'],
    ]);
  });

  it('knows the names of ihek.yaml, the glossary, the measures and woerterbuch.txt', async () => {
    const body = [
      '## Anlass',
      '',
      // organization, authors, area (also as genitive), district
      'Die Muster-Träger gGmbH und das QM-Team Musterkiez planen im Bezirk Mitte die Zukunft des Musterkiezs.',
      // glossary expansions, measure titles and Träger
      'Berlin Entwickelt Neue Nachbarschaften: das Nachbarschaftscafé des Kiezverein e. V. in der Gemeinschaftsunterkunft.',
      // woerterbuch.txt
      'Die Kiezwerkstatt tagt monatlich in den Kiezwerkstatt-Räumen.',
      '',
    ].join('\n');
    const target = await project(body, { 'woerterbuch.txt': '# eigene Wörter\nKiezwerkstatt\n' });
    expect((await check(target, '--spell')).wording).toEqual([]);
  });

  it('knows common words of the Quartiersmanagement without a word list, and suggests them', async () => {
    const body = [
      '## Anlass',
      '',
      'Das Quartiersmanagement und der Quartiersrat beraten in der Kiezrunde über Quartiersfonds, Aktionsfonds,',
      'Projektfonds, Baufonds und Netzwerkfonds. Die Bewohnerschaft der Gebietskulisse wünscht niedrigschwellige',
      'Angebote im Stadtteilzentrum und im Sozialraum; Niedrigschwellig heißt wohnortnah. Die Handlungsfelder',
      'zielen auf die Verstetigung; Nachbarschaftsforum, Gemeinwesenarbeit und Begegnungsorte bleiben.',
      '',
      'Die Kiezrunnde tagt.',
      '',
    ].join('\n');
    const { wording } = await check(await project(body), '--spell');
    expect(wording.map((d) => [d.line, d.message])).toEqual([
      [BODY_LINE + 7, '„Kiezrunnde“ – meinten Sie „Kiezrunde“ oder „Kiezrunden“? (Ist das Wort richtig, in woerterbuch.txt aufnehmen)'],
    ]);
  });

  it('leaves out other languages, code, addresses, numbers and amounts', async () => {
    const body = [
      '## Anlass',
      '',
      'Das <span lang="en">Community Bilding</span> beginnt; `Nachbarschafft_x` ist Code.',
      'Mehr unter https://example.org/Nachbarschafft oder per E-Mail an info@kiezbüro.example, <https://example.org/Kiezwerk>.',
      'Die Fläche misst 12 ha, der Zuschuss beträgt 1.500 € für 2025er Projekte an der B96a.',
      '',
      '```',
      'Nachbarschafft Quartierrrsmanagement',
      '```',
      '',
      '<div lang="en">',
      '',
      'A paragraf in English.',
      '',
      '</div>',
      '',
    ].join('\n');
    expect((await check(await project(body), '--spell')).wording).toEqual([]);
  });
});

describe('repeated words', () => {
  it('reports the second of two equal words, but not "…, die die" after a comma', async () => {
    const target = await project('## Anlass\n\nWir planen das das Fest für Kinder, die die Schule besuchen.\n');
    const { wording } = await check(target);
    expect(wording.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ['repeated-word', BODY_LINE + 2, 'Wir planen das '.length + 1, '„das das“: Wort doppelt – eines streichen'],
    ]);
  });
});

describe('gender forms', () => {
  it('reports every form but the one ihek.yaml names, with that form as suggestion', async () => {
    const line = 'Nachbar:innen, BewohnerInnen sowie Bürgerinnen und Bürger, eine Mieter_in und Bewohner*innen.';
    const target = await project(`## Anlass\n\n${line}\n`, {}, (yaml) => `${yaml}check: { genderForm: doppelpunkt }\n`);
    const { wording } = await check(target, '--spell');
    const column = (words: string) => line.indexOf(words) + 1;
    expect(wording.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ['gender-form', BODY_LINE + 2, column('BewohnerInnen'), '„BewohnerInnen“ (Binnen-I): das Dokument gendert mit Doppelpunkt (genderForm: doppelpunkt in ihek.yaml) – „Bewohner:innen“ schreiben'],
      ['gender-form', BODY_LINE + 2, column('Bürgerinnen'), '„Bürgerinnen und Bürger“ (Paarform): das Dokument gendert mit Doppelpunkt (genderForm: doppelpunkt in ihek.yaml) – „Bürger:innen“ schreiben'],
      ['gender-form', BODY_LINE + 2, column('Mieter_in'), '„Mieter_in“ (Unterstrich): das Dokument gendert mit Doppelpunkt (genderForm: doppelpunkt in ihek.yaml) – „Mieter:in“ schreiben'],
      ['gender-form', BODY_LINE + 2, column('Bewohner*innen'), '„Bewohner*innen“ (Genderstern): das Dokument gendert mit Doppelpunkt (genderForm: doppelpunkt in ihek.yaml) – „Bewohner:innen“ schreiben'],
    ]);
  });

  it('reports two gender stars in a paragraph, which Markdown reads as emphasis', async () => {
    const target = await project('## Anlass\n\nBewohner*innen und Nachbar*innen kommen.\n');
    expect((await check(target, '--spell')).wording.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ['gender-form', BODY_LINE + 2, 1, '„Bewohner*innen“: mit einem zweiten * im Absatz wird der Text dazwischen kursiv gesetzt und die Sterne verschwinden – „Bewohner\\*innen“ schreiben'],
    ]);
  });

  it('suggests the pair form when the document uses it, with the masculine plural the dictionary knows', async () => {
    const body = '## Anlass\n\nDie Bewohner:innen, Kolleg*innen und Expert_innen kommen, auch eine Kolleg/-in.\n';
    const target = await project(body, {}, (yaml) => `${yaml}check: { genderForm: paarform }\n`);
    // Without --spell: the Paarform alone asks the dictionary, and no word is spelt.
    expect((await check(target)).wording.map((d) => d.message)).toEqual([
      '„Bewohner:innen“ (Doppelpunkt): das Dokument gendert mit Paarform (genderForm: paarform in ihek.yaml) – „Bewohnerinnen und Bewohner“ schreiben',
      '„Kolleg*innen“ (Genderstern): das Dokument gendert mit Paarform (genderForm: paarform in ihek.yaml) – „Kolleginnen und Kollegen“ schreiben',
      '„Expert_innen“ (Unterstrich): das Dokument gendert mit Paarform (genderForm: paarform in ihek.yaml) – „Expertinnen und Experten“ schreiben',
      '„Kolleg/-in“ (Schrägstrich): das Dokument gendert mit Paarform (genderForm: paarform in ihek.yaml) – „Kollegin oder Kollege“ schreiben',
    ]);
  });

  it('refuses a form ihek.yaml does not know', async () => {
    const target = await project('## Anlass\n\nText.\n', {}, (yaml) => `${yaml}check: { genderForm: sternchen }\n`);
    const result = await runCli(['check', target.dir], { cwd: target.parent });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ihek.yaml:');
    expect(result.stderr).toContain('genderForm');
  });
});

describe('check --add-words', () => {
  it('appends the unknown words, sorted and once each, and they are known from then on', async () => {
    const body = '## Anlass\n\nDie Kiezwerkstatt und das Kiezjury-Treffen, wieder die Kiezwerkstatt.\n';
    const target = await project(body, { 'woerterbuch.txt': '# eigene Wörter\nZebrastreifenfest' });
    const added = await runCli(['check', target.dir, '--add-words'], { cwd: target.parent });
    expect(added.code).toBe(0);
    expect(added.stderr).toBe('2 Wörter in projekt/woerterbuch.txt aufgenommen: Kiezjury, Kiezwerkstatt\n');
    expect(await target.read('woerterbuch.txt')).toBe('# eigene Wörter\nZebrastreifenfest\nKiezjury\nKiezwerkstatt\n');
    expect((await check(target, '--spell')).wording).toEqual([]);
    const again = await runCli(['check', target.dir, '--add-words'], { cwd: target.parent });
    expect(again.stderr).toBe('Keine neuen Wörter für projekt/woerterbuch.txt\n');
  });
});

describe('woerterbuch.txt through a link out of the project', () => {
  it('is refused (exit 2) and the file outside stays as it was', async () => {
    const target = await makeProject({ outside: { 'fremd.txt': 'Geheim\n' }, symlinks: { 'woerterbuch.txt': '../fremd.txt' } });
    const result = await runCli(['check', target.dir, '--add-words'], { cwd: target.parent });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('ihek: woerterbuch.txt führt über einen symbolischen Verweis aus dem Projektordner hinaus; Dateien müssen im Projekt liegen\n');
    expect(await readFile(path.join(target.parent, 'fremd.txt'), 'utf8')).toBe('Geheim\n');
  });
});

describe('check --cache', () => {
  it('keeps spelling findings per chapter and does not reuse those of a run without --spell', async () => {
    const target = await project('## Anlass\n\nDie Nachbarschafft wächst.\n');
    const plain = await check(target, '--cache');
    expect(plain.wording).toEqual([]);
    const spelt = await check(target, '--cache', '--spell');
    expect(spelt.wording.map((d) => [d.rule, d.line])).toEqual([['spelling', BODY_LINE + 2]]);
    expect((await check(target, '--cache', '--spell')).wording).toEqual(spelt.wording);
  });
});

describe('check: { spelling: true } in ihek.yaml', () => {
  it('spells in watch too, at the word, and again after an edit', async () => {
    const target = await project('## Anlass\n\nDie Nachbarschafft wächst.\n', {}, (yaml) => `${yaml}check: { spelling: true }\n`);
    const builder = new IncrementalBuilder({ dir: target.dir });
    const first = await builder.rebuild();
    if (!first.ok) throw first.error;
    expect(first.diagnostics.filter((d) => WORDING.has(d.rule)).map((d) => [d.rule, d.file, d.line, d.column])).toEqual([
      ['spelling', 'kapitel/01-einleitung.md', BODY_LINE + 2, 5],
    ]);
    await writeFile(target.path('kapitel/01-einleitung.md'), einleitung('## Anlass\n\nDie Nachbarschaft wächst, die Kiezwerkstatt auch.\n'));
    const second = await builder.rebuild([target.path('kapitel/01-einleitung.md')]);
    if (!second.ok) throw second.error;
    expect(second.diagnostics.filter((d) => WORDING.has(d.rule)).map((d) => [d.rule, d.line, d.column])).toEqual([['spelling', BODY_LINE + 2, 'Die Nachbarschaft wächst, die '.length + 1]]);
  });

  it('spells before ihek build, which writes the document anyway (warnings)', async () => {
    const target = await project('## Anlass\n\nDie Nachbarschafft wächst.\n', {}, (yaml) => `${yaml}check: { spelling: true }\n`);
    const result = await runCli(['build', target.dir, '--html'], { cwd: target.parent });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('projekt/kapitel/01-einleitung.md\n  9:5  Warnung  „Nachbarschafft“ – meinten Sie „Nachbarschaft“?');
  });
});

describe('the example in content/', () => {
  it('has no spelling findings', async () => {
    const result = await runCli(['check', exampleDir, '--format', 'json', '--spell'], { cwd: exampleDir });
    const report = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] };
    expect(report.diagnostics.filter((d) => WORDING.has(d.rule))).toEqual([]);
  });
});
