/**
 * The script the preview page loads from the server (never part of a built file). It listens to the
 * server's event stream and
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
export const LIVE_CLIENT_SCRIPT = String.raw`(() => {
  'use strict';
  const meta = document.querySelector('meta[name="ihek-preview-version"]');
  let version = meta ? Number(meta.content) : -1;
  const KEY = 'ihek-preview-scroll';
  try {
    const saved = sessionStorage.getItem(KEY);
    if (saved) {
      sessionStorage.removeItem(KEY);
      const at = JSON.parse(saved);
      if (at.path === location.pathname) window.scrollTo(at.x, at.y);
    }
  } catch (error) { /* storage may be off */ }
  const reload = () => {
    try { sessionStorage.setItem(KEY, JSON.stringify({ x: window.scrollX, y: window.scrollY, path: location.pathname })); } catch (error) { /* storage may be off */ }
    location.reload();
  };

  let box = null;
  let hiddenFor = null;
  const showBanner = (banner) => {
    const key = banner ? JSON.stringify(banner) : null;
    if (!banner || key === hiddenFor) {
      if (box) { box.remove(); box = null; }
      return;
    }
    if (!box) {
      box = document.createElement('div');
      box.id = 'ihek-preview-banner';
      box.setAttribute('role', 'region');
      box.setAttribute('aria-live', 'polite');
      const s = box.style;
      s.position = 'fixed'; s.left = '0'; s.right = '0'; s.top = '0'; s.zIndex = '2147483647';
      s.maxHeight = '45vh'; s.overflow = 'auto'; s.padding = '0.6rem 1rem'; s.boxShadow = '0 2px 8px rgba(0,0,0,.4)';
      s.font = '14px/1.45 system-ui, sans-serif'; s.color = '#fff';
      document.body.append(box);
    }
    box.setAttribute('aria-label', banner.title);
    box.style.background = banner.level === 'error' ? '#8b0000' : '#6b4e00';
    box.replaceChildren();
    const head = document.createElement('div');
    head.style.display = 'flex'; head.style.justifyContent = 'space-between'; head.style.gap = '1rem';
    const title = document.createElement('strong');
    title.textContent = banner.title;
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = banner.hide;
    close.addEventListener('click', () => { hiddenFor = key; showBanner(null); });
    head.append(title, close);
    const list = document.createElement('ul');
    list.style.margin = '0.3rem 0 0'; list.style.paddingLeft = '1.2rem';
    for (const item of banner.items) {
      const li = document.createElement('li');
      // The page's own styles give code a light background and list items their colours; the
      // banner sets its own, so file:line stays white on the dark banner (contrast above 7:1).
      li.style.color = 'inherit'; li.style.margin = '0.15rem 0';
      if (item.where) {
        const where = document.createElement('code');
        where.textContent = item.where;
        const w = where.style;
        w.color = 'inherit'; w.background = 'none'; w.padding = '0'; w.fontWeight = '700'; w.fontSize = '1em';
        w.fontFamily = 'ui-monospace, monospace';
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
  };

  const source = new EventSource('/__ihek/events');
  source.addEventListener('hello', (event) => {
    const state = JSON.parse(event.data);
    if (state.version !== version) return reload();
    showBanner(state.banner);
  });
  source.addEventListener('reload', () => reload());
  source.addEventListener('banner', (event) => showBanner(JSON.parse(event.data).banner));
  const parse = (html) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  };
  const isSlot = (node) => node.nodeType === Node.COMMENT_NODE && /^ihek-chapter:\d+$/.test(node.data);
  const hasSlot = (node) => {
    if (isSlot(node)) return true;
    if (node.nodeType !== Node.ELEMENT_NODE) return false;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
    while (walker.nextNode()) if (isSlot(walker.currentNode)) return true;
    return false;
  };
  const same = (a, b) =>
    a.nodeType === b.nodeType && (a.nodeType === Node.ELEMENT_NODE ? a.outerHTML === b.outerHTML : a.nodeValue === b.nodeValue);
  // Makes the children of 'current' (in the page) equal to those of 'wanted' (parsed, with chapter
  // slots): chapter slots become the page's own sections or the new HTML, parents of slots are
  // walked into, anything else is replaced only when it differs. False when the shapes differ.
  const sync = (current, wanted, slots, sections, nodeFor) => {
    const have = [...current.childNodes].filter((n) => n !== box);
    const want = [...wanted.childNodes];
    if (have.length !== want.length) return false;
    for (let i = 0; i < want.length; i++) {
      const next = want[i];
      const now = have[i];
      if (isSlot(next)) {
        const index = Number(next.data.slice('ihek-chapter:'.length));
        const slot = slots[index];
        if (!slot) return false;
        if ('reuse' in slot) {
          if (sections[slot.reuse] !== now) return false;
          continue;
        }
        now.replaceWith(nodeFor(slot));
      } else if (hasSlot(next)) {
        if (now.nodeType !== Node.ELEMENT_NODE || now.tagName !== next.tagName) return false;
        if (!sync(now, next, slots, sections, nodeFor)) return false;
      } else if (!same(now, next)) {
        now.replaceWith(next);
      }
    }
    return true;
  };
  source.addEventListener('patch', (event) => {
    const patch = JSON.parse(event.data);
    const sections = [...document.querySelectorAll('section.main-chapter, section.appendix-chapter')];
    if (patch.from !== version || sections.length !== patch.count) return reload();
    const nodeFor = (slot) => ('reuse' in slot ? sections[slot.reuse] : parse(slot.html));
    // New styles or print rules, a new title: laid over the head the same way (this script stays).
    if (patch.head !== null && !sync(document.head, parse(patch.head), [], [], nodeFor)) return reload();
    if (patch.body === null) {
      patch.slots.forEach((slot, index) => {
        if (!('reuse' in slot)) sections[index].replaceWith(nodeFor(slot));
      });
    } else {
      // The contents or lists changed too: the new body is laid over the page node by node, so only
      // what differs is replaced (a changed list, a changed chapter) and the browser lays out little.
      const body = parse(patch.body);
      if (!sync(document.body, body, patch.slots, sections, nodeFor)) return reload();
    }
    version = patch.version;
    if (meta) meta.content = String(version);
    showBanner(patch.banner);
    document.dispatchEvent(new CustomEvent('ihek:patched', { detail: { version } }));
  });
})();
`;
