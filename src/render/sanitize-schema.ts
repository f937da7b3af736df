import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * Raw HTML in chapters is reduced to GitHub's safe subset: no script, style, iframe, form, event
 * handler or `javascript:` URL reaches the output. Ids are kept as written (the check reports
 * clashes) so that anchors stay the ones the author sees. A `name` gets a prefix: `<img
 * name="createElement">` would otherwise be what `document.createElement` means to any script of
 * the page (the preview's reload script). The check (rule raw-html) reads the same schema to tell
 * the author what the sanitiser will remove.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobber: ['name'],
  clobberPrefix: 'user-content-',
  strip: [...(defaultSchema.strip ?? []), 'style'],
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), 'dataCaptionId', 'dataCaptionNumber'],
    p: [...(defaultSchema.attributes?.p ?? []), 'dataCaptionId', 'dataCaptionNumber'],
    a: [...(defaultSchema.attributes?.a ?? []).filter((rule) => !Array.isArray(rule) || rule[0] !== 'className'), ['className', 'data-footnote-backref', 'xref']],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
  },
};

/** URL schemes a link may use in the published document. */
export const LINK_PROTOCOLS: readonly string[] = sanitizeSchema.protocols?.href ?? [];
