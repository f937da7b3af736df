// Compresses the tarball of ihek that `ihek init` and `ihek import` put into every new project, once
// at build time: each of them then only checks that the files are still the ones packed (by the
// tar's hash) instead of compressing several megabytes again. Runs last, after the bundle.
import { writePrebuiltPack } from '../dist/init/pack-self.js';

await writePrebuiltPack();
