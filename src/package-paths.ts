import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The installed package's root folder (the one with package.json, schemas/ and templates/). */
export const packageRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
export const schemasDir = path.join(packageRoot, 'schemas');
export const templatesDir = path.join(packageRoot, 'templates');
