import { describe, expect, it } from 'vitest';
import { runCli, stackTraceLines } from './support/cli.js';
import { makeProject } from './support/fixture.js';

/**
 * The YAML slips of an author who knows Word: each is reported at its line in plain words with the
 * fix, in ihek.yaml, in a data file and in a chapter's front matter alike.
 */
interface Slip {
  name: string;
  file: string;
  change: (text: string) => string;
  de: string;
  en: string;
}

const chapter = 'kapitel/01-einleitung.md';

const slips: Slip[] = [
  {
    name: 'a colon inside a value (front matter)',
    file: chapter,
    change: (text) => text.replace(/^title: Einleitung$/m, 'title: Einleitung: Unser Kiez'),
    de: `${chapter}:3: YAML-Syntaxfehler: Doppelpunkt im Wert von „title“ – den Wert in Anführungszeichen setzen: title: "Einleitung: Unser Kiez"`,
    en: `${chapter}:3: YAML syntax error: colon inside the value of "title" – put the value in quotes: title: "Einleitung: Unser Kiez"`,
  },
  {
    name: 'a colon inside a value of a measure (data file)',
    file: 'daten/massnahmen.yaml',
    change: (text) => text.replace('  title: Café am Musterweg', '  title: Café: am "Musterweg"'),
    de: `daten/massnahmen.yaml:11: YAML-Syntaxfehler: Doppelpunkt im Wert von „title“ – den Wert in Anführungszeichen setzen: title: 'Café: am "Musterweg"'`,
    en: `daten/massnahmen.yaml:11: YAML syntax error: colon inside the value of "title" – put the value in quotes: title: 'Café: am "Musterweg"'`,
  },
  {
    name: 'a missing space after the colon, inside a mapping (ihek.yaml)',
    file: 'ihek.yaml',
    change: (text) => text.replace(/^district: Mitte$/m, 'district:Mitte'),
    de: 'ihek.yaml:5: YAML-Syntaxfehler: nach dem Doppelpunkt fehlt ein Leerzeichen – district: Mitte schreiben',
    en: 'ihek.yaml:5: YAML syntax error: a space is missing after the colon – write district: Mitte',
  },
  {
    name: 'a missing space after the colon where YAML sees one plain text instead of a mapping',
    file: 'ihek.yaml',
    change: (text) => text.replace(/^benn: .*$/m, 'benn:\n  site:Musterkiez'),
    de: 'ihek.yaml:15: „benn“: muss eine Zuordnung (Schlüssel: Wert) sein; nach dem Doppelpunkt fehlt ein Leerzeichen – site: Musterkiez schreiben',
    en: 'ihek.yaml:15: "benn": must be a mapping (key: value); a space is missing after the colon – write site: Musterkiez',
  },
  {
    name: 'a tab as indentation (data file)',
    file: 'daten/massnahmen.yaml',
    change: (text) => text.replace('  title: Café am Musterweg', '\ttitle: Café am Musterweg'),
    de: 'daten/massnahmen.yaml:11: YAML-Syntaxfehler: Tabulator am Zeilenanfang – in YAML mit Leerzeichen einrücken, nicht mit Tabs',
    en: 'daten/massnahmen.yaml:11: YAML syntax error: tab at the start of the line – indent YAML with spaces, not tabs',
  },
  {
    name: 'a duplicate key (front matter)',
    file: chapter,
    change: (text) => text.replace(/^status: entwurf$/m, 'status: entwurf\nid: zwei'),
    de: `${chapter}:6: der Schlüssel „id“ steht doppelt (zuerst in Zeile 2) – einen der beiden entfernen`,
    en: `${chapter}:6: the key "id" appears twice (first on line 2) – remove one of the two`,
  },
];

describe.each(slips)('YAML slip: $name', (slip) => {
  it('is exit 2 with one German line naming the fix, and the English one with --lang en', async () => {
    const project = await makeProject({ transform: { [slip.file]: (bytes) => slip.change(bytes.toString('utf8')) } });
    const de = await runCli(['check'], { cwd: project.dir });
    expect(de).toEqual({ code: 2, stdout: '', stderr: `ihek: ${slip.de}\n` });
    expect(stackTraceLines(de.stderr)).toEqual([]);
    const en = await runCli(['check', '--lang', 'en'], { cwd: project.dir });
    expect(en).toEqual({ code: 2, stdout: '', stderr: `ihek: ${slip.en}\n` });
  });
});

describe('several duplicate keys', () => {
  it('are all reported in one run, each with the line of its first', async () => {
    const project = await makeProject({
      transform: { [chapter]: (bytes) => bytes.toString('utf8').replace(/^status: entwurf$/m, 'status: entwurf\nid: zwei\ntitle: Nochmal') },
    });
    const result = await runCli(['check'], { cwd: project.dir });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        `ihek: ${chapter}:6: der Schlüssel „id“ steht doppelt (zuerst in Zeile 2) – einen der beiden entfernen`,
        `ihek: ${chapter}:7: der Schlüssel „title“ steht doppelt (zuerst in Zeile 3) – einen der beiden entfernen`,
        '',
      ].join('\n'),
    });
  });
});
