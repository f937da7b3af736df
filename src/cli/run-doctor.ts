import { ExitCode } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';
import { findBrowser } from '../pdf/find-browser.js';
import { packageVersion } from '../version.js';
import type { CliIo } from './io.js';

/** Says which browser would print the PDF and where it was found. */
export async function runDoctor(io: CliIo, lang: Lang, browser: string | undefined): Promise<number> {
  const found = await findBrowser(browser, io.env);
  const sources: Record<string, string> = {
    option: '--browser',
    IHEK_BROWSER: 'IHEK_BROWSER',
    PUPPETEER_EXECUTABLE_PATH: 'PUPPETEER_EXECUTABLE_PATH',
    pinned: msgIn(lang, 'cli.doctor.source.pinned', { version: found.version ?? '' }),
    puppeteer: msgIn(lang, 'cli.doctor.source.puppeteer'),
    system: msgIn(lang, 'cli.doctor.source.system'),
  };
  io.stdout.write(`ihek ${packageVersion()}, Node.js ${process.versions.node}\n`);
  io.stdout.write(`${msgIn(lang, 'cli.doctor.browser', { path: found.path, source: sources[found.source] ?? found.source })}\n`);
  return ExitCode.ok;
}
