import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { same, type Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { neutralizeCss } from './neutralize-css.js';

/**
 * The page as the project's layout and partials made it, judged as the browser will parse it:
 * what a template wrote as `<scr{{!x}}ipt>`, `http&#45;equiv` or `</style><script>` is a script or
 * a redirect here, whatever its source text looked like. The chapters' own HTML is not part of
 * this page (it went through the sanitiser already); it stands in it as slots, filled afterwards.
 *
 * Taken out, as chapters' raw HTML is: scripts, event handlers, `javascript:` and other unsafe
 * URLs, `<meta http-equiv>` (but a Content-Security-Policy, which can only forbid more), `<base>`,
 * frames, objects and embeds, SVG animations that set links, and everything that loads something
 * (`<link>`, `src`, `srcset`, `@import`, `url()` …) but `data:` URLs. Everything else of the page
 * stays byte for byte as the templates wrote it.
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export type TemplateRule = 'template-script' | 'template-external';

export interface PageFinding {
  rule: TemplateRule;
  /** Offset in the page as rendered. */
  offset: number;
  text: Localized;
}

/** A place in the safe page where trusted text of ours goes: a chapter's HTML or CSS of the tool. */
export interface PageSlot {
  start: number;
  end: number;
  key: string;
}

/** The page's policy when a layout of the project's own brings none. */
export const PAGE_CSP = "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** Stands in the page where a chapter's HTML goes. */
export const chapterSlot = (index: number) => `<!--ihek-chapter:${index}-->`;

/** Stands in a `<style>` element's text where CSS of the tool goes (fonts, print rules). */
export const cssSlot = (key: string) => `/*ihek-css:${key}*/`;
const CSS_SLOT = /\/\*ihek-css:([a-z]+)\*\//g;
const CHAPTER_COMMENT = /^ihek-chapter:\d+$/;
const ANY_SLOT = /ihek-(?:chapter|css):/;

// <noscript>: with scripting off (the print page, a reader's browser) its text is parsed as markup.
const REMOVED_ELEMENTS = new Set(['script', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'base', 'noembed']);
const SVG_ANIMATIONS = new Set(['animate', 'set', 'animatemotion', 'animatetransform']);
/** Attributes whose URL the browser fetches while showing the page. */
const LOADING = new Set(['src', 'srcset', 'imagesrcset', 'poster', 'data', 'background', 'lowsrc', 'dynsrc', 'manifest', 'codebase', 'archive', 'icon', 'ping']);
/** Attributes whose URL is followed only when the reader asks for it. */
const NAVIGATING = new Set(['href', 'action', 'formaction', 'cite', 'longdesc', 'xlink:href']);
/** Elements whose `href` loads rather than links. */
const LOADING_HREF = new Set(['link', 'image', 'use', 'feimage', 'script', 'pattern', 'filter', 'textpath', 'mpath']);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
/** A `srcset` of one `data:` candidate; a list could hide an address after the data URL's comma. */
const DATA_SRCSET = /^\s*data:\S*(?:\s+\d+(?:\.\d+)?[wx])?\s*$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

interface Edit {
  start: number;
  end: number;
  text: string;
}

function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  return SCHEME.exec(url.replace(/[\s\u0000-\u001f]+/g, ''))?.[1]?.toLowerCase();
}

/** What was found: an element, or an attribute on an element. */
type What = string | { attribute: string; element: string };

function describe(rule: TemplateRule, found: What): Localized {
  const what = typeof found === 'string' ? same(found) : msg('render.page.attributeOn', { attribute: found.attribute, element: found.element });
  return rule === 'template-script' ? msg('render.page.script', { what }) : msg('render.page.external', { what });
}

const MISPLACED_SLOT: Localized = msg('render.page.misplacedSlot');

/** One pass over the parsed page: the edits that make it safe, what they are for, and the slots. */
function judge(html: string): { edits: Edit[]; findings: PageFinding[]; slots: PageSlot[]; hasCsp: boolean; headEnd: number } {
  const edits: Edit[] = [];
  const findings: PageFinding[] = [];
  const slots: PageSlot[] = [];
  let hasCsp = false;
  let headEnd = 0;
  const remove = (start: number, end: number, rule: TemplateRule, what: What) => {
    edits.push({ start, end, text: '' });
    findings.push({ rule, offset: start, text: describe(rule, what) });
  };
  const misplacedSlot = (start: number, end: number, text: string) => {
    edits.push({ start, end, text });
    findings.push({ rule: 'template-script', offset: start, text: MISPLACED_SLOT });
  };

  const visitElement = (element: Element) => {
    const location = element.sourceCodeLocation;
    const name = element.tagName.toLowerCase();
    if (name === 'head' && location?.startTag) headEnd = location.startTag.endOffset;
    const httpEquiv = element.attrs.find((attribute) => attribute.name === 'http-equiv')?.value.trim().toLowerCase();
    const isCsp = name === 'meta' && httpEquiv === 'content-security-policy';
    if (isCsp) hasCsp = true;
    const linkHref = name === 'link' ? element.attrs.find((attribute) => attribute.name === 'href')?.value : undefined;
    const animatesLink =
      SVG_ANIMATIONS.has(name) && element.attrs.some((attribute) => attribute.name.toLowerCase() === 'attributename' && /href$/i.test(attribute.value.trim()));
    const removal: [TemplateRule, string] | undefined = REMOVED_ELEMENTS.has(name) || animatesLink
      ? ['template-script', `<${name}>`]
      : name === 'meta' && httpEquiv !== undefined && !isCsp
        ? ['template-script', `<meta http-equiv="${httpEquiv}">`]
        : name === 'link' && (linkHref === undefined || !linkHref.trim().toLowerCase().startsWith('data:'))
          ? ['template-external', `<link href="${(linkHref ?? '').slice(0, 60)}">`]
          : undefined;
    if (removal) {
      if (location) remove(location.startOffset, location.endOffset, removal[0], removal[1]);
      return;
    }
    for (const attribute of element.attrs) {
      const full = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
      const at = location?.attrs?.[full] ?? location?.attrs?.[attribute.name];
      if (!at) continue;
      const key = full.toLowerCase();
      const value = attribute.value;
      const scheme = schemeOf(value);
      const loadingHref = (key === 'href' || key === 'xlink:href') && LOADING_HREF.has(name);
      const loads = LOADING.has(key) || loadingHref;
      // What may be loaded: a data: URL, or (for SVG references such as <use href="#icon">) a fragment.
      const loadable = key.endsWith('srcset') ? DATA_SRCSET.test(value) : scheme === 'data' || (loadingHref && scheme === undefined && value.trim().startsWith('#'));
      if (ANY_SLOT.test(value)) {
        misplacedSlot(at.startOffset, at.endOffset, '');
      } else if (key.startsWith('on') || key === 'srcdoc') {
        remove(at.startOffset, at.endOffset, 'template-script', { attribute: `${full}="…"`, element: name });
      } else if (loads && !loadable) {
        remove(at.startOffset, at.endOffset, 'template-external', { attribute: `${full}="${value.slice(0, 60)}"`, element: name });
      } else if (NAVIGATING.has(key) && scheme !== undefined && !SAFE_SCHEMES.has(scheme)) {
        remove(at.startOffset, at.endOffset, 'template-script', { attribute: `${full}="${scheme}:…"`, element: name });
      } else if (key === 'style') {
        const safe = neutralizeCss(value);
        if (safe.findings.length > 0) {
          const quoted = safe.css.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
          edits.push({ start: at.startOffset, end: at.endOffset, text: `style="${quoted}"` });
          for (const found of safe.findings) findings.push({ rule: 'template-external', offset: at.startOffset, text: found.text });
        }
      }
    }
    if (name === 'style') {
      for (const child of element.childNodes) {
        if (child.nodeName !== '#text' || !child.sourceCodeLocation) continue;
        const start = child.sourceCodeLocation.startOffset;
        const css = html.slice(start, child.sourceCodeLocation.endOffset);
        // The tool's own CSS goes where its slots are; the rest of the text is the project's.
        let done = 0;
        for (const slot of css.matchAll(CSS_SLOT)) {
          judgeCss(css.slice(done, slot.index), start + done);
          slots.push({ start: start + slot.index!, end: start + slot.index! + slot[0].length, key: `css:${slot[1]}` });
          done = slot.index! + slot[0].length;
        }
        judgeCss(css.slice(done), start + done);
      }
      return;
    }
    visitChildren(element);
  };

  const judgeCss = (css: string, start: number) => {
    const safe = neutralizeCss(css);
    if (safe.findings.length === 0) return;
    edits.push({ start, end: start + css.length, text: safe.css });
    for (const found of safe.findings) findings.push({ rule: 'template-external', offset: start + found.offset, text: found.text });
  };

  const visitChildren = (parent: Node) => {
    const children = 'childNodes' in parent ? parent.childNodes : [];
    for (const child of children) {
      const location = 'sourceCodeLocation' in child ? child.sourceCodeLocation : undefined;
      if (child.nodeName === '#comment') {
        const data = (child as DefaultTreeAdapterMap['commentNode']).data;
        if (location && CHAPTER_COMMENT.test(data)) slots.push({ start: location.startOffset, end: location.endOffset, key: data.replace('ihek-', '') });
        else if (location && ANY_SLOT.test(data)) misplacedSlot(location.startOffset, location.endOffset, '');
      } else if (child.nodeName === '#text') {
        // A slot in the text of <title>, <textarea> and the like is no place for a chapter.
        const value = (child as DefaultTreeAdapterMap['textNode']).value;
        if (location && ANY_SLOT.test(value)) {
          const text = html.slice(location.startOffset, location.endOffset).replace(/<!--ihek-chapter:\d+-->|\/\*ihek-css:[a-z]+\*\//g, '');
          misplacedSlot(location.startOffset, location.endOffset, text);
        }
      } else if ('tagName' in child) {
        visitElement(child as Element);
      }
      if ('content' in child && child.content) visitChildren(child.content as Node);
    }
  };

  visitChildren(parse(html, { sourceCodeLocationInfo: true }));
  return { edits, findings, slots, hasCsp, headEnd };
}

/** Applies edits from the end, so earlier offsets stay right; an edit inside a removed range is moot. */
function applyEdits(html: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) {
      if (edit.text === '' && edit.end > cursor) cursor = edit.end;
      continue;
    }
    out += html.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + html.slice(cursor);
}

/**
 * The page made safe, what was taken out, and where its slots are. Taking something out can join
 * what stood around it into something new (`<scr<script></script>ipt>`), so the page is judged
 * again until nothing more is found.
 */
export function sanitizePage(html: string): { html: string; findings: PageFinding[]; slots: PageSlot[] } {
  const findings: PageFinding[] = [];
  let page = html;
  for (let round = 0; round < 20; round += 1) {
    const judged = judge(page);
    findings.push(...judged.findings);
    if (judged.edits.length === 0) {
      if (judged.hasCsp) return { html: page, findings, slots: judged.slots };
      // A layout without the policy gets the tool's, where a policy is read: in the head.
      const meta = `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`;
      const at = judged.headEnd || (/^\s*<!doctype[^>]*>/i.exec(page)?.[0].length ?? 0);
      page = `${page.slice(0, at)}${meta}${page.slice(at)}`;
      continue;
    }
    page = applyEdits(page, judged.edits);
  }
  // Every round takes text out, so this is not reached; if it were, nothing of the page is kept.
  throw new Error('the page could not be made safe');
}

/** The safe page with each slot filled (a slot whose key `fill` does not know is left empty). */
export function fillSlots(html: string, slots: readonly PageSlot[], fill: (key: string) => string | undefined): string {
  let out = '';
  let cursor = 0;
  for (const slot of [...slots].sort((a, b) => a.start - b.start)) {
    out += html.slice(cursor, slot.start) + (fill(slot.key) ?? '');
    cursor = slot.end;
  }
  return out + html.slice(cursor);
}
