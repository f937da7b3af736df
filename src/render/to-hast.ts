import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';
import { sanitizeSchema } from './sanitize-schema.js';

export type HastConverter = (tree: MdastRoot, chapterId: string) => HastRoot;

export function createHastConverter(lang: Lang): HastConverter {
  const labels = { footnoteLabel: msgIn(lang, 'render.footnotes.label'), footnoteBackLabel: msgIn(lang, 'render.footnotes.back'), footnoteBackContent: '↑' };
  return (tree, chapterId) => {
    const toHast = unified().use(remarkRehype, {
      allowDangerousHtml: true,
      clobberPrefix: `${chapterId}-`,
      footnoteLabelTagName: 'h2',
      footnoteLabelProperties: { className: ['footnotes-title'] },
      ...labels,
    });
    // Raw HTML is parsed (parse5, a second pass over the whole chapter) only in chapters that have some.
    const processor = hasRawHtml(tree) ? toHast.use(rehypeRaw).use(rehypeSanitize, sanitizeSchema) : toHast.use(rehypeSanitize, sanitizeSchema);
    return processor.runSync(tree) as HastRoot;
  };
}

function hasRawHtml(node: { type: string; children?: unknown[] }): boolean {
  if (node.type === 'html') return true;
  return (node.children as Array<{ type: string; children?: unknown[] }> | undefined)?.some(hasRawHtml) ?? false;
}
