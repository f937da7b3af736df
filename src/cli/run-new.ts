import path from 'node:path';
import { addChapter } from '../init/add-chapter.js';
import { ExitCode } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';
import type { CliIo } from './io.js';

export interface NewChapterCliOptions {
  type: string;
  id: string;
  dir?: string;
  title?: string;
  handlungsfeld?: string;
}

export async function runNewChapter(io: CliIo, lang: Lang, options: NewChapterCliOptions): Promise<number> {
  const result = await addChapter({ ...options, cwd: io.cwd });
  const shown = (file: string) => path.relative(io.cwd, path.join(result.root, file)) || file;
  const list = result.kind === 'appendix' ? 'appendix' : 'chapters';
  io.stdout.write(`${msgIn(lang, 'cli.files.created', { file: shown(result.file) })}\n`);
  io.stdout.write(`${msgIn(lang, 'cli.new.listed', { file: shown(result.manifestFile), list, position: result.index + 1 })}\n`);
  return ExitCode.ok;
}
