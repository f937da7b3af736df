import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const packageRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/**
 * Runs `npm run build` (tsc, the bundle, the packed tarball) once before the suite, so `bin/ihek.js` runs the code
 * under test as a user gets it.
 */
export default async function setup(): Promise<void> {
  const tsc = path.join(packageRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const [name, args] of [
    ['tsc -p .', [tsc, '-p', '.']],
    ['scripts/bundle-cli.mjs', [path.join(packageRoot, 'scripts', 'bundle-cli.mjs')]],
    ['scripts/pack-self.mjs', [path.join(packageRoot, 'scripts', 'pack-self.mjs')]],
  ] as const) {
    try {
      await promisify(execFile)(process.execPath, [...args], { cwd: packageRoot });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`${name} failed; the end-to-end tests need a fresh dist/:\n${stdout}${stderr}`);
    }
  }
}
