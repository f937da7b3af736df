/** The programmatic API of ihek: the same operations the command line runs. */
export { build, type BuildOptions, type BuildResult } from './api/build.js';
export { check, checkProject, type CheckOptions, type CheckResult, type CheckSummary } from './api/check.js';
export { loadProject, type LoadOptions } from './project/load-project.js';
export type { Project, Manifest, ChapterSource, FrontMatter, Measure, Indicator } from './project/types.js';
export type { Diagnostic, Severity } from './diagnostics.js';
export { IhekError, ExitCode } from './errors.js';
export type { Lang, Localized } from './i18n/lang.js';
export { diffProject } from './diff/diff-project.js';
export { statusBoard, type StatusBoard, type BoardRow, type StatusTotal } from './status/status-board.js';
export { fmt } from './fmt/fmt-project.js';
export { release } from './release/release-projects.js';
export { initProject, type InitOptions, type InitResult } from './init/init-project.js';
export { addChapter, type AddChapterOptions, type AddChapterResult } from './init/add-chapter.js';
export { importProject, type ImportOptions, type ImportResult } from './import/import-project.js';
export { watchProject, type WatchOptions, type WatchHandle, type WatchBuildEvent } from './watch/watch-project.js';
