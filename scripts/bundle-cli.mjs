// Bundles the compiled command line (dist/cli/main.js) and its worker threads into dist/bundle/, so
// that `ihek` loads a few files instead of several hundred modules at every start. Runs after tsc.
// The API (dist/index.js) is not bundled. Packages that find files beside themselves at run time
// (the pinned Chromium) or are large and only needed for some documents (vega, for charts) stay
// outside the bundle, as do Hunspell and its dictionaries (see below). puppeteer-core is inside, in the lazily loaded PDF chunk: loading it from
// its several hundred modules took a noticeable part of every PDF build, from the chunk about half.
// Last, the preview's live-reload script is bundled for the browser.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { liveReloadScript } from '../dist/package-paths.js';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'bundle');

await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    cli: 'dist/cli/main.js',
  },
  outdir,
  bundle: true,
  // Commands stay lazily loaded: each dynamic import becomes a chunk of its own.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The dictionaries read their files beside themselves; Hunspell's WebAssembly build is large and
  // loaded only by a check that spells.
  // The SVG renderer of the Word version loads its native binary beside itself.
  external: ['@sparticuz/chromium', 'vega', 'ajv', 'hunspell-asm', 'dictionary-de', 'dictionary-en', '@resvg/resvg-js'],
  // CommonJS packages inside the bundle call require() for Node's own modules.
  banner: { js: "import { createRequire as __ihekCreateRequire } from 'node:module'; const require = __ihekCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});

// The live-reload script of the preview, for the browser: one file the preview server sends as it is.
await build({
  absWorkingDir: root,
  entryPoints: ['src/watch/client/live-reload.ts'],
  outfile: liveReloadScript,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  legalComments: 'none',
  logLevel: 'warning',
});
