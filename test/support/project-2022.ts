import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { initProject } from '../../src/init/init-project.js';
import { tempDir } from './fixture.js';

const NOW = new Date('2025-06-15T10:00:00Z');

/**
 * A project of berlin-qm-2022 as `ihek init` makes it, in a temp folder, with one appendix "Quellen"
 * (id `quellen`, anhang/a-quellen.md) whose text is `body`, and, when given, a profile file of its
 * own that the manifest names.
 */
export async function project2022(body: string, profileFile?: string): Promise<string> {
  const appendix = `---\nid: quellen\ntitle: Quellen\ntype: anhang\nstatus: entwurf\n---\n\n${body}`;
  const dir = await tempDir();
  await initProject({ dir, now: NOW, profile: 'berlin-qm-2022' });
  await mkdir(path.join(dir, 'anhang'), { recursive: true });
  await writeFile(path.join(dir, 'anhang', 'a-quellen.md'), appendix);
  let manifest = `${await readFile(path.join(dir, 'ihek.yaml'), 'utf8')}\nappendix:\n  - anhang/a-quellen.md\n`;
  if (profileFile) {
    await writeFile(path.join(dir, 'profil.yaml'), profileFile);
    manifest = manifest.replace('profile: berlin-qm-2022', 'profile: profil.yaml');
  }
  await writeFile(path.join(dir, 'ihek.yaml'), manifest);
  return dir;
}
