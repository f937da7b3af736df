import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/**
 * A unified diff (as `diff -u` and `git diff` print it) from the file as it is to the file as `fmt`
 * would write it, with three lines of context. Uses jsdiff (the `diff` package) rather than a line
 * diff of our own: it is maintained, has no dependencies, computes a minimal (Myers) diff, and its
 * hunk headers and "\ No newline at end of file" markers follow GNU diff, so `git apply` and
 * `patch` accept the output.
 */
export function unifiedDiff(shown: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${shown}`, `b/${shown}`, before, after, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  });
}
