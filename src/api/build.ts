/** `build`: load → … → render → outputs (see pipeline/steps.ts). */
export { build, type BuildOptions, type BuildResult, type BuildStep, type BuildStepEvent } from '../pipeline/build-project.js';
