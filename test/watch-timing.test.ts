import { describe, expect, it } from 'vitest';
import { measureWatchTiming } from './support/watch-timing.js';

/**
 * The benchmark of `ihek watch` (160 chapters of about 2.500 words, a real browser). It takes a few
 * minutes, so it runs only when asked: IHEK_WATCH_TIMING=1 npx vitest run test/watch-timing.test.ts
 */
describe.runIf(process.env.IHEK_WATCH_TIMING === '1')('ihek watch timing', () => {
  it('shows a one-chapter edit in a 160-chapter project after at most 1/20 of a full build', async () => {
    const timing = await measureWatchTiming({ chapters: Number(process.env.IHEK_WATCH_TIMING_CHAPTERS ?? 160) });
    expect(timing.edits.every((e) => e.parsed === 1 && e.rendered === 1 && e.update === 'patch')).toBe(true);
    expect(timing.medianVisibleMs).toBeLessThanOrEqual(timing.fullBuildMs / 20);
    expect(timing.headingUpdate).toMatch(/^patch/);
    expect(timing.headingVisibleMs).toBeLessThanOrEqual(timing.fullBuildMs / 20);
    expect(timing.titleUpdate).toMatch(/^patch/);
    expect(timing.titleVisibleMs).toBeLessThanOrEqual(timing.fullBuildMs / 20);
  }, 900_000);
});
