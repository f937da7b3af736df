import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Lang } from '../i18n/lang.js';

/**
 * Raw HTML in chapters is parsed, then reduced to GitHub's safe subset: no script, style, iframe,
 * form, event handler or `javascript:` URL reaches the output. Ids are kept as written (the check
 * reports clashes) so that anchors stay the ones the author sees.
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  clobber: [],
  clobberPrefix: '',
  // Drop the content of <style> with the element, as for <script>: CSS must not show up as text.
  strip: [...(defaultSchema.strip ?? []), 'style'],
  attributes: {
    ...defaultSchema.attributes,
    // Figure and table numbers given by the Markdown step (collect-captions.ts).
    img: [...(defaultSchema.attributes?.img ?? []), 'dataCaptionId', 'dataCaptionNumber'],
    p: [...(defaultSchema.attributes?.p ?? []), 'dataCaptionId', 'dataCaptionNumber'],
    a: [...(defaultSchema.attributes?.a ?? []).filter((rule) => !Array.isArray(rule) || rule[0] !== 'className'), ['className', 'data-footnote-backref', 'xref']],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
  },
};

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
      .use(rehypeSanitize, schema);
    return processor.runSync(tree) as HastRoot;
  };
}
