import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Lang } from '../i18n/lang.js';
import { sanitizeSchema } from './sanitize-schema.js';

export type HastConverter = (tree: MdastRoot, chapterId: string) => HastRoot;

export function createHastConverter(lang: Lang): HastConverter {
  const labels =
    lang === 'de'
      ? { footnoteLabel: 'Anmerkungen', footnoteBackLabel: 'Zurück zum Text', footnoteBackContent: '↑' }
      : { footnoteLabel: 'Notes', footnoteBackLabel: 'Back to text', footnoteBackContent: '↑' };
  return (tree, chapterId) => {
    const processor = unified()
      .use(remarkRehype, {
        allowDangerousHtml: true,
        clobberPrefix: `${chapterId}-`,
        footnoteLabelTagName: 'h2',
        footnoteLabelProperties: { className: ['footnotes-title'] },
        ...labels,
      })
      .use(rehypeRaw)
      .use(rehypeSanitize, sanitizeSchema);
    return processor.runSync(tree) as HastRoot;
  };
}
