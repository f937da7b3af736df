/**
 * The layers of src/, lowest first (docs/architecture.md says what each holds). A module may import
 * from its own layer and the layers below it, never from one above: so the folders form no cycle,
 * and the core never reaches up into the commands. test/layers.test.ts runs this on every test run;
 * `npm run deps` shows the same on the command line.
 */
const LAYERS = [
  { name: 'i18n', path: '^src/i18n/' },
  { name: 'base', path: '^src/(diagnostics|errors|package-paths|rules|version)\\.ts$' },
  { name: 'output', path: '^src/output/' },
  { name: 'project', path: '^src/project/' },
  { name: 'charts', path: '^src/charts/' },
  { name: 'markdown', path: '^src/markdown/' },
  { name: 'transform', path: '^src/transform/' },
  { name: 'document', path: '^src/document/' },
  { name: 'render', path: '^src/render/' },
  { name: 'pdf', path: '^src/pdf/' },
  // The Word version, made from the same chapter sections as the HTML; beside pdf/, neither imports the other.
  { name: 'docx', path: '^src/docx/' },
  { name: 'check', path: '^src/check/' },
  { name: 'pipeline', path: '^src/pipeline/' },
  { name: 'fmt', path: '^src/fmt/' },
  { name: 'init', path: '^src/init/' },
  { name: 'import', path: '^src/import/' },
  { name: 'diff', path: '^src/diff/' },
  // The status board reads git through diff/git.ts, the one place that runs git.
  { name: 'status', path: '^src/status/' },
  { name: 'watch', path: '^src/watch/' },
  { name: 'release', path: '^src/release/' },
  { name: 'api', path: '^src/api/' },
  { name: 'cli', path: '^src/cli/' },
  { name: 'index', path: '^src/index\\.ts$' },
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other, directly or around a circle.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).map((layer, index) => ({
      name: `layer-${layer.name}`,
      severity: 'error',
      comment: `${layer.name} is below ${LAYERS.slice(index + 1).map((above) => above.name).join(', ')}: it must not import from them.`,
      from: { path: layer.path },
      to: { path: LAYERS.slice(index + 1).map((above) => above.path).join('|') },
    })),
    {
      name: 'not-in-a-layer',
      severity: 'error',
      comment: 'Every module of src/ belongs to a layer above; a new folder is placed in LAYERS.',
      from: { path: '^src/', pathNot: LAYERS.map((layer) => layer.path).join('|') },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    // Type-only imports count: a type from a higher layer ties the layers together as much as a value.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
