import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Spellers } from '../check/spelling/wording-info.js';
import { build, documentDate } from '../pipeline/build-project.js';
import { countBySeverity, type Diagnostic } from '../diagnostics.js';
import { inputError } from '../errors.js';
import { msg } from '../i18n/message.js';
import type { BrowserSession } from '../pdf/browser-session.js';
import { packageVersion } from '../version.js';
import { digestFile, sha256sums } from './checksums.js';
import { draftMark } from '../document/document-stamp.js';
import type { BlockReason, PreparedRelease } from './prepare-release.js';
import { makeStaging, RECORD_NAME, SUMS_NAME } from './release-folder.js';
import { formatRecord, releaseRecord, type ReleaseRecord } from './release-record.js';

export interface StageOptions {
  session: BrowserSession;
  env: NodeJS.ProcessEnv;
  allowWarnings: boolean;
  timeoutMs?: number;
  /** The dictionaries of the whole release. */
  spellers: Spellers;
}

export type StageResult =
  | { staged: true; staging: string; record: ReleaseRecord; diagnostics: Diagnostic[] }
  | { staged: false; blocked: BlockReason; diagnostics: Diagnostic[] };

/** The draft mark must stand on the cover: a project's own cover.hbs may not drop it. */
function showsDraftMark(html: string, mark: string): boolean {
  return new RegExp(`class="cover-draft"[^>]*>\\s*${mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(html);
}

/**
 * Renders one prepared project into a staging folder beside its release folder: HTML, PDF (and the
 * Word version when the manifest lists `docx`) named `ihek-<area>-<version>`, `release.json` and `SHA256SUMS`. The staging folder is removed again
 * on every failure; the release folder itself is not touched here.
 */
export async function stageRelease(prepared: PreparedRelease, options: StageOptions): Promise<StageResult> {
  // Removed also when the run is interrupted or killed before the folder is renamed into place.
  const staging = await makeStaging(prepared.outDir, (name) => options.session.removeWithRun(name));
  try {
    const result = await build({
      dir: path.join(prepared.project.root, prepared.project.manifestFile),
      out: staging,
      // The Word version goes with the release when the manifest asks for it.
      formats: prepared.project.manifest.output.formats.includes('docx') ? ['html', 'docx', 'pdf'] : ['html', 'pdf'],
      session: options.session,
      env: options.env,
      stamp: prepared.stamp,
      baseName: prepared.baseName,
      // What is signed off is always spelt, in the build as in the check before it.
      spell: true,
      spellers: options.spellers,
      ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    });
    const counts = countBySeverity(result.diagnostics);
    const blocked: BlockReason | undefined = !result.ok ? 'errors' : counts.warnings > 0 && !options.allowWarnings ? 'warnings' : undefined;
    if (blocked) {
      await rm(staging, { recursive: true, force: true });
      return { staged: false, blocked, diagnostics: result.diagnostics };
    }
    const htmlFile = result.files.find((file) => file.endsWith('.html'));
    const pdfFile = result.files.find((file) => file.endsWith('.pdf'));
    if (!htmlFile || !pdfFile || !result.pdf) throw new Error('build() wrote no PDF for a release');
    const lang = prepared.project.manifest.lang;
    if (prepared.stamp.draft && !showsDraftMark(await readFile(htmlFile, 'utf8'), draftMark(lang))) {
      const mark = { de: draftMark('de'), en: draftMark('en') };
      throw inputError(msg('release.stage.noDraftMark', { mark }), { file: 'templates/partials/cover.hbs' });
    }
    const documents = await Promise.all(result.files.map((file) => digestFile(file)));
    const record = releaseRecord({
      prepared,
      buildDate: documentDate(prepared.project, options.env),
      env: options.env,
      toolVersion: packageVersion(),
      browser: result.browser,
      check: counts,
      pages: result.pdf.pages,
      files: documents,
    });
    const recordFile = path.join(staging, RECORD_NAME);
    await writeFile(recordFile, formatRecord(record));
    await writeFile(path.join(staging, SUMS_NAME), sha256sums([...documents, await digestFile(recordFile)]));
    return { staged: true, staging, record, diagnostics: result.diagnostics };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
