import path from 'node:path';
import type { Definition, Html, Link, Node } from 'mdast';
import type { Diagnostic } from '../diagnostics.js';
import type { Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { LINK_PROTOCOLS, sanitizeSchema } from '../render/sanitize-schema.js';
import { finding } from '../rules.js';

/**
 * What the published document would silently lose or what would reach outside it: links to files or
 * to unsafe addresses, raw HTML the sanitiser removes, templates that load from elsewhere. The output
 * is safe without these rules (sanitiser, Content-Security-Policy, blocked requests); they tell the
 * author at the line, before a reviewer wonders where the map or the form went.
 */

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Why a link target does not work in the published document, or undefined when it does. */
export function linkProblem(url: string, chapterFile: string): Localized | undefined {
  const target = url.trim();
  if (target === '' || target.startsWith('#') || target.startsWith('//')) return undefined;
  const scheme = SCHEME.exec(target)?.[1]?.toLowerCase();
  if (scheme && !/^[a-z]$/.test(scheme)) {
    if (LINK_PROTOCOLS.includes(scheme)) return undefined;
    return msg('check.safety.linkScheme', { target, scheme, allowed: LINK_PROTOCOLS.map((p) => `${p}:`).join(', ') });
  }
  const filePart = target.replace(/[?#].*$/, '');
  let decoded = filePart;
  try {
    decoded = decodeURIComponent(filePart);
  } catch {
    // Keep the text as written.
  }
  // Relative to the project folder, as the chapter's own path is; a leading / starts there, as
  // for images.
  const written = decoded.replaceAll('\\', '/');
  const relative = path.posix.normalize(written.startsWith('/') ? `.${written}` : path.posix.join(path.posix.dirname(chapterFile), written));
  if (scheme || relative === '..' || relative.startsWith('../')) {
    return msg('check.safety.linkOutside', { target });
  }
  return msg('check.safety.linkFile', { target });
}

const ALLOWED_TAGS = new Set((sanitizeSchema.tagNames ?? []).map((name) => name.toLowerCase()));
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'srcset', 'poster', 'xlink:href', 'background', 'cite', 'longdesc']);
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** What the sanitiser removes from one piece of raw HTML, with offsets into it. */
export function removedHtml(html: string): Array<{ offset: number; text: Localized }> {
  const out: Array<{ offset: number; text: Localized }> = [];
  for (const tag of html.matchAll(TAG)) {
    const name = tag[1]!.toLowerCase();
    const offset = tag.index ?? 0;
    if (!ALLOWED_TAGS.has(name)) {
      out.push({
        offset,
        text: msg('check.safety.elementRemoved', { name }),
      });
      continue;
    }
    for (const attribute of (tag[2] ?? '').matchAll(ATTRIBUTE)) {
      const attr = attribute[1]!.toLowerCase();
      const value = (attribute[2] ?? attribute[3] ?? attribute[4] ?? '').trim();
      const scheme = SCHEME.exec(value.replace(/[\s\u0000-\u001f]+/g, ''))?.[1]?.toLowerCase();
      const unsafeUrl = URL_ATTRIBUTES.has(attr) && scheme !== undefined && !LINK_PROTOCOLS.includes(scheme);
      if (attr.startsWith('on') || attr === 'style' || unsafeUrl) {
        const what = unsafeUrl ? `${attr}="${scheme}:…"` : attr;
        out.push({
          offset,
          text: msg('check.safety.attributeRemoved', { what, name }),
        });
      }
    }
  }
  return out;
}

function placeInNode(node: Html, offset: number, file: string, fallbackLine: number) {
  const start = node.position?.start;
  if (!start) return { file, line: fallbackLine, column: 1 };
  const before = node.value.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  const column = newlines === 0 ? start.column + offset : offset - before.lastIndexOf('\n');
  return { file, line: start.line + newlines, column };
}

/**
 * Rules link-target and raw-html for one node of a chapter's tree; called from the chapter's one
 * walk of content rules (check-content.ts), so the findings are kept with the chapter in the cache.
 */
export function linkAndHtmlRules(node: Node, source: { file: string; bodyLine: number }, out: Diagnostic[]): void {
  if (node.type === 'link' || node.type === 'definition') {
    const link = node as Link | Definition;
    const problem = linkProblem(link.url, source.file);
    if (!problem) return;
    const start = link.position?.start;
    out.push(finding('link-target', { file: source.file, line: start?.line ?? source.bodyLine, column: start?.column ?? 1 }, problem));
  } else if (node.type === 'html') {
    for (const removed of removedHtml((node as Html).value)) {
      out.push(finding('raw-html', placeInNode(node as Html, removed.offset, source.file, source.bodyLine), removed.text));
    }
  }
}
