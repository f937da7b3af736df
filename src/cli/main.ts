import { Command, CommanderError, Option } from 'commander';
import { ExitCode, IhekError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { msg, msgIn } from '../i18n/message.js';
import { packageVersion } from '../version.js';
import { langArgument, projectLangNear, uiLang, type CliIo } from './io.js';
import type { DiffCliOptions } from './run-diff.js';

/**
 * The command-line shell: turns argv into options for the API, prints results and returns the
 * exit code. It is the only place that knows about argv and streams.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = uiLang(argv, io.env);
  let exitCode: number = ExitCode.ok;
  const projectLang = (): Lang => langArgument(argv) ?? projectLangNear(io.cwd) ?? lang;
  const program = createProgram(io, lang, projectLang, (code) => {
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
    io.stderr.write(`${msgIn(lang, 'cli.internalError', { detail })}\n`);
    return ExitCode.render;
  }
  return exitCode;
}

function createProgram(io: CliIo, lang: Lang, projectLang: () => Lang, setExit: (code: number) => void): Command {
  const program = new Command('ihek');
  program
    .description(msgIn(lang, 'cli.help.program'))
    .version(packageVersion(), '-V, --version', msgIn(lang, 'cli.help.version'))
    .helpOption('-h, --help', msgIn(lang, 'cli.help.help'))
    .helpCommand(false)
    .showSuggestionAfterError(true);

  const langOption = () => new Option('--lang <lang>', msgIn(lang, 'cli.help.lang')).choices(['de', 'en']);

  program
    .command('build')
    .description(msgIn(lang, 'cli.build.help.description'))
    .argument('[dir]', msgIn(lang, 'cli.help.projectDir'))
    .option('--html', msgIn(lang, 'cli.build.help.html'))
    .option('--pdf', msgIn(lang, 'cli.build.help.pdf'))
    .option('--docx', msgIn(lang, 'cli.build.help.docx'))
    .option('--out <dir>', msgIn(lang, 'cli.build.help.out'))
    .option('--no-check', msgIn(lang, 'cli.build.help.noCheck'))
    .option('--only <ids>', msgIn(lang, 'cli.build.help.only'), (value: string, previous: string[] = []) => [...previous, ...value.split(',')])
    .option('--browser <path>', msgIn(lang, 'cli.help.browser'))
    .option('--timeout <seconds>', msgIn(lang, 'cli.help.timeout'), positiveNumber('--timeout'))
    .option('--verbose', msgIn(lang, 'cli.build.help.verbose'))
    .addOption(langOption())
    .action(async (dir: string | undefined, options: { html?: boolean; pdf?: boolean; docx?: boolean; out?: string; check: boolean; only?: string[]; browser?: string; timeout?: number; verbose?: boolean; lang?: Lang }) => {
      const { runBuild } = await import('./run-build.js');
      setExit(await runBuild(io, lang, { dir, ...options }));
    });

  program
    .command('doctor')
    .description(msgIn(lang, 'cli.doctor.help.description'))
    .option('--browser <path>', msgIn(lang, 'cli.doctor.help.browser'))
    .addOption(langOption())
    .action(async (options: { browser?: string }) => {
      const { runDoctor } = await import('./run-doctor.js');
      setExit(await runDoctor(io, lang, options.browser));
    });

  program
    .command('check')
    .description(msgIn(lang, 'cli.check.help.description'))
    .argument('[dir]', msgIn(lang, 'cli.help.projectDir'))
    .addOption(
      new Option('--format <format>', msgIn(lang, 'cli.help.format')).choices(['text', 'json', 'github']).default('text'),
    )
    .option('--max-warnings <n>', msgIn(lang, 'cli.check.help.maxWarnings'), (value) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) {
        throw new IhekError(ExitCode.input, msg('cli.option.maxWarnings', { value }));
      }
      return n;
    })
    .option('--cache', msgIn(lang, 'cli.check.help.cache'))
    .option('--cache-location <path>', msgIn(lang, 'cli.check.help.cacheLocation'))
    .option('--spell', msgIn(lang, 'cli.check.help.spell'))
    .option('--add-words', msgIn(lang, 'cli.check.help.addWords'))
    .addOption(langOption())
    .action(async (dir: string | undefined, options: { format: 'text' | 'json' | 'github'; maxWarnings?: number; cache?: boolean; cacheLocation?: string; spell?: boolean; addWords?: boolean; lang?: Lang }) => {
      const { runCheck } = await import('./run-check.js');
      setExit(await runCheck(io, { dir, ...options }));
    });

  program
    .command('status')
    .description(msgIn(lang, 'cli.status.help.description'))
    .argument('[dir]', msgIn(lang, 'cli.help.projectDir'))
    .addOption(new Option('--format <format>', msgIn(lang, 'cli.status.help.format')).choices(['text', 'json', 'markdown']).default('text'))
    .addOption(langOption())
    .action(async (dir: string | undefined, options: { format: 'text' | 'json' | 'markdown'; lang?: Lang }) => {
      const { runStatus } = await import('./run-status.js');
      setExit(await runStatus(io, { dir, ...options }));
    });

  const wholeNumber = (flag: string, min: number, max: number) => (value: string) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
      throw new IhekError(ExitCode.input, msg('cli.option.wholeNumber', { flag, min, max, value }));
    }
    return n;
  };

  program
    .command('init')
    .description(msgIn(lang, 'cli.init.help.description'))
    .argument('[dir]', msgIn(lang, 'cli.init.help.dir'))
    .option('--area <name>', msgIn(lang, 'cli.init.help.area'))
    .option('--district <name>', msgIn(lang, 'cli.help.district'))
    .option('--from <year>', msgIn(lang, 'cli.init.help.from'), wholeNumber('--from', 1990, 2100))
    .option('--to <year>', msgIn(lang, 'cli.init.help.to'), wholeNumber('--to', 1990, 2100))
    .option('--benn', msgIn(lang, 'cli.init.help.benn'))
    .option('--profile <name>', msgIn(lang, 'cli.init.help.profile'))
    .option('--force', msgIn(lang, 'cli.init.help.force'))
    .addOption(langOption())
    .action(async (dir: string | undefined, options: { area?: string; district?: string; from?: number; to?: number; benn?: boolean; profile?: string; force?: boolean }) => {
      const { runInit } = await import('./run-init.js');
      setExit(await runInit(io, lang, { ...(dir !== undefined && { dir }), ...options }));
    });

  program
    .command('import')
    .description(msgIn(lang, 'cli.import.help.description'))
    .argument('<file>', msgIn(lang, 'cli.import.help.file'))
    .argument('<dir>', msgIn(lang, 'cli.import.help.dir'))
    .option('--area <name>', msgIn(lang, 'cli.import.help.area'))
    .option('--district <name>', msgIn(lang, 'cli.help.district'))
    .option('--period <from-to>', msgIn(lang, 'cli.import.help.period'))
    .option('--profile <name>', msgIn(lang, 'cli.import.help.profile'))
    .addOption(langOption())
    .action(async (file: string, dir: string, options: { area?: string; district?: string; period?: string; profile?: string; lang?: Lang }) => {
      const { runImport } = await import('./run-import.js');
      const { lang: chosen, ...rest } = options;
      setExit(await runImport(io, chosen ?? lang, { file, dir, ...rest }));
    });

  const newCommand = program
    .command('new')
    .description(msgIn(lang, 'cli.new.help.description'))
    .helpCommand(false);
  const newChapter = newCommand
    .command('chapter')
    .description(msgIn(lang, 'cli.new.help.chapter'))
    .argument('<type>', msgIn(lang, 'cli.new.help.type'))
    .argument('<id>', msgIn(lang, 'cli.new.help.id'))
    .option('--dir <dir>', msgIn(lang, 'cli.help.projectDir'))
    .option('--title <title>', msgIn(lang, 'cli.new.help.title'))
    .option('--handlungsfeld <id>', msgIn(lang, 'cli.new.help.handlungsfeld'))
    .addOption(langOption())
    .action(async (type: string, id: string, options: { dir?: string; title?: string; handlungsfeld?: string }) => {
      const { runNewChapter } = await import('./run-new.js');
      setExit(await runNewChapter(io, lang, { type, id, ...options }));
    });
  newChapter.exitOverride();
  newChapter.configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    outputError: (text, write) => write(explainError(text, newChapter, lang, projectLang).replace('ihek chapter:', 'ihek new chapter:')),
  });

  program
    .command('watch')
    .description(msgIn(lang, 'cli.watch.help.description'))
    .argument('[dir]', msgIn(lang, 'cli.help.projectDir'))
    .option('--port <port>', msgIn(lang, 'cli.watch.help.port'), wholeNumber('--port', 0, 65535))
    .addOption(langOption())
    .action(async (dir: string | undefined, options: { port?: number; lang?: Lang }) => {
      const { runWatch } = await import('./run-watch.js');
      setExit(await runWatch(io, lang, { ...(dir !== undefined && { dir }), ...options }));
    });

  program
    .command('release')
    .description(msgIn(lang, 'cli.release.help.description'))
    .argument('[dirs...]', msgIn(lang, 'cli.release.help.dirs'))
    .option('--out <dir>', msgIn(lang, 'cli.release.help.out'))
    .option('--allow-warnings', msgIn(lang, 'cli.release.help.allowWarnings'))
    .option('--require-final', msgIn(lang, 'cli.release.help.requireFinal'))
    .option('--browser <path>', msgIn(lang, 'cli.help.browser'))
    .option('--timeout <seconds>', msgIn(lang, 'cli.release.help.timeout'), positiveNumber('--timeout'))
    .addOption(langOption())
    .action(async (dirs: string[], options: { out?: string; allowWarnings?: boolean; requireFinal?: boolean; browser?: string; timeout?: number; lang?: Lang }) => {
      const { runRelease } = await import('./run-release.js');
      setExit(await runRelease(io, { dirs, ...options }));
    });

  program
    .command('diff')
    .description(msgIn(lang, 'cli.diff.help.description'))
    .argument('<from>', msgIn(lang, 'cli.diff.help.from'))
    .argument('[to]', msgIn(lang, 'cli.diff.help.to'))
    .option('--dir <dir>', msgIn(lang, 'cli.diff.help.dir'))
    .addOption(new Option('--format <format>', msgIn(lang, 'cli.help.format')).choices(['text', 'json', 'markdown']).default('text'))
    .option('--stat', msgIn(lang, 'cli.diff.help.stat'))
    .option('--exit-code', msgIn(lang, 'cli.diff.help.exitCode'))
    .option('--no-color', msgIn(lang, 'cli.diff.help.noColor'))
    .option('--html <file>', msgIn(lang, 'cli.diff.help.html'))
    .option('--pdf <file>', msgIn(lang, 'cli.diff.help.pdf'))
    .option('--browser <path>', msgIn(lang, 'cli.help.browser'))
    .option('--timeout <seconds>', msgIn(lang, 'cli.help.timeout'), positiveNumber('--timeout'))
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
    .description(msgIn(lang, 'cli.fmt.help.description'))
    .argument('[dir]', msgIn(lang, 'cli.help.projectDir'))
    .argument('[files...]', msgIn(lang, 'cli.fmt.help.files'))
    .option('--check', msgIn(lang, 'cli.fmt.help.check'))
    .option('--diff', msgIn(lang, 'cli.fmt.help.diff'))
    .addOption(langOption())
    .action(async (dir: string | undefined, files: string[], options: { check?: boolean; diff?: boolean; lang?: Lang }) => {
      const { runFmt } = await import('./run-fmt.js');
      setExit(await runFmt(io, { dir, files, ...options }));
    });

  const profile = program
    .command('profile')
    .description(msgIn(lang, 'cli.profile.help.description'))
    .helpCommand(false);
  profile
    .command('show')
    .description(msgIn(lang, 'cli.profile.help.show'))
    .argument('[dir]', msgIn(lang, 'cli.help.projectDir'))
    .option('--profile <name>', msgIn(lang, 'cli.profile.help.profile'))
    .addOption(langOption())
    .action(async (dir: string | undefined, options: { profile?: string }) => {
      const { runProfileShow } = await import('./run-profile-show.js');
      setExit(await runProfileShow(io, dir, options.profile));
    });

  for (const command of [program, ...program.commands, ...profile.commands]) {
    command.exitOverride();
    command.configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(explainError(text, command, lang, projectLang)),
    });
  }
  return program;
}

function positiveNumber(flag: string) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) {
      throw new IhekError(ExitCode.input, msg('cli.option.positiveNumber', { flag, value }));
    }
    return n;
  };
}

/** Says which command or option was not understood, in the user's language, and lists the valid ones. */
function explainError(text: string, command: Command, lang: Lang, projectLang: () => Lang): string {
  const suggestion = /\(Did you mean ([^?]+)\?\)/.exec(text)?.[1];
  const unknownCommand = /unknown command '([^']+)'/.exec(text);
  if (unknownCommand) {
    // No command ran, so no project was loaded; the one where the user stands decides the language.
    const shown = projectLang();
    const commands = command.commands.map((c) => c.name()).join(', ');
    const name = command.name() === 'ihek' ? 'ihek' : `ihek ${command.name()}`;
    return `${msgIn(shown, 'cli.usage.unknownCommand', { command: unknownCommand[1]! })}${
      suggestion ? msgIn(shown, 'cli.usage.didYouMeanCommand', { command: `${name} ${suggestion}` }) : ''
    }\n${msgIn(shown, 'cli.usage.commands', { name, commands })}\n`;
  }
  const unknown = /unknown option '([^']+)'/.exec(text);
  if (!unknown) return text;
  const valid = [...command.options.map((option) => option.flags), '-h, --help'].join(', ');
  const name = command.name() === 'ihek' ? 'ihek' : `ihek ${command.parent?.name() === 'profile' ? 'profile ' : ''}${command.name()}`;
  return `${msgIn(lang, 'cli.usage.unknownOption', { option: unknown[1]! })}${
    suggestion ? msgIn(lang, 'cli.usage.didYouMeanOption', { option: suggestion }) : ''
  }\n${msgIn(lang, 'cli.usage.options', { name, options: valid })}\n`;
}
