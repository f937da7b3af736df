/**
 * Anchor for `ihek build --pdf`: one bare, tagged puppeteer print of ihek's own HTML.
 *
 *   node bench/.build/puppeteer-print.js <browser> <in.html> <out.pdf>
 *
 * The runner times this whole process, so the time includes: Node start-up, loading
 * puppeteer-core, launching a fresh browser (the same executable, headless mode and flags as
 * src/pdf/browser-session.ts), reading the HTML, `page.setContent` (waitUntil: 'load', with the
 * `ihek-print` class ihek adds for printing), one `page.pdf({ tagged: true, outline: true,
 * printBackground: true, preferCSSPageSize: true })`, writing the file and closing the browser.
 * Not included (ihek does these): request interception, waiting for every font face, filling in
 * the contents' page numbers, its own bookmarks and metadata, re-saving with pdf-lib.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const [executablePath, input, output] = process.argv.slice(2);
if (!executablePath || !input || !output) {
  process.stderr.write('usage: puppeteer-print <browser> <in.html> <out.pdf>\n');
  process.exit(2);
}
const workDir = await mkdtemp(path.join(os.tmpdir(), 'ihek-bench-pptr-'));
const browser = await puppeteer.launch({
  executablePath,
  headless: 'shell',
  userDataDir: path.join(workDir, 'profile'),
  protocolTimeout: 0,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-features=Translate,MediaRouter,OptimizationHints',
    '--no-first-run',
    '--no-default-browser-check',
    '--font-render-hinting=none',
    '--mute-audio',
  ],
});
try {
  const html = await readFile(input, 'utf8');
  const page = await browser.newPage();
  await page.setContent(html.replace(/<html /, '<html class="ihek-print" '), { waitUntil: 'load', timeout: 0 });
  const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout: 0 });
  await writeFile(output, pdf);
} finally {
  await browser.close();
  await rm(workDir, { recursive: true, force: true });
}
