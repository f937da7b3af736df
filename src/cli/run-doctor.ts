import { ExitCode } from '../errors.js';
import { findBrowser } from '../pdf/find-browser.js';
import { packageVersion } from '../version.js';
import type { CliIo } from './io.js';

/** Says which browser would print the PDF and where it was found. */
export async function runDoctor(io: CliIo, say: (de: string, en: string) => string, browser: string | undefined): Promise<number> {
  const found = await findBrowser(browser, io.env);
  const sources: Record<string, string> = {
    option: '--browser',
    IHEK_BROWSER: 'IHEK_BROWSER',
    PUPPETEER_EXECUTABLE_PATH: 'PUPPETEER_EXECUTABLE_PATH',
    pinned: say(`mitgelieferter Chromium (@sparticuz/chromium ${found.version ?? ''})`, `bundled Chromium (@sparticuz/chromium ${found.version ?? ''})`),
    puppeteer: say('von puppeteer installiert', 'installed by puppeteer'),
    system: say('System', 'system'),
  };
  io.stdout.write(`ihek ${packageVersion()}, Node.js ${process.versions.node}\n`);
  io.stdout.write(say(`PDF-Browser: ${found.path}\nQuelle: ${sources[found.source]}\n`, `PDF browser: ${found.path}\nsource: ${sources[found.source]}\n`));
  return ExitCode.ok;
}
