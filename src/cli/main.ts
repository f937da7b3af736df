import { Command, CommanderError, Option } from 'commander';
import { ExitCode, IhekError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { packageVersion } from '../version.js';
import { langArgument, projectLangNear, uiLang, type CliIo } from './io.js';
import type { DiffCliOptions } from './run-diff.js';

type Say = (de: string, en: string) => string;

/**
 * The command-line shell: turns argv into options for the API, prints results and returns the
 * exit code. It is the only place that knows about argv and streams.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = uiLang(argv, io.env);
  const say: Say = (de, en) => (lang === 'de' ? de : en);
  let exitCode: number = ExitCode.ok;
  const projectSay = (): Say => {
    const chosen = langArgument(argv) ?? projectLangNear(io.cwd) ?? lang;
    return (de, en) => (chosen === 'de' ? de : en);
  };
  const program = createProgram(io, lang, say, projectSay, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.input;
    }
    if (error instanceof IhekError) {
      // Several problems found in one run: one line each, every one naming its file and line.
      for (const line of error.text[lang].split('\n')) io.stderr.write(`ihek: ${line}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(
      say(
        `ihek: interner Fehler – bitte mit dieser Ausgabe melden:\n${detail}\n`,
        `ihek: internal error – please report it with this output:\n${detail}\n`,
      ),
    );
    return ExitCode.render;
  }
  return exitCode;
}

function createProgram(io: CliIo, lang: Lang, say: Say, projectSay: () => Say, setExit: (code: number) => void): Command {
  const program = new Command('ihek');
  program
    .description(
      say(
        'IHEK als Markdown und YAML schreiben, prüfen und als barrierefreies HTML ausgeben',
        'Write an IHEK as Markdown and YAML, check it and render accessible HTML',
      ),
    )
    .version(packageVersion(), '-V, --version', say('Version anzeigen', 'show the version'))
    .helpOption('-h, --help', say('Hilfe anzeigen', 'show help'))
    .helpCommand(false)
    .showSuggestionAfterError(true);

  const langOption = () =>
    new Option('--lang <lang>', say('Sprache der Meldungen (de, en)', 'language of messages (de, en)')).choices([
      'de',
      'en',
    ]);

  program
    .command('build')
    .description(say('Dokument erzeugen (prüft zuerst)', 'render the document (checks first)'))
    .argument('[dir]', say('Projektordner (Standard: . dann ./content)', 'project folder (default: . then ./content)'))
    .option('--html', say('HTML erzeugen', 'render HTML'))
    .option('--pdf', say('PDF erzeugen (das HTML wird immer mit geschrieben)', 'render the PDF (the HTML is always written too)'))
    .option('--docx', say(msg('docx.option').de, msg('docx.option').en))
    .option('--out <dir>', say('Ausgabeordner (Standard: output.dir aus ihek.yaml)', 'output folder (default: output.dir of ihek.yaml)'))
    .option('--no-check', say('ohne vorherige Prüfung', 'skip the check'))
    .option('--browser <path>', say('dieser Chrome/Chromium druckt das PDF', 'this Chrome/Chromium prints the PDF'))
    .option('--timeout <seconds>', say('Zeitlimit für das Drucken in Sekunden (Standard: wächst mit dem Dokument)', 'time limit for printing in seconds (default: grows with the document)'), positiveNumber('--timeout'))
    .option('--verbose', say('sagen, welcher Browser druckt, und Schritte mit Zeiten zeigen', 'say which browser prints and show steps with timings'))
    .addOption(langOption())
    .action(async (dir: string | undefined, options: { html?: boolean; pdf?: boolean; docx?: boolean; out?: string; check: boolean; browser?: string; timeout?: number; verbose?: boolean; lang?: Lang }) => {
      const { runBuild } = await import('./run-build.js');
      setExit(await runBuild(io, say, { dir, ...options }));
    });

  program
    .command('doctor')
    .description(say('zeigen, welcher Browser das PDF drucken würde', 'show which browser would print the PDF'))
    .option('--browser <path>', say('diesen Browser prüfen', 'check this browser'))
    .addOption(langOption())
    .action(async (options: { browser?: string }) => {
      const { runDoctor } = await import('./run-doctor.js');
      setExit(await runDoctor(io, say, options.browser));
    });

  program
    .command('check')
    .description(say('Aufbau, Daten und Inhalte prüfen', 'check structure, data and content'))
    .argument('[dir]', say('Projektordner (Standard: . dann ./content)', 'project folder (default: . then ./content)'))
    .addOption(
      new Option('--format <format>', say('Ausgabeformat', 'output format')).choices(['text', 'json', 'github']).default('text'),
    )
    .option('--max-warnings <n>', say('höchstens so viele Warnungen erlauben', 'allow at most this many warnings'), (value) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) {
        throw new IhekError(ExitCode.input, {
          de: `--max-warnings braucht eine ganze Zahl ≥ 0, nicht „${value}“`,
          en: `--max-warnings needs a whole number ≥ 0, not "${value}"`,
        });
      }
      return n;
    })
    .option('--cache', say('Ergebnisse je Kapitel zwischenspeichern und nur geänderte Kapitel neu prüfen (Standard-Ort: .ihek-cache/ im Projektordner)', 'keep results per chapter and check only changed chapters again (default place: .ihek-cache/ in the project folder)'))
    .option('--cache-location <path>', say('Datei oder Ordner des Zwischenspeichers (relativ zum aktuellen Ordner)', 'file or folder of the cache (relative to the current folder)'))
    .option('--spell', say('auch die Rechtschreibung prüfen (wie check: { spelling: true } in ihek.yaml)', 'check the spelling too (as check: { spelling: true } in ihek.yaml does)'))
    .option('--add-words', say('die unbekannten Wörter dieser Prüfung in woerterbuch.txt aufnehmen (vorher die Meldungen lesen!)', 'add the unknown words of this check to woerterbuch.txt (read the findings first!)'))
    .addOption(langOption())
    .action(async (dir: string | undefined, options: { format: 'text' | 'json' | 'github'; maxWarnings?: number; cache?: boolean; cacheLocation?: string; spell?: boolean; addWords?: boolean; lang?: Lang }) => {
      const { runCheck } = await import('./run-check.js');
      setExit(await runCheck(io, { dir, ...options }));
    });

  const wholeNumber = (flag: string, min: number, max: number) => (value: string) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
      throw new IhekError(ExitCode.input, {
        de: `${flag} braucht eine ganze Zahl von ${min} bis ${max}, nicht „${value}“`,
        en: `${flag} needs a whole number from ${min} to ${max}, not "${value}"`,
      });
    }
    return n;
  };

  program
    .command('init')
    .description(say('neues IHEK-Projekt mit allen Pflichtkapiteln anlegen (überschreibt nichts)', 'create a new IHEK project with every required chapter (overwrites nothing)'))
    .argument('[dir]', say('Ordner des neuen Projekts (Standard: .)', 'folder of the new project (default: .)'))
    .option('--area <name>', say('QM-Gebiet (Standard: Musterkiez)', 'QM area (default: Musterkiez)'))
    .option('--district <name>', say('Bezirk (Standard: Musterbezirk)', 'district (default: Musterbezirk)'))
    .option('--from <year>', say('erstes Jahr des Zeitraums (Standard: dieses Jahr)', 'first year of the period (default: this year)'), wholeNumber('--from', 1990, 2100))
    .option('--to <year>', say('letztes Jahr des Zeitraums (Standard: --from + 2)', 'last year of the period (default: --from + 2)'), wholeNumber('--to', 1990, 2100))
    .option('--benn', say('mit BENN-Standort: Block benn: und BENN-Kapitel', 'with a BENN site: benn: block and BENN chapter'))
    .option('--force', say('vorhandene Dateien überschreiben', 'overwrite files that exist'))
    .addOption(langOption())
    .action(async (dir: string | undefined, options: { area?: string; district?: string; from?: number; to?: number; benn?: boolean; force?: boolean }) => {
      const { runInit } = await import('./run-init.js');
      setExit(await runInit(io, say, { ...(dir !== undefined && { dir }), ...options }));
    });

  program
    .command('import')
    .description(say('neues Projekt aus einem IHEK in Word (.docx) anlegen, mit Bericht', 'create a new project from an IHEK in Word (.docx), with a report'))
    .argument('<file>', say('die Word-Datei (.docx)', 'the Word file (.docx)'))
    .argument('<dir>', say('Ordner des neuen Projekts (neu oder leer)', 'folder of the new project (new or empty)'))
    .option('--area <name>', say('QM-Gebiet (Standard: aus dem Untertitel)', 'QM area (default: from the subtitle)'))
    .option('--district <name>', say('Bezirk (Standard: Musterbezirk)', 'district (default: Musterbezirk)'))
    .option('--period <from-to>', say('Zeitraum, z. B. 2026-2028 (Standard: aus den Maßnahmen oder dem Titel)', 'period, e.g. 2026-2028 (default: from the measures or the title)'))
    .option('--profile <name>', say('Profil berlin-qm oder none (Standard: nach den Überschriften)', 'profile berlin-qm or none (default: by the headings)'))
    .addOption(langOption())
    .action(async (file: string, dir: string, options: { area?: string; district?: string; period?: string; profile?: string; lang?: Lang }) => {
      const { runImport } = await import('./run-import.js');
      const { lang: chosen, ...rest } = options;
      const shown = chosen ?? lang;
      setExit(await runImport(io, shown, (de, en) => (shown === 'de' ? de : en), { file, dir, ...rest }));
    });

  const newCommand = program
    .command('new')
    .description(say('etwas Neues aus einer Vorlage anlegen (new chapter)', 'create something from a skeleton (new chapter)'))
    .helpCommand(false);
  const newChapter = newCommand
    .command('chapter')
    .description(say('Kapitel aus seiner Vorlage anlegen und in ihek.yaml eintragen', 'add a chapter from its skeleton and list it in ihek.yaml'))
    .argument('<type>', say('Kapiteltyp des Profils (z. B. querschnitt, handlungsfeld, anhang)', 'chapter type of the profile (e.g. querschnitt, handlungsfeld, anhang)'))
    .argument('<id>', say('Kapitel-id (Kleinbuchstaben, Ziffern, Bindestriche)', 'chapter id (lower case, digits, hyphens)'))
    .option('--dir <dir>', say('Projektordner (Standard: . dann ./content)', 'project folder (default: . then ./content)'))
    .option('--title <title>', say('Kapitelüberschrift (Standard: aus dem Profil)', 'chapter title (default: from the profile)'))
    .option('--handlungsfeld <id>', say('Handlungsfeld bei type handlungsfeld, z. B. HF2', 'Handlungsfeld for type handlungsfeld, e.g. HF2'))
    .addOption(langOption())
    .action(async (type: string, id: string, options: { dir?: string; title?: string; handlungsfeld?: string }) => {
      const { runNewChapter } = await import('./run-new.js');
      setExit(await runNewChapter(io, say, { type, id, ...options }));
    });
  newChapter.exitOverride();
  newChapter.configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    outputError: (text, write) => write(explainError(text, newChapter, say, projectSay).replace('ihek chapter:', 'ihek new chapter:')),
  });

  program
    .command('watch')
    .description(say('Vorschau auf 127.0.0.1, die sich beim Speichern neu aufbaut', 'preview on 127.0.0.1 that rebuilds when files are saved'))
    .argument('[dir]', say('Projektordner (Standard: . dann ./content)', 'project folder (default: . then ./content)'))
    .option('--port <port>', say('Port (Standard: 4173)', 'port (default: 4173)'), wholeNumber('--port', 0, 65535))
    .addOption(langOption())
    .action(async (dir: string | undefined, options: { port?: number; lang?: Lang }) => {
      const { runWatch } = await import('./run-watch.js');
      setExit(await runWatch(io, say, { ...(dir !== undefined && { dir }), ...options }));
    });

  program
    .command('release')
    .description(say('für CI: strenge Prüfung, HTML und PDF nach Gebiet und Version benannt, Prüfsummen, Build-Protokoll', 'for CI: strict check, HTML and PDF named by area and version, checksums, build record'))
    .argument('[dirs...]', say('Projektordner, auch mehrere (Standard: . dann ./content)', 'project folders, several allowed (default: . then ./content)'))
    .option('--out <dir>', say('Release-Ordner (Standard: <output.dir>/release des Projekts; bei mehreren Projekten je ein Unterordner)', 'release folder (default: the project\'s <output.dir>/release; with several projects one subfolder each)'))
    .option('--allow-warnings', say('Warnungen der Prüfung zulassen (Fehler stoppen immer)', 'let warnings of the check pass (errors always stop)'))
    .option('--require-final', say('abbrechen, wenn das Dokument ein Entwurf wäre (nicht eingecheckt oder Kapitel nicht final)', 'stop when the document would be a draft (uncommitted changes or chapters not final)'))
    .option('--browser <path>', say('dieser Chrome/Chromium druckt das PDF', 'this Chrome/Chromium prints the PDF'))
    .option('--timeout <seconds>', say('Zeitlimit für das Drucken je Dokument in Sekunden', 'time limit for printing each document in seconds'), positiveNumber('--timeout'))
    .addOption(langOption())
    .action(async (dirs: string[], options: { out?: string; allowWarnings?: boolean; requireFinal?: boolean; browser?: string; timeout?: number; lang?: Lang }) => {
      const { runRelease } = await import('./run-release.js');
      setExit(await runRelease(io, { dirs, ...options }));
    });

  program
    .command('diff')
    .description(say('zeigt, was sich zwischen zwei Versionen geändert hat (git-Revisionen oder Ordner)', 'show what changed between two versions (git revisions or folders)'))
    .argument('<from>', say('alte Version: git-Revision (main, v1.0, HEAD~3) oder Ordner', 'old version: git revision (main, v1.0, HEAD~3) or folder'))
    .argument('[to]', say('neue Version (Standard: das Arbeitsverzeichnis)', 'new version (default: the working tree)'))
    .option('--dir <dir>', say('Projektordner im Repository (Standard: . dann ./content)', 'project folder in the repository (default: . then ./content)'))
    .addOption(new Option('--format <format>', say('Ausgabeformat', 'output format')).choices(['text', 'json', 'markdown']).default('text'))
    .option('--stat', say('nur eine Zeile je Kapitel', 'one line per chapter only'))
    .option('--exit-code', say('Exit-Code 1, wenn sich etwas geändert hat (wie git diff)', 'exit code 1 when something changed (like git diff)'))
    .option('--no-color', say('ohne Farben', 'without colours'))
    .option('--html <file>', say('die neue Version als HTML mit markierten Änderungen schreiben', 'write the new version as HTML with the changes marked'))
    .option('--pdf <file>', say('die neue Version als PDF mit markierten Änderungen schreiben', 'write the new version as PDF with the changes marked'))
    .option('--browser <path>', say('dieser Chrome/Chromium druckt das PDF', 'this Chrome/Chromium prints the PDF'))
    .option('--timeout <seconds>', say('Zeitlimit für das Drucken in Sekunden (Standard: wächst mit dem Dokument)', 'time limit for printing in seconds (default: grows with the document)'), positiveNumber('--timeout'))
    .addOption(langOption())
    .action(
      async (
        from: string,
        to: string | undefined,
        options: Omit<DiffCliOptions, 'from' | 'to'>,
      ) => {
        const { runDiff } = await import('./run-diff.js');
        setExit(await runDiff(io, { from, ...(to !== undefined && { to }), ...options }));
      },
    );

  program
    .command('fmt')
    .description(say('Kapitel in den kanonischen Markdown-Stil bringen', 'rewrite chapters in the canonical Markdown style'))
    .argument('[dir]', say('Projektordner (Standard: . dann ./content)', 'project folder (default: . then ./content)'))
    .argument('[files...]', say('nur diese Kapiteldateien (Standard: alle aus ihek.yaml)', 'only these chapter files (default: all of ihek.yaml)'))
    .option('--check', say('nichts schreiben; Dateien auflisten, die sich ändern würden (Exit-Code 1)', 'write nothing; list the files that would change (exit code 1)'))
    .option('--diff', say('nichts schreiben; die Änderungen als Unified Diff ausgeben', 'write nothing; print the changes as a unified diff'))
    .addOption(langOption())
    .action(async (dir: string | undefined, files: string[], options: { check?: boolean; diff?: boolean; lang?: Lang }) => {
      const { runFmt } = await import('./run-fmt.js');
      setExit(await runFmt(io, { dir, files, ...options }));
    });

  const profile = program
    .command('profile')
    .description(say('Profil des Projekts (Pflichtkapitel, Abschnitte, Regeln)', 'the project\'s profile (required chapters, sections, rules)'))
    .helpCommand(false);
  profile
    .command('show')
    .description(say('wirksames Profil als YAML ausgeben', 'print the effective profile as YAML'))
    .argument('[dir]', say('Projektordner (Standard: . dann ./content)', 'project folder (default: . then ./content)'))
    .addOption(langOption())
    .action(async (dir: string | undefined) => {
      const { runProfileShow } = await import('./run-profile-show.js');
      setExit(await runProfileShow(io, dir));
    });

  for (const command of [program, ...program.commands, ...profile.commands]) {
    command.exitOverride();
    command.configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(explainError(text, command, say, projectSay)),
    });
  }
  return program;
}

function positiveNumber(flag: string) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) {
      throw new IhekError(ExitCode.input, {
        de: `${flag} braucht eine Zahl > 0, nicht „${value}“`,
        en: `${flag} needs a number > 0, not "${value}"`,
      });
    }
    return n;
  };
}

/** Says which command or option was not understood, in the user's language, and lists the valid ones. */
function explainError(text: string, command: Command, say: Say, projectSay: () => Say): string {
  const suggestion = /\(Did you mean ([^?]+)\?\)/.exec(text)?.[1];
  const unknownCommand = /unknown command '([^']+)'/.exec(text);
  if (unknownCommand) {
    // No command ran, so no project was loaded; the one where the user stands decides the language.
    say = projectSay();
    const commands = command.commands.map((c) => c.name()).join(', ');
    const name = command.name() === 'ihek' ? 'ihek' : `ihek ${command.name()}`;
    return `${say(`ihek: unbekannter Befehl „${unknownCommand[1]}“`, `ihek: unknown command "${unknownCommand[1]}"`)}${
      suggestion ? say(` – meinten Sie „${name} ${suggestion}“?`, ` – did you mean "${name} ${suggestion}"?`) : ''
    }\n${say(`Befehle von ${name}: ${commands}; ${name} --help erklärt sie`, `Commands of ${name}: ${commands}; ${name} --help explains them`)}\n`;
  }
  const unknown = /unknown option '([^']+)'/.exec(text);
  if (!unknown) return text;
  const valid = [...command.options.map((option) => option.flags), '-h, --help'].join(', ');
  const name = command.name() === 'ihek' ? 'ihek' : `ihek ${command.parent?.name() === 'profile' ? 'profile ' : ''}${command.name()}`;
  return `${say(`ihek: unbekannte Option ${unknown[1]}`, `ihek: unknown option ${unknown[1]}`)}${
    suggestion ? say(` (meinten Sie ${suggestion}?)`, ` (did you mean ${suggestion}?)`) : ''
  }\n${say(`Gültige Optionen für ${name}: ${valid}`, `Valid options for ${name}: ${valid}`)}\n`;
}
