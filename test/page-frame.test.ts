import { describe, expect, it } from 'vitest';
import { chapterSlot, frameParts } from '../src/render/page-frame.js';

/** The page frame cut at its chapter slots: what a streamed print writes around the chapters. */
describe('frameParts', () => {
  it('cuts the frame at each slot, in page order, keeping the text between', () => {
    const frame = `<head></head><body>${chapterSlot(0)}<hr>${chapterSlot(2)}${chapterSlot(1)}</body>`;
    expect(frameParts(frame, 3)).toEqual(['<head></head><body>', 0, '<hr>', 2, '', 1, '</body>']);
  });

  it('refuses a frame that leaves a chapter out, repeats one or escaped the slots', () => {
    expect(frameParts(`<body>${chapterSlot(0)}</body>`, 2)).toBeUndefined();
    expect(frameParts(`<body>${chapterSlot(0)}${chapterSlot(0)}</body>`, 1)).toBeUndefined();
    expect(frameParts(`<body>${chapterSlot(0)}${chapterSlot(5)}</body>`, 1)).toBeUndefined();
    expect(frameParts('<body>&lt;!--ihek-chapter:0--&gt;</body>', 1)).toBeUndefined();
  });
});
