import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../src/api/build.js';
import { makeProject, removeTempDirs } from './support/fixture.js';

afterAll(removeTempDirs);

describe('templates a project brings', () => {
  it('a project overrides a partial and the style sheet by files of the same name', async () => {
    const project = await makeProject({
      files: {
        'templates/partials/cover.hbs': '<header class="cover"><p class="cover-title">Eigenes Deckblatt: {{manifest.area}}</p></header>\n',
        'templates/style.css': '.cover-title { color: #123456; }\n',
      },
    });
    const result = await build({ dir: project.dir, formats: ['html'] });
    expect(result.ok).toBe(true);
    const html = await project.read('out/ihek.html');
    expect(html).toContain('<p class="cover-title">Eigenes Deckblatt: ');
    expect(html).toContain('.cover-title { color: #123456; }');
    // The other partials still come from ihek.
    expect(html).toContain('<nav class="toc" aria-labelledby="inhaltsverzeichnis">');
  });

  it('templates cannot reach prototypes: constructor and __proto__ render as nothing', async () => {
    const project = await makeProject({
      files: {
        'templates/partials/cover.hbs':
          '<header class="cover"><p class="cover-title">[{{manifest.constructor}}][{{manifest.__proto__}}][{{lookup manifest "constructor"}}]</p></header>\n',
      },
    });
    const result = await build({ dir: project.dir, formats: ['html'] });
    expect(result.ok).toBe(true);
    const html = await readFile(project.path('out/ihek.html'), 'utf8');
    expect(html).toContain('<p class="cover-title">[][][]</p>');
  });
});
