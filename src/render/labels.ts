import type { Lang } from '../i18n/lang.js';

/** Words a reader sees around the content, in the document's language. */
export function documentLabels(lang: Lang) {
  return lang === 'de'
    ? {
        skip: 'Zum Inhalt springen',
        toc: 'Inhaltsverzeichnis',
        figures: 'Abbildungsverzeichnis',
        tables: 'Tabellenverzeichnis',
        glossary: 'Abkürzungsverzeichnis',
        imprint: 'Impressum',
        figure: 'Abbildung',
        table: 'Tabelle',
        appendix: 'Anhang',
        area: 'Gebiet',
        district: 'Bezirk',
        period: 'Laufzeit',
        date: 'Stand',
        version: 'Version',
        edition: 'Ausgabe',
        publisher: 'Herausgeber',
        authors: 'Verfasst von',
        generator: 'Erstellt mit',
        abbreviation: 'Abkürzung',
        meaning: 'Bedeutung',
        footnote: 'Fußnote',
        page: 'Seite',
        link: 'Verweis',
      }
    : {
        skip: 'Skip to content',
        toc: 'Contents',
        figures: 'List of figures',
        tables: 'List of tables',
        glossary: 'Abbreviations',
        imprint: 'Imprint',
        figure: 'Figure',
        table: 'Table',
        appendix: 'Appendix',
        area: 'Area',
        district: 'District',
        period: 'Period',
        date: 'As of',
        version: 'Version',
        edition: 'Edition',
        publisher: 'Published by',
        authors: 'Written by',
        generator: 'Made with',
        abbreviation: 'Abbreviation',
        meaning: 'Meaning',
        footnote: 'Footnote',
        page: 'page',
        link: 'Link',
      };
}

export function formatDate(iso: string | undefined, lang: Lang): string | undefined {
  if (!iso) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
