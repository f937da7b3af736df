import { ExitCode } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { formatBoard, type BoardFormat } from '../status/format-board.js';
import { statusBoard } from '../status/status-board.js';
import type { CliIo } from './io.js';

export interface StatusCliOptions {
  dir?: string;
  format: BoardFormat;
  lang?: Lang;
}

/**
 * Prints the status board. Its exit status is 0 once the board is printed, also when the check
 * found errors: the board reports them, `ihek check` is the gate. A project that cannot be read
 * throws, and main.ts reports it with exit status 2.
 */
export async function runStatus(io: CliIo, options: StatusCliOptions): Promise<number> {
  const board = await statusBoard({ ...(options.dir !== undefined && { dir: options.dir }), cwd: io.cwd });
  io.stdout.write(formatBoard(board, options.format, options.lang ?? board.project.manifest.lang));
  return ExitCode.ok;
}
