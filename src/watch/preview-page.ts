import { CHAPTER_SLOT } from '../render/page-frame.js';
import { FONT_SLOT } from './incremental-build.js';

/** Addresses the preview server answers besides the page itself. */
export const LIVE_SCRIPT_PATH = '/__ihek/live.js';
export const EVENTS_PATH = '/__ihek/events';

/**
 * The built page forbids every script (`default-src 'none'`). The preview – and only the preview –
 * swaps that policy for one that also lets in the reload script from this server and its event
 * stream; everything else stays as strict as in the built file.
 */
export const PREVIEW_CSP =
  "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

const CSP_META = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>\s*/gi;

/** The preview's head additions: the relaxed policy, the page's version and the reload script. */
export function previewFrame(frame: string, version: number): string {
  const additions =
    `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">\n` +
    `<meta name="ihek-preview-version" content="${version}">\n` +
    `<script src="${LIVE_SCRIPT_PATH}" defer></script>\n`;
  const stripped = frame.replace(CSP_META, '');
  const head = /<head(\s[^>]*)?>\s*/i.exec(stripped);
  if (!head) return `${additions}${stripped}`;
  // After <meta charset>, which must come within the first bytes of the page.
  const charset = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>\s*/i.exec(stripped.slice(head.index));
  const at = charset && charset.index < 200 ? head.index + charset.index + charset[0].length : head.index + head[0].length;
  return `${stripped.slice(0, at)}${additions}${stripped.slice(at)}`;
}

/** The whole page: the frame with the fonts and every chapter slot filled. */
export function composePage(frame: string, chapters: readonly { html: string }[], fontCss: string): string {
  const at = frame.indexOf(FONT_SLOT);
  const withFonts = at === -1 ? frame : `${frame.slice(0, at)}${fontCss}${frame.slice(at + FONT_SLOT.length)}`;
  return withFonts.replace(CHAPTER_SLOT, (_, index: string) => chapters[Number(index)]?.html ?? '');
}

/** A page shown while there is nothing better: the first build is running, or it failed. */
export function placeholderPage(title: string, text: string, version: number): string {
  const escape = (value: string) => value.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return previewFrame(
    `<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escape(title)}</title>\n</head>\n<body style="font-family: sans-serif; margin: 2rem">\n<h1>${escape(title)}</h1>\n<p>${escape(text)}</p>\n</body>\n</html>\n`,
    version,
  );
}
