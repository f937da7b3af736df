import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';

/** Words a reader sees around the content, in the document's language. */
export function documentLabels(lang: Lang) {
  return {
    skip: msgIn(lang, 'render.labels.skip'),
    toc: msgIn(lang, 'render.labels.toc'),
    figures: msgIn(lang, 'render.labels.figures'),
    tables: msgIn(lang, 'render.labels.tables'),
    glossary: msgIn(lang, 'render.labels.glossary'),
    imprint: msgIn(lang, 'render.labels.imprint'),
    figure: msgIn(lang, 'render.labels.figure'),
    table: msgIn(lang, 'render.labels.table'),
    appendix: msgIn(lang, 'render.labels.appendix'),
    area: msgIn(lang, 'render.labels.area'),
    district: msgIn(lang, 'render.labels.district'),
    period: msgIn(lang, 'render.labels.period'),
    date: msgIn(lang, 'render.labels.date'),
    version: msgIn(lang, 'render.labels.version'),
    edition: msgIn(lang, 'render.labels.edition'),
    publisher: msgIn(lang, 'render.labels.publisher'),
    address: msgIn(lang, 'render.labels.address'),
    contact: msgIn(lang, 'render.labels.contact'),
    responsible: msgIn(lang, 'render.labels.responsible'),
    photoCredits: msgIn(lang, 'render.labels.photoCredits'),
    design: msgIn(lang, 'render.labels.design'),
    funding: msgIn(lang, 'render.labels.funding'),
    authors: msgIn(lang, 'render.labels.authors'),
    generator: msgIn(lang, 'render.labels.generator'),
    abbreviation: msgIn(lang, 'render.labels.abbreviation'),
    meaning: msgIn(lang, 'render.labels.meaning'),
    footnote: msgIn(lang, 'render.labels.footnote'),
    page: msgIn(lang, 'render.labels.page'),
    link: msgIn(lang, 'render.labels.link'),
  };
}

/**
 * "3. Dezember 2026" / "3 December 2026", as de-DE and en-GB write a date in full. Written out by
 * the catalogues rather than by Intl.DateTimeFormat: the cover's date then does not depend on the
 * ICU data of the Node build, and no locale tables are loaded for one date.
 */
export function formatDate(iso: string | undefined, lang: Lang): string | undefined {
  if (!iso) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return msgIn(lang, 'render.labels.fullDate', { day: date.getUTCDate(), month: date.getUTCMonth(), year: date.getUTCFullYear() });
}
