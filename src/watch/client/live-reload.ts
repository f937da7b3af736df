/**
 * The script the preview page loads from the server (never part of a built file); the build bundles
 * it for the browser (scripts/bundle-cli.mjs). It listens to the server's event stream and
 * - replaces the sections of changed chapters in place (`patch`), and – when the contents, the lists
 *   of figures and tables or the back matter changed as well – the parts around them that differ;
 *   the unchanged chapters stay as they are, and so does the scroll position,
 * - lays a changed head (styles, title, print rules) over the old one the same way,
 * - reloads the page when the server says so (chapters added, removed or moved, another document
 *   language) or a patch does not fit the page (`reload`; the scroll position is kept across it),
 * - shows the current findings of the check, or why the project could not be built, in a banner
 *   at the top of the page (`banner`); the page underneath stays the last one that could be built.
 * DOM text is set with textContent only: messages cannot inject markup.
 */
import type { Banner, ChapterSlot, PreviewEvents } from '../preview-events.js';

const meta = document.querySelector<HTMLMetaElement>('meta[name="ihek-preview-version"]');
let version = meta ? Number(meta.content) : -1;
const KEY = 'ihek-preview-scroll';

try {
  const saved = sessionStorage.getItem(KEY);
  if (saved) {
    sessionStorage.removeItem(KEY);
    const at = JSON.parse(saved) as { x: number; y: number; path: string };
    if (at.path === location.pathname) window.scrollTo(at.x, at.y);
  }
} catch {
  // storage may be off
}

function reload(): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ x: window.scrollX, y: window.scrollY, path: location.pathname }));
  } catch {
    // storage may be off
  }
  location.reload();
}

let box: HTMLDivElement | null = null;
let hiddenFor: string | null = null;

function showBanner(banner: Banner | null): void {
  const key = banner ? JSON.stringify(banner) : null;
  if (!banner || key === hiddenFor) {
    box?.remove();
    box = null;
    return;
  }
  if (!box) {
    box = document.createElement('div');
    box.id = 'ihek-preview-banner';
    box.setAttribute('role', 'region');
    box.setAttribute('aria-live', 'polite');
    Object.assign(box.style, {
      position: 'fixed',
      left: '0',
      right: '0',
      top: '0',
      zIndex: '2147483647',
      maxHeight: '45vh',
      overflow: 'auto',
      padding: '0.6rem 1rem',
      boxShadow: '0 2px 8px rgba(0,0,0,.4)',
      font: '14px/1.45 system-ui, sans-serif',
      color: '#fff',
    });
    document.body.append(box);
  }
  box.setAttribute('aria-label', banner.title);
  box.style.background = banner.level === 'error' ? '#8b0000' : '#6b4e00';
  box.replaceChildren();
  const head = document.createElement('div');
  Object.assign(head.style, { display: 'flex', justifyContent: 'space-between', gap: '1rem' });
  const title = document.createElement('strong');
  title.textContent = banner.title;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = banner.hide;
  close.addEventListener('click', () => {
    hiddenFor = key;
    showBanner(null);
  });
  head.append(title, close);
  const list = document.createElement('ul');
  Object.assign(list.style, { margin: '0.3rem 0 0', paddingLeft: '1.2rem' });
  for (const item of banner.items) {
    const li = document.createElement('li');
    // The page's own styles give code a light background and list items their colours; the
    // banner sets its own, so file:line stays white on the dark banner (contrast above 7:1).
    Object.assign(li.style, { color: 'inherit', margin: '0.15rem 0' });
    if (item.where) {
      const where = document.createElement('code');
      where.textContent = item.where;
      Object.assign(where.style, {
        color: 'inherit',
        background: 'none',
        padding: '0',
        fontWeight: '700',
        fontSize: '1em',
        fontFamily: 'ui-monospace, monospace',
      });
      li.append(where, document.createTextNode(' '));
    }
    li.append(document.createTextNode(item.text));
    list.append(li);
  }
  box.append(head, list);
  if (banner.more) {
    const more = document.createElement('p');
    more.style.margin = '0.3rem 0 0';
    more.textContent = banner.more;
    box.append(more);
  }
}

const source = new EventSource('/__ihek/events');

/** Listens to one kind of event with its data as the server sends it. */
function on<E extends keyof PreviewEvents>(event: E, listener: (data: PreviewEvents[E]) => void): void {
  source.addEventListener(event, (message) => listener(JSON.parse((message as MessageEvent<string>).data) as PreviewEvents[E]));
}

on('hello', (state) => {
  if (state.version !== version) return reload();
  showBanner(state.banner);
});
on('reload', () => reload());
on('banner', (data) => showBanner(data.banner));

function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;
const isSlot = (node: Node): node is Comment => node.nodeType === Node.COMMENT_NODE && /^ihek-chapter:\d+$/.test((node as Comment).data);

function hasSlot(node: Node): boolean {
  if (isSlot(node)) return true;
  if (!isElement(node)) return false;
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
  while (walker.nextNode()) if (isSlot(walker.currentNode)) return true;
  return false;
}

const same = (a: Node, b: Node) =>
  a.nodeType === b.nodeType && (isElement(a) && isElement(b) ? a.outerHTML === b.outerHTML : a.nodeValue === b.nodeValue);

/**
 * Makes the children of `current` (in the page) equal to those of `wanted` (parsed, with chapter
 * slots): chapter slots become the page's own sections or the new HTML, parents of slots are
 * walked into, anything else is replaced only when it differs. False when the shapes differ.
 */
function sync(current: Node, wanted: Node, slots: readonly ChapterSlot[], sections: readonly Element[], nodeFor: (slot: ChapterSlot) => Node): boolean {
  const have = [...current.childNodes].filter((n) => n !== box);
  const want = [...wanted.childNodes];
  if (have.length !== want.length) return false;
  for (let i = 0; i < want.length; i++) {
    const next = want[i]!;
    const now = have[i]!;
    if (isSlot(next)) {
      const slot = slots[Number(next.data.slice('ihek-chapter:'.length))];
      if (!slot) return false;
      if ('reuse' in slot) {
        if (sections[slot.reuse] !== now) return false;
        continue;
      }
      (now as ChildNode).replaceWith(nodeFor(slot));
    } else if (hasSlot(next)) {
      if (!isElement(now) || !isElement(next) || now.tagName !== next.tagName) return false;
      if (!sync(now, next, slots, sections, nodeFor)) return false;
    } else if (!same(now, next)) {
      (now as ChildNode).replaceWith(next);
    }
  }
  return true;
}

on('patch', (patch) => {
  const sections = [...document.querySelectorAll('section.main-chapter, section.appendix-chapter')];
  if (patch.from !== version || sections.length !== patch.count) return reload();
  const nodeFor = (slot: ChapterSlot): Node => ('reuse' in slot ? sections[slot.reuse]! : parse(slot.html));
  // New styles or print rules, a new title: laid over the head the same way (this script stays).
  if (patch.head !== null && !sync(document.head, parse(patch.head), [], [], nodeFor)) return reload();
  if (patch.body === null) {
    patch.slots.forEach((slot, index) => {
      if (!('reuse' in slot)) sections[index]?.replaceWith(nodeFor(slot));
    });
  } else {
    // The contents or lists changed too: the new body is laid over the page node by node, so only
    // what differs is replaced (a changed list, a changed chapter) and the browser lays out little.
    if (!sync(document.body, parse(patch.body), patch.slots, sections, nodeFor)) return reload();
  }
  version = patch.version;
  if (meta) meta.content = String(version);
  showBanner(patch.banner);
  document.dispatchEvent(new CustomEvent('ihek:patched', { detail: { version } }));
});
