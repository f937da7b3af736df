import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const packageRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** Runs `tsc -p .` once before the suite, so `bin/ihek.js` runs the code under test. */
export default async function setup(): Promise<void> {
  const tsc = path.join(packageRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', '.'], { cwd: packageRoot });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`tsc -p . failed; the end-to-end tests need a fresh dist/:\n${stdout}${stderr}`);
  }
}
