import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from './support/fixture.js';

describe('generated files', () => {
  it('the compiled schema validators match schemas/*.schema.json (run `npm run schemas` after changing a schema)', async () => {
    // @ts-expect-error: a plain ES module script without type declarations
    const { generate } = (await import('../scripts/compile-schemas.mjs')) as { generate: () => string };
    const committed = await readFile(path.join(packageRoot, 'src', 'project', 'schema-validators.generated.ts'), 'utf8');
    expect(committed).toBe(generate());
  });
});
