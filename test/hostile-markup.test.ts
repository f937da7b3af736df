import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './support/cli.js';
import { makeProject, packageRoot, tempDir, type TestProject } from './support/fixture.js';
import { attr, parseHtml, select, selectAll, textOf } from './support/html.js';
import { loadPdf, normalise, pageTexts, waitFor, xmpOf } from './support/pdf.js';
import { xmlError } from './support/xml.js';
import { BrowserSession } from '../src/pdf/browser-session.js';
import { withDeadline } from '../src/pdf/deadline.js';
import { findBrowser } from '../src/pdf/find-browser.js';
import { StreamedPage } from '../src/pdf/streamed-page.js';
import { sanitizePage } from '../src/render/sanitize-page.js';
import { watchProject } from '../src/watch/watch-project.js';

/**
 * Text of the project (titles in YAML and front matter, chart captions) stays text wherever it
 * goes, and the project's own templates are judged by the page they render to: nothing of
 * either runs as script, redirects or loads in the HTML, the preview or while the PDF prints.
 */

const PAYLOAD = '</style><meta http-equiv="refresh" content="0;url=https://example.org"><script>alert(1)</script>';
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const shippedLayout = () => readFile(path.join(packageRoot, 'templates', 'layout.hbs'), 'utf8');

/** A YAML scalar holding `text` exactly (JSON strings are YAML double-quoted strings). */
const yamlString = (text: string) => JSON.stringify(text);

function withTitles(manifestTitle: string, chapterTitle: string) {
  return {
    'ihek.yaml': (bytes: Buffer) => bytes.toString('utf8').replace(/^title: .*$/m, `title: ${yamlString(manifestTitle)}`),
    'kapitel/01-einleitung.md': (bytes: Buffer) => bytes.toString('utf8').replace(/^title: .*$/m, `title: ${yamlString(chapterTitle)}`),
  };
}

/** Every element that would run, redirect or load: scripts, frames, base, meta http-equiv but the policy, on… handlers, javascript: URLs. */
function liveMarkup(tree: Root): string[] {
  const found: string[] = [];
  for (const element of selectAll('*', tree) as Element[]) {
    const name = element.tagName;
    if (['script', 'iframe', 'object', 'embed', 'base', 'frame'].includes(name)) found.push(`<${name}>`);
    const equiv = attr(element, 'httpEquiv');
    if (name === 'meta' && equiv !== undefined && equiv.toLowerCase() !== 'content-security-policy') found.push(`<meta http-equiv="${equiv}">`);
    for (const [key, value] of Object.entries(element.properties)) {
      if (/^on/i.test(key)) found.push(`${key} on <${name}>`);
      if (typeof value === 'string' && /^\s*javascript:/i.test(value)) found.push(`${key}="javascript:" on <${name}>`);
    }
  }
  return found;
}

/** The check's findings as `file:line:column  text`, from its report grouped by file. */
function findingLines(report: string): string[] {
  let file = '';
  const out: string[] = [];
  for (const line of report.split('\n')) {
    const finding = /^ {2}(\d+):(\d+) {2}(.*)$/.exec(line);
    if (finding) out.push(`${file}:${finding[1]}:${finding[2]}  ${finding[3]}`);
    else if (line && !line.startsWith(' ')) file = line;
  }
  return out;
}

function styleText(tree: Root): string {
  return (selectAll('style', tree) as Element[]).map((style) => textOf(style)).join('\n');
}

describe('titles with markup in ihek.yaml and the front matter', () => {
  let project: TestProject;
  let html: string;
  let check: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    project = await makeProject({ transform: withTitles(`Testkonzept ${PAYLOAD}`, `Einleitung ${PAYLOAD}`) });
    check = await runCli(['check'], { cwd: project.dir });
    const out = await tempDir();
    const built = await runCli(['build', '--out', out], { cwd: project.dir });
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    html = await readFile(path.join(out, 'ihek.html'), 'utf8');
  });

  it('check finds nothing wrong: the titles are shown as text', () => {
    expect(check.code).toBe(0);
  });

  it('the page has no script and no redirect, only its own policy', () => {
    const tree = parseHtml(html);
    expect(liveMarkup(tree)).toEqual([]);
    expect(selectAll('meta[http-equiv]', tree).length).toBe(1);
    // Both titles went into the running header's CSS, and stayed CSS strings there.
    const css = styleText(tree);
    expect(css).toContain('@top-left { content: "Testkonzept \\3C /style>\\3C meta http-equiv=\\"refresh\\"');
    expect(css).toContain('"1 Einleitung \\3C /style>');
  });

  it('the headings and the title show the text as written', () => {
    const tree = parseHtml(html);
    expect(textOf(select('title', tree))).toContain(`Testkonzept ${PAYLOAD}`);
    expect(textOf(select('h1#einleitung', tree) ?? select('section[aria-labelledby="einleitung"] h1', tree))).toContain(`Einleitung ${PAYLOAD}`);
  });

  it('the preview of `ihek watch` serves the same page with only its own reload script', async () => {
    const handle = await watchProject({ dir: project.dir, port: 0 });
    try {
      await handle.idle();
      const page = await (await fetch(handle.url)).text();
      const tree = parseHtml(page);
      expect(textOf(select('title', tree))).toContain('Testkonzept');
      const scripts = selectAll('script', tree) as Element[];
      expect(scripts.map((script) => attr(script, 'src'))).toEqual(['/__ihek/live.js']);
      expect(liveMarkup(tree)).toEqual(['<script>']);
      expect(styleText(tree)).toContain('Testkonzept \\3C /style>');
    } finally {
      await handle.close();
    }
  });
});

describe('Handlebars features chapters do not have', () => {
  const cases = [
    ['an inline partial', '{{#*inline "teil"}}Text{{/inline}}{{> teil}}', '{{#* }} (z. B. {{#*inline}}) ist in Kapiteln nicht möglich'],
    ['a partial block with a fallback', '{{#> fehlt}}Ersatztext{{/fehlt}}', 'Teilvorlage „fehlt“ in {{> }}: in Kapiteln gibt es keine Teilvorlagen'],
    ['a partial inside a block', '{{#if area}}\n{{> kopf}}\n{{/if}}', 'Teilvorlage „kopf“ in {{> }}: in Kapiteln gibt es keine Teilvorlagen'],
  ] as const;
  for (const [name, expression, message] of cases) {
    it(`${name} is refused at its line`, async () => {
      const project = await makeProject({
        transform: { 'kapitel/01-einleitung.md': (bytes) => bytes.toString('utf8').replace('## Lage\n', `## Lage\n\n${expression}\n`) },
      });
      const chapter = await project.read('kapitel/01-einleitung.md');
      const line = chapter.split('\n').findIndex((text) => text.startsWith(expression.split('\n')[0]!)) + 1 + (expression.startsWith('{{#if') ? 1 : 0);
      const result = await runCli(['check'], { cwd: project.dir });
      expect(result.code).toBe(1);
      expect(findingLines(result.stdout)).toEqual([expect.stringMatching(new RegExp(`^kapitel/01-einleitung\\.md:${line}:1  Fehler  `))]);
      expect(result.stdout).toContain(message);
      const built = await runCli(['build', '--out', await tempDir()], { cwd: project.dir });
      expect(built.code).toBe(1);
    });
  }
});

describe("the project's own templates, judged by what they render to", () => {
  let project: TestProject;

  beforeAll(async () => {
    const layout = (await shippedLayout()).replace(
      '<body>',
      `<body>\n<scr{{!x}}ipt>new WebSocket("ws://127.0.0.1:9")</scr{{!x}}ipt>\n<img src="${PIXEL}" alt="" onerror="alert(1)">\n<a href="java&#115;cript:alert(1)">Link</a>`,
    );
    project = await makeProject({
      files: {
        'templates/layout.hbs': layout,
        'templates/partials/cover.hbs': '<header class="cover"><meta http-equiv="&#114;efresh" content="0;url=https://example.org"><h1>{{manifest.title}}</h1></header>\n',
        'templates/style.css': 'body { color: #111; }\n</style><script>alert(2)</script><style>\n.x { background: u\\72l(https://example.org/a.png); }\n',
      },
    });
  });

  it('check reports each at its template file and line', async () => {
    const result = await runCli(['check', '--lang', 'en'], { cwd: project.dir });
    expect(result.code).toBe(1);
    const lines = findingLines(result.stdout);
    const at = (file: string, rule: string) => lines.filter((line) => line.startsWith(file) && line.endsWith(rule));
    const layoutLine = (await project.read('templates/layout.hbs')).split('\n').indexOf('<scr{{!x}}ipt>new WebSocket("ws://127.0.0.1:9")</scr{{!x}}ipt>') + 1;
    expect(at('templates/layout.hbs', 'template-script').map((line) => line.split(' ')[0])).toEqual([
      `templates/layout.hbs:${layoutLine}:1`,
      `templates/layout.hbs:${layoutLine + 1}:62`,
      `templates/layout.hbs:${layoutLine + 2}:4`,
    ]);
    expect(at('templates/partials/cover.hbs', 'template-script')).toEqual([
      expect.stringContaining('templates/partials/cover.hbs:1:23  error  <meta http-equiv="refresh">: scripts'),
    ]);
    expect(at('templates/style.css', 'template-script')).toEqual([expect.stringContaining('templates/style.css:2:1  error  "</style" in the style sheet')]);
    expect(at('templates/style.css', 'template-external')).toEqual([expect.stringContaining('"url(https://example.org/a.png)" is not loaded')]);
  });

  it('the built page has none of it, and the style sheet stays inside its element', async () => {
    const out = await tempDir();
    const result = await runCli(['build', '--out', out, '--no-check'], { cwd: project.dir });
    expect(result.code).toBe(0);
    const html = await readFile(path.join(out, 'ihek.html'), 'utf8');
    const tree = parseHtml(html);
    expect(liveMarkup(tree)).toEqual([]);
    expect(html).not.toContain('WebSocket');
    expect(html).not.toContain('example.org');
    expect(select('meta[http-equiv="Content-Security-Policy"]', tree)).toBeDefined();
    expect(styleText(tree)).toContain('\\3C /style>\\3C script>alert(2)\\3C /script>\\3C style>');
    // What was harmless stays: the image, the link text, the cover's heading.
    expect(textOf(select('header.cover h1', tree))).toBe('Testkonzept Musterkiez 2025–2026');
    expect(attr(select('a[href]', tree) as Element, 'href')).toBe('#inhalt');
    expect(textOf(select('body', tree))).toContain('Link');
  });

  it('{{log}} in a layout prints nothing', async () => {
    const logging = await makeProject({ files: { 'templates/layout.hbs': (await shippedLayout()).replace('<body>', '<body>{{log "Geheimnis aus dem Layout"}}') } });
    const result = await spawnCli(['build', '--out', await tempDir()], { cwd: logging.dir });
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toContain('Geheimnis');
  });
});

describe('the page sanitiser, on what a template may render to', () => {
  const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  const cases: Array<[string, string, 'template-script' | 'template-external']> = [
    ['scripts, inline and from an address', '<script>fetch("http://e.example/")</script><script src="https://e.example/x.js"></script>', 'template-script'],
    ['a script in SVG', '<svg><script href="http://e.example/s.js"></script></svg>', 'template-script'],
    ['an event handler', '<img src="data:image/png;base64,AA" alt="" OnError="fetch(1)">', 'template-script'],
    ['a javascript: link, entity-encoded with a tab', '<a href="java&#x09;script:alert(1)">x</a>', 'template-script'],
    ['an SVG animation that sets a link', '<svg><a><animate attributeName="href" to="javascript:alert(1)"/><text>x</text></a></svg>', 'template-script'],
    ['a redirect with an entity-encoded value', '<meta http-equiv="&#114;efresh" content="0;url=https://e.example/">', 'template-script'],
    ['a redirect in <noscript>', '<noscript><meta http-equiv="refresh" content="0;url=https://e.example/"></noscript>', 'template-script'],
    ['a <base>', '<base href="https://e.example/">', 'template-script'],
    ['an iframe with srcdoc', '<iframe srcdoc="&lt;script&gt;fetch(1)&lt;/script&gt;"></iframe>', 'template-script'],
    ['a style sheet link', '<link rel="stylesheet" href="https://e.example/a.css">', 'template-external'],
    ['a srcset that hides an address after a data URL', '<img alt="" srcset="data:image/png;base64,AA 1x, https://e.example/b.png 2x">', 'template-external'],
    ['an SVG reference to another file', '<svg><use xlink:href="https://e.example/s.svg#a"/></svg>', 'template-external'],
    ['CSS written with escapes', '<style>@\\69mport "https://e.example/a.css"; .a { background: u\\72l(https://e.example/b.png) }</style>', 'template-external'],
    ['an image-set() of addresses', '<div style="background-image: image-set(\'https://e.example/c.png\' 1x)">x</div>', 'template-external'],
    ['a chapter slot in an attribute', '<div title="<!--ihek-chapter:0-->">x</div>', 'template-script'],
  ];
  for (const [name, body, rule] of cases) {
    it(`takes out ${name}`, () => {
      const safe = sanitizePage(page(body));
      expect(liveMarkup(parseHtml(safe.html))).toEqual([]);
      expect(safe.html).not.toMatch(/e\.example|javascript|<script|ihek-chapter/i);
      expect(safe.findings.map((found) => found.rule)).toContain(rule);
      // A page without a policy gets the built-in one.
      expect(safe.html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
    });
  }

  it('leaves a harmless page as it is, byte for byte, and finds its slots', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><style>/*ihek-css:fonts*/ p { color: #111 }</style></head><body><a href="https://example.org/">x</a><svg><use href="#a"/></svg><img alt="" src="data:image/png;base64,AA"><!--ihek-chapter:0--></body></html>`;
    const safe = sanitizePage(html);
    expect(safe.html).toBe(html);
    expect(safe.findings).toEqual([]);
    expect(safe.slots.map((slot) => slot.key)).toEqual(['css:fonts', 'chapter:0']);
  });
});

describe('charts whose captions and indicator titles hold <, > and &', () => {
  it('are SVG images a browser can decode', async () => {
    const caption = 'Quote > 10 % & <Ziel> "erreicht"\u000b?';
    const project = await makeProject({
      transform: {
        'daten/indikatoren.yaml': (bytes) => bytes.toString('utf8').replace('title: Arbeitslosigkeit', 'title: "Arbeitslosigkeit > 10 % & <Quote>"'),
        'kapitel/01-einleitung.md': (bytes) =>
          bytes.toString('utf8').replace('## Lage\n', `## Lage\n\n{{diagramm "indikatoren" titel=${JSON.stringify(caption).replace('\\u000b', '\u000b')}}}\n`),
      },
    });
    const out = await tempDir();
    const result = await runCli(['build', '--out', out, '--no-check'], { cwd: project.dir });
    expect(result.code).toBe(0);
    const tree = parseHtml(await readFile(path.join(out, 'ihek.html'), 'utf8'));
    const charts = selectAll('img.chart', tree) as Element[];
    expect(charts.length).toBe(1);
    const svg = Buffer.from(attr(charts[0], 'src')!.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString('utf8');
    expect(svg).toContain('Arbeitslosigkeit &gt; 10 % &amp; &lt;Quote&gt;');
    expect(await xmlError(svg)).toBeUndefined();
  });
});

describe('a PDF of a hostile project: titles, templates and names that shadow the page', () => {
  const requests: string[] = [];
  let server: http.Server;
  let out: string;
  let result: Awaited<ReturnType<typeof runCli>>;
  let seconds: number;
  let base: string;

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      response.writeHead(200).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const layout = (await shippedLayout()).replace(
      '<body>',
      // The images' names are kept (templates are the project's own HTML): they are what `document.write`
      // and `document.close` mean in this page.
      `<body>\n<scr{{!x}}ipt>fetch("${base}/script"); new WebSocket("${base.replace('http', 'ws')}/socket")</scr{{!x}}ipt>\n<link rel="stylesheet" href="${base}/link.css">\n<img name="write" alt="" src="${PIXEL}"><img name="close" alt="" src="${PIXEL}">`,
    );
    const titles = withTitles(`Testkonzept\u000bMusterkiez ${PAYLOAD}`, `Einleitung ${PAYLOAD}`);
    const project = await makeProject({
      files: {
        'templates/layout.hbs': layout,
        'templates/style.css': `body { color: #111; }\n</style><script>fetch("${base}/style")</script><style>\n`,
      },
      transform: {
        ...titles,
        'kapitel/01-einleitung.md': (bytes) =>
          titles['kapitel/01-einleitung.md'](bytes).replace(
            '## Lage\n',
            '## Lage\n\nVor den Bildern steht Text.\n\n<img name="write" alt="Bild eins"> <img name="close" alt="Bild zwei"> <img name="fonts" alt="Bild drei">\n\nNach den Bildern steht Text.\n',
          ),
      },
    });
    out = await tempDir();
    const started = performance.now();
    result = await runCli(['build', '--out', out, '--pdf', '--no-check', '--timeout', '60'], { cwd: project.dir, env: { SOURCE_DATE_EPOCH: '1700000000' } });
    seconds = (performance.now() - started) / 1000;
  }, 180_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('prints, in about the time any small PDF takes, with the text around the images', async () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(seconds).toBeLessThan(60);
    const text = normalise((await pageTexts(path.join(out, 'ihek.pdf'))).join('\n'));
    expect(text).toContain('Vor den Bildern steht Text.');
    expect(text).toContain('Nach den Bildern steht Text.');
    // The running header prints the title as written.
    expect(text).toContain('</style><meta http-equiv="refresh"');
  });

  it('nothing reached the server: no script ran and nothing loaded', () => {
    expect(result.code).toBe(0);
    expect(requests).toEqual([]);
  });

  it('a page with script and shadowing names, written straight into the print page, runs nothing and prints', async () => {
    const session = await BrowserSession.start(await findBrowser(undefined, process.env));
    try {
      const page = await StreamedPage.open(session);
      page.write(`<!DOCTYPE html><html><head></head><body><p>Gedruckt.</p><img name="write"><img name="close"><img name="fonts"><form name="body"></form><script>fetch("${base}/direct")</script><img src="data:image/png;base64,AAAA" onerror="fetch('${base}/handler')"><img src="${base}/image.png" alt=""></body></html>`);
      await withDeadline(page.finish(), 20_000, 'writing the page');
      expect(Buffer.from(await page.page.pdf()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // The request filter saw the image and refused it (its event may come after the print); a
      // script that ran would have shown up there too.
      await waitFor(() => page.blocked.length > 0, 5000);
      expect(page.blocked).toEqual([`${base}/image.png`]);
      await page.close();
    } finally {
      await session.close();
    }
    expect(requests).toEqual([]);
  }, 60_000);

  it('the names in the chapter cannot shadow the page', async () => {
    const tree = parseHtml(await readFile(path.join(out, 'ihek.html'), 'utf8'));
    expect((selectAll('main img[name]', tree) as Element[]).map((image) => attr(image, 'name'))).toEqual(['user-content-write', 'user-content-close', 'user-content-fonts']);
  });

  it('the XMP metadata is well-formed XML and carries the title without the control character', async () => {
    const xmp = xmpOf(await loadPdf(path.join(out, 'ihek.pdf')));
    expect(xmp).toBeDefined();
    expect(await xmlError(xmp!)).toBeUndefined();
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Testkonzept Musterkiez &lt;/style&gt;&lt;meta http-equiv=&quot;refresh&quot;');
  });
});
