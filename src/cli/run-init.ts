import path from 'node:path';
import { ExitCode } from '../errors.js';
import { initProject, type InitOptions } from '../init/init-project.js';
import type { CliIo } from './io.js';

/** The options of `ihek init` are the API's, less the working folder and the clock. */
export type InitCliOptions = Omit<InitOptions, 'cwd' | 'now'>;

export async function runInit(io: CliIo, say: (de: string, en: string) => string, options: InitCliOptions): Promise<number> {
  const result = await initProject({ ...options, cwd: io.cwd });
  const overwritten = new Set(result.overwritten);
  for (const file of result.files) {
    const shown = path.relative(io.cwd, path.join(result.root, file)) || file;
    io.stdout.write(overwritten.has(file) ? say(`überschrieben: ${shown}\n`, `overwritten: ${shown}\n`) : say(`angelegt: ${shown}\n`, `created: ${shown}\n`));
  }
  const where = path.relative(io.cwd, result.root);
  const cd = where === '' ? '' : `cd ${where.includes(' ') ? `"${where}"` : where} && `;
  io.stderr.write(
    say(
      `\nDas IHEK-Projekt ist angelegt. Weiter mit:\n  ${cd}npm install && npx ihek check\n  npx ihek watch    (Vorschau im Browser, aktualisiert sich beim Speichern)\n` +
        `Die Kapitel enthalten Hinweistexte (mit <!-- Vorlage: … --> am Ende); ihek check meldet sie als Warnungen, bis Sie sie durch eigenen Text ersetzen.\n`,
      `\nThe IHEK project is ready. Next:\n  ${cd}npm install && npx ihek check\n  npx ihek watch    (preview in the browser, refreshes on save)\n` +
        `The chapters hold guidance text (ending in <!-- Vorlage: … -->); ihek check warns about it until you replace it with your own text.\n`,
    ),
  );
  return ExitCode.ok;
}
