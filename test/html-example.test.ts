import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { runCli } from './support/cli.js';
import { exampleDir, tempDir } from './support/fixture.js';
import { attr, parseHtml, select, selectAll, textOf } from './support/html.js';

/**
 * The shipped example (content/) rendered as a reader gets it. Expectations come from the source
 * files themselves (chapter titles, `##` headings), not from our own code.
 */
interface SourceChapter {
  id: string;
  title: string;
  number: string;
  sections: string[];
}

async function sourceChapters(): Promise<SourceChapter[]> {
  const manifest = parseYamlText(await readFile(path.join(exampleDir, 'ihek.yaml'), 'utf8')) as {
    chapters: string[];
    appendix: string[];
  };
  const read = async (file: string, number: string): Promise<SourceChapter> => {
    const text = await readFile(path.join(exampleDir, file), 'utf8');
    const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const meta = parseYamlText(frontMatter) as { id: string; title: string };
    let fenced = false;
    const sections: string[] = [];
    for (const line of body.split('\n')) {
      if (/^(```|~~~)/.test(line)) fenced = !fenced;
      else if (!fenced && line.startsWith('## ')) sections.push(line.slice(3).trim());
    }
    return { id: meta.id, title: meta.title, number, sections };
  };
  return Promise.all([
    ...manifest.chapters.map((file, index) => read(file, String(index + 1))),
    ...manifest.appendix.map((file, index) => read(file, String.fromCharCode(65 + index))),
  ]);
}

let html: string;
let tree: Root;
let chapters: SourceChapter[];
let stdout: string;

beforeAll(async () => {
  const out = await tempDir();
  const result = await runCli(['build', exampleDir, '--html', '--out', out], { cwd: out });
  expect(result.code, result.stderr).toBe(0);
  stdout = result.stdout;
  html = await readFile(path.join(out, 'ihek.html'), 'utf8');
  tree = parseHtml(html);
  chapters = await sourceChapters();
});

describe('HTML of the example project (content/)', () => {
  it('reports the written file', () => {
    expect(stdout).toBe('geschrieben: ihek.html\n');
  });

  it('has <html lang="de"> and a <title> from title and subtitle', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="de">')).toBe(true);
    expect(attr(select('html', tree), 'lang')).toBe('de');
    expect(textOf(select('head > title', tree))).toBe(
      'Integriertes Handlungs- und Entwicklungskonzept 2025–2027 – Quartiersmanagement Kosmosviertel',
    );
  });

  it('cover shows area, district, period and the "Stand" date', () => {
    const cover = select('header.cover', tree);
    expect(cover).toBeDefined();
    const facts = Object.fromEntries(
      selectAll('dl.cover-facts > div', cover!).map((div) => [textOf(select('dt', div)), textOf(select('dd', div))]),
    );
    expect(facts).toMatchObject({
      Gebiet: 'Kosmosviertel',
      Bezirk: 'Treptow-Köpenick',
      Laufzeit: '2025–2027',
      Stand: '31. März 2025',
    });
    expect(textOf(select('.cover-title', cover!))).toBe('Integriertes Handlungs- und Entwicklungskonzept 2025–2027');
  });

  it('Inhaltsverzeichnis lists every chapter with its number: 1 … 11, A, B', () => {
    const toc = select('nav.toc', tree)!;
    expect(textOf(select('h1', toc))).toBe('Inhaltsverzeichnis');
    const entries = selectAll('ol.toc-list > li.toc-chapter:not(.toc-back) > a', toc);
    expect(entries.map((a) => textOf(select('.toc-number', a)))).toEqual(
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', 'A', 'B'],
    );
    expect(entries.map((a) => ({ href: attr(a, 'href'), title: textOf(select('.toc-title', a)) }))).toEqual(
      chapters.map((c) => ({ href: `#${c.id}`, title: c.title })),
    );
  });

  it('Inhaltsverzeichnis lists every level-2 section of every chapter, numbered', () => {
    const toc = select('nav.toc', tree)!;
    const chapterItems = selectAll('ol.toc-list > li.toc-chapter:not(.toc-back)', toc);
    expect(chapterItems).toHaveLength(chapters.length);
    chapterItems.forEach((item, index) => {
      const chapter = chapters[index]!;
      const sections = selectAll('li.toc-section > a', item).map((a) => ({
        number: textOf(select('.toc-number', a)),
        title: textOf(select('.toc-title', a)),
      }));
      expect(sections, chapter.id).toEqual(
        chapter.sections.map((title, n) => ({ number: `${chapter.number}.${n + 1}`, title })),
      );
    });
    const ziele = selectAll('li.toc-section > a', toc).find((a) => attr(a, 'href') === '#benn-ziele');
    expect(textOf(ziele)).toBe('11.2 Ziele');
  });

  it('each TOC section entry points at a numbered h2 with the same text', () => {
    for (const a of selectAll('nav.toc li.toc-section > a', tree)) {
      const id = attr(a, 'href')!.slice(1);
      const heading = select(`[id="${id}"]`, tree);
      expect(heading?.tagName, id).toBe('h2');
      expect(textOf(heading)).toBe(textOf(a));
    }
  });

  it('exactly one h1 per chapter section, carrying the chapter id, number and title', () => {
    const sections = selectAll('main > section.chapter:not(.back-matter)', tree);
    expect(sections).toHaveLength(chapters.length);
    sections.forEach((section, index) => {
      const chapter = chapters[index]!;
      const h1s = selectAll('h1', section);
      expect(h1s, chapter.id).toHaveLength(1);
      expect(attr(h1s[0], 'id')).toBe(chapter.id);
      expect(textOf(h1s[0])).toBe(`${chapter.number} ${chapter.title}`);
      expect(attr(section, 'ariaLabelledBy')).toBe(chapter.id);
    });
    expect(selectAll('main > section.main-chapter', tree)).toHaveLength(11);
    expect(selectAll('main > section.appendix-chapter', tree)).toHaveLength(2);
  });

  it('every href="#…" resolves to an element id, and ids are unique', () => {
    const ids = selectAll('[id]', tree).map((node) => attr(node, 'id')!);
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
    const known = new Set(ids);
    const internal = selectAll('a[href^="#"]', tree).map((a) => attr(a, 'href')!);
    expect(internal.length).toBeGreaterThan(50);
    expect(internal.filter((href) => !known.has(decodeURIComponent(href.slice(1))))).toEqual([]);
    // aria-labelledby / aria-describedby point at existing ids as well
    for (const node of selectAll('[aria-labelledby], [aria-describedby]', tree)) {
      for (const id of [attr(node, 'ariaLabelledBy'), attr(node, 'ariaDescribedBy')].filter(Boolean).join(' ').split(' ')) {
        expect(known.has(id), id).toBe(true);
      }
    }
  });

  it('no Handlebars expression is left in the output', () => {
    expect(html).not.toContain('{{');
    expect(html).not.toContain('}}');
  });

  it('amounts are German: "20.000 €" with a no-break space', () => {
    expect(textOf(select('main', tree))).toContain('20.000\u00a0€');
    expect(html).not.toMatch(/\b20000\b/);
  });

  it('a link with empty text becomes a "Kapitel 11.2 Ziele" reference', () => {
    const xrefs = selectAll('a.xref', tree);
    expect(xrefs.length).toBeGreaterThan(5);
    const ziele = xrefs.find((a) => attr(a, 'href') === '#benn-ziele');
    expect(textOf(ziele)).toBe('Kapitel\u00a011.2 Ziele');
    const appendix = xrefs.find((a) => attr(a, 'href') === '#beteiligung-prozess');
    expect(textOf(appendix)).toMatch(/^Anhang\u00a0B /);
    // Every generated reference names what it points at: the heading's number and title, or the
    // figure's / table's number from its caption.
    for (const a of xrefs) {
      const target = select(`[id="${attr(a, 'href')!.slice(1)}"]`, tree);
      if (target && /^h[1-6]$/.test(target.tagName)) {
        const number = textOf(select('.heading-number', target));
        const title = textOf(target).slice(number.length + 1);
        expect(textOf(a)).toBe(`${/^[A-Z]/.test(number) ? 'Anhang' : 'Kapitel'}\u00a0${number} ${title}`);
      } else {
        const label = textOf(select('.caption-label', target!)).replace(/:$/, '');
        expect(label).toMatch(/^(Abbildung|Tabelle) \d+$/);
        expect(textOf(a)).toBe(label.replace(' ', '\u00a0'));
      }
    }
  });

  it('table captions are numbered "Tabelle 1:", "Tabelle 2:", … in document order, and listed', () => {
    const labels = selectAll('.table-block > .table-caption > .caption-label', tree).map(textOf);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels).toEqual(labels.map((_, index) => `Tabelle ${index + 1}:`));
    const listed = selectAll('#tabellenverzeichnis + ol a', tree);
    expect(listed.map((a) => textOf(a).split(':')[0])).toEqual(labels.map((label) => label.slice(0, -1)));
    for (const a of listed) expect(textOf(select(`[id="${attr(a, 'href')!.slice(1)}"]`, tree)?.children.find(isCaption))).toBe(textOf(a));
  });

  it('figures have a numbered <figcaption>; image files are embedded SVG <img> with alt text', () => {
    const figures = selectAll('main figure', tree);
    expect(figures.length).toBeGreaterThanOrEqual(2);
    figures.forEach((figure, index) => {
      const caption = textOf(select('figcaption', figure));
      expect(caption).toMatch(new RegExp(`^Abbildung ${index + 1}: \\S`));
      const img = select('img', figure);
      expect(attr(img, 'src')).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+=*$/);
      expect(attr(img, 'alt')?.length).toBeGreaterThan(20);
      expect(attr(img, 'title')).toBeUndefined();
    });
    const images = selectAll('main figure img', tree);
    expect(images.length).toBeGreaterThanOrEqual(2);
    // the figures appear in the Abbildungsverzeichnis in the same order
    expect(selectAll('#abbildungsverzeichnis + ol a', tree).map((a) => attr(a, 'href'))).toEqual(
      figures.map((figure) => `#${attr(figure, 'id')}`),
    );
  });

  it('footnotes are present, per chapter, with ids unique across chapters', () => {
    const sections = selectAll('main section.footnotes', tree);
    expect(sections.length).toBeGreaterThanOrEqual(2);
    const refs = selectAll('a[data-footnote-ref]', tree);
    expect(refs.length).toBeGreaterThanOrEqual(sections.length);
    const noteIds = selectAll('section.footnotes li[id]', tree).map((li) => attr(li, 'id')!);
    expect(new Set(noteIds).size).toBe(noteIds.length);
    for (const section of sections) {
      const chapterId = attr(select('h2', section), 'id')!.replace(/-anmerkungen$/, '');
      const owner = selectAll('main > section.chapter', tree).find((s) => select('section.footnotes', s) === section);
      expect(attr(owner, 'ariaLabelledBy')).toBe(chapterId);
      for (const li of selectAll('li[id]', section)) expect(attr(li, 'id')).toMatch(new RegExp(`^${chapterId}-fn-`));
    }
  });

  it('contains no external URL in any src attribute, and no script', () => {
    const sources = selectAll('[src]', tree).map((node) => attr(node, 'src')!);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((src) => !src.startsWith('data:'))).toEqual([]);
    expect(selectAll('script, link[rel="stylesheet"], iframe', tree)).toEqual([]);
  });

  it('has the Abkürzungsverzeichnis with <abbr> and the Impressum', () => {
    const abbrs = selectAll('#abkuerzungsverzeichnis ~ dl abbr', tree);
    expect(abbrs.map((abbr) => textOf(abbr))).toContain('BENN');
    expect(attr(abbrs.find((abbr) => textOf(abbr) === 'BENN'), 'title')).toBe('Berlin Entwickelt Neue Nachbarschaften');
    expect(textOf(select('footer.imprint h1', tree))).toBe('Impressum');
  });
});

function isCaption(node: Root['children'][number] | Element['children'][number]): node is Element {
  const className = node.type === 'element' ? node.properties.className : undefined;
  return Array.isArray(className) && className.includes('table-caption');
}
