import { inputError } from '../errors.js';
import { msg } from '../i18n/message.js';

export interface SplitChapter {
  /** The YAML between the fences. */
  yaml: string;
  /** Line of the file on which the YAML starts. */
  yamlLine: number;
  body: string;
  bodyLine: number;
}

/** Separates a chapter's `---` fenced YAML front matter from its Markdown body. */
export function splitFrontMatter(text: string, file: string): SplitChapter {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    throw inputError(msg('project.frontMatter.missing', { file }), { file, line: 1, column: 1 });
  }
  const close = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (close === -1) {
    throw inputError(msg('project.frontMatter.unclosed', { file }), { file, line: 1, column: 1 });
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
