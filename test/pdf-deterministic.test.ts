import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/api/build.js';
import { exampleDir, tempDir } from './support/fixture.js';
import { loadPdf, pdfInfo, xmpOf } from './support/pdf.js';

/**
 * Same input → same bytes: CI can rebuild a release and compare checksums. The document's date
 * is SOURCE_DATE_EPOCH when set, else the manifest's `date`, never the time of the build.
 */

const EPOCH = '1700000000'; // 2023-11-14T22:13:20Z

/** The environment of this process without SOURCE_DATE_EPOCH (CI systems often set it). */
function envWithout(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.SOURCE_DATE_EPOCH;
  return env;
}

async function printExample(dir: string, env: NodeJS.ProcessEnv): Promise<{ file: string; bytes: Buffer }> {
  const out = await tempDir('ihek-pdf-same-');
  const result = await build({ dir, out, formats: ['pdf'], env });
  expect(result.ok).toBe(true);
  const file = path.join(out, 'ihek.pdf');
  return { file, bytes: await readFile(file) };
}

let first: { file: string; bytes: Buffer };

beforeAll(async () => {
  first = await printExample(exampleDir, { ...envWithout(), SOURCE_DATE_EPOCH: EPOCH });
}, 120_000);

describe('the same input gives the same PDF', () => {
  it('a second build with the same SOURCE_DATE_EPOCH is byte for byte the same', async () => {
    const second = await printExample(exampleDir, { ...envWithout(), SOURCE_DATE_EPOCH: EPOCH });
    expect(second.bytes.length).toBe(first.bytes.length);
    expect(second.bytes.equals(first.bytes)).toBe(true);
  }, 120_000);

  it('a build of a copy in another folder is byte for byte the same', async () => {
    const copy = path.join(await tempDir('ihek-pdf-copy-'), 'anderswo');
    await cp(exampleDir, copy, { recursive: true, filter: (source) => path.relative(exampleDir, source).split(path.sep)[0] !== 'out' });
    const other = await printExample(copy, { ...envWithout(), SOURCE_DATE_EPOCH: EPOCH });
    expect(other.bytes.equals(first.bytes)).toBe(true);
  }, 120_000);

  it('CreationDate and ModDate are the epoch, in the document information and in the XMP', async () => {
    const info = await pdfInfo(first.file);
    expect(info.CreationDate).toMatch(/^2023-11-14T22:13:20(Z|\+00(:?00)?)$/);
    expect(info.ModDate).toBe(info.CreationDate);
    const doc = await loadPdf(first.file);
    expect(doc.getCreationDate()?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(xmpOf(doc)).toContain('<xmp:CreateDate>2023-11-14T22:13:20Z</xmp:CreateDate>');
  });

  it('without SOURCE_DATE_EPOCH the date is the manifest date 2025-03-31, not today', async () => {
    const undated = await printExample(exampleDir, envWithout());
    const doc = await loadPdf(undated.file);
    expect(doc.getCreationDate()?.toISOString()).toBe('2025-03-31T00:00:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2025-03-31T00:00:00.000Z');
    expect(xmpOf(doc)).toContain('<xmp:CreateDate>2025-03-31T00:00:00Z</xmp:CreateDate>');
    // Only the dates differ from the build with the epoch: same length, same pages.
    expect(undated.bytes.length).toBe(first.bytes.length);
    expect(undated.bytes.equals(first.bytes)).toBe(false);
  }, 120_000);
});
