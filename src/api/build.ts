import path from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { prepareDocument } from '../document/prepare-document.js';
import { writeAtomic } from '../output/write-atomic.js';
import { loadProject, type LoadOptions } from '../project/load-project.js';
import { resolveInside } from '../project/resolve-inside.js';
import { positionOf } from '../project/parse-yaml.js';
import type { OutputFormat, Project } from '../project/types.js';
import { loadTemplates } from '../render/load-templates.js';
import { renderChapters } from '../render/render-chapters.js';
import { renderHtml } from '../render/render-html.js';
import { packageVersion } from '../version.js';
import { checkProject } from './check.js';

export interface BuildOptions extends LoadOptions {
  /** Which documents to make; default: the manifest's `output.formats`. */
  formats?: OutputFormat[];
  /** Output folder; default: the manifest's `output.dir` (relative to the project). */
  out?: string;
  /** Skip the check (the build still stops when the document cannot be rendered). */
  noCheck?: boolean;
}

export interface BuildResult {
  project: Project;
  /** Absolute paths of the files written. */
  files: string[];
  diagnostics: Diagnostic[];
  /** False when the check found errors and nothing was written. */
  ok: boolean;
}

async function outputDir(project: Project, options: BuildOptions): Promise<string> {
  if (options.out !== undefined) return path.resolve(options.cwd ?? process.cwd(), options.out);
  const line = positionOf(project.manifestYaml, ['output', 'dir']).line;
  return resolveInside(project.root, project.root, project.manifest.output.dir, {
    file: project.manifestFile,
    line,
    key: 'output.dir',
  });
}

/** Loads, checks and renders a project; writes `ihek.html` into the output folder. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const project = await loadProject(options);
  const formats = options.formats ?? project.manifest.output.formats;
  const outDir = await outputDir(project, options);

  const checked = options.noCheck ? undefined : await checkProject(project);
  if (checked && checked.errors > 0) {
    return { project, files: [], diagnostics: checked.diagnostics, ok: false };
  }
  const document = checked?.document ?? prepareDocument(project);
  const [rendered, templates] = await Promise.all([renderChapters(document), loadTemplates(project.root)]);
  const diagnostics = sortDiagnostics([...(checked?.diagnostics ?? document.diagnostics), ...rendered.diagnostics]);
  const blocking = options.noCheck ? [] : rendered.diagnostics.filter((d) => d.severity === 'error');
  if (blocking.length > 0) return { project, files: [], diagnostics, ok: false };

  if (formats.includes('pdf')) {
    // Said plainly rather than skipped in silence: the PDF renderer is not part of this version.
    diagnostics.push({
      file: project.manifestFile,
      line: positionOf(project.manifestYaml, ['output', 'formats']).line,
      column: 1,
      severity: 'warning',
      rule: 'pdf-unavailable',
      text: {
        de: 'PDF-Ausgabe ist in dieser Version noch nicht enthalten; es wird nur HTML geschrieben',
        en: 'PDF output is not part of this version yet; only HTML is written',
      },
    });
  }
  const files: string[] = [];
  if (formats.includes('html')) {
    const html = renderHtml(document, rendered, templates, `ihek ${packageVersion()}`);
    const target = path.join(outDir, 'ihek.html');
    await writeAtomic(target, html);
    files.push(target);
  }
  return { project, files, diagnostics, ok: true };
}
