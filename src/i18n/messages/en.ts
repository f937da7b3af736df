import type { Messages } from './de.js';

/** Every message ihek shows, in English; same keys and order as `de.ts`. */
export const en: Messages = {
  // ── cli ──
  // (end of cli)

  // ── watch ──
  // (end of watch)

  // ── fmt ──
  // (end of fmt)

  // ── output ──
  // (end of output)

  // ── release ──
  // (end of release)

  // ── project ──
  // (end of project)

  // ── diff ──
  // (end of diff)

  // ── pdf ──
  // (end of pdf)

  // ── pipeline ──
  // (end of pipeline)

  // ── errors ──
  'errors.more': (v) => `… and ${v.count} more problems`,
  // (end of errors)

  // ── init ──
  // (end of init)

  // ── check ──
  // (end of check)

  // ── rules ──
  'rules.required-chapter':
    'Every chapter type the profile requires is present: one chapter per Handlungsfeld, the BENN chapter when ihek.yaml has a benn: block.',
  'rules.chapter-count':
    'No chapter type occurs more often than allowed (one Einleitung, one chapter per Handlungsfeld, no BENN chapter without benn:).',
  'rules.chapter-order':
    'Chapters follow the order of the profile; appendices are listed under appendix:.',
  'rules.chapter-type':
    'The chapter type (type) is known to the profile. When it looks like a typo, the message names the closest type ("did you mean …?"), and the chapter is not also reported as a missing required chapter.',
  'rules.front-matter':
    'A handlungsfeld chapter names a Handlungsfeld of the profile (handlungsfeld: HF1).',
  'rules.required-section':
    'Every chapter has the sections (## headings) its type requires; case, spacing and the profile\'s aliases are taken into account.',
  'rules.heading-level':
    'Headings in the text start at ## (the chapter heading comes from title) and skip no level. A "# …" at the top of a chapter that repeats title is allowed and left out.',
  'rules.heading-number':
    'Headings carry no hand-typed number (5.1, 3., a), II.): ihek numbers them itself; the number is not shown and is ignored when sections are matched.',
  'rules.duplicate-anchor':
    'Every anchor is unique: two headings of one chapter have different titles.',
  'rules.broken-link':
    'Every internal link (#anchor) leads to a chapter or heading.',
  'rules.link-target':
    'Links lead to an anchor (#…) or a web address (https:, http:, mailto:, tel:); links to files lead nowhere in the published document, links out of the project folder and addresses such as javascript: or data: are not allowed.',
  'rules.raw-html':
    'HTML in the text contains nothing that would be removed for safety (scripts, frames, forms, styles, <base>, <meta>, event attributes such as onclick, addresses such as javascript:).',
  'rules.image-missing':
    'Every image exists as a file.',
  'rules.image-outside':
    'Images lie inside the project folder (not outside through a link either).',
  'rules.image-remote':
    'Images are not loaded from the internet.',
  'rules.image-format':
    'Images are PNG, JPEG, GIF, WebP or SVG.',
  'rules.image-size':
    'An image is at most 20 MB, all images of a document together at most 100 MB (each use counts, as each is a copy of its own in the HTML).',
  'rules.image-alt':
    'Every image has alt text.',
  'rules.table-header':
    'Every table has a header row.',
  'rules.abbreviation-missing':
    'Abbreviations in the text (two or more capitals) are in the glossary.',
  'rules.pasted-bullet':
    'Lists start with "- ", not with characters pasted from Word such as •, ▪, ◦ or –.',
  'rules.pasted-tab-indent':
    'No paragraph starts with a tab (pasted from Word): it would be set as a code block.',
  'rules.pasted-tab-table':
    'Tables are Markdown tables, not lines with tabs between the columns.',
  'rules.soft-hyphen':
    'No invisible soft hyphen (U+00AD, pasted from Word) is in the text.',
  'rules.placeholder':
    'No placeholder is left in (TODO, FIXME, XXX, TBD, Lorem ipsum, […]), in the alt text of images neither.',
  'rules.skeleton-text':
    'No guidance text from the skeletons of ihek init and ihek new chapter is left in (a paragraph with the mark <!-- Vorlage: durch eigenen Text ersetzen -->). In a chapter with status: final and with ihek release --require-final it is an error.',
  'rules.spelling':
    'Every word is in the dictionary of the document language (lang: de or en) or known to the project: area, district, organisation, authors, keywords and BENN site from ihek.yaml, the glossary\'s abbreviations and expansions, the measures\' titles and Träger, the words in woerterbuch.txt. The message names up to three suggestions. Not checked: code, addresses, numbers and amounts, text in <span lang="en"> and other languages. Switched on with ihek check --spell or check: { spelling: true } in ihek.yaml, always in ihek release.',
  'rules.repeated-word':
    'No word stands twice in a row ("das das"); after a comma "die die", "das das" etc. are right and not reported.',
  'rules.gender-form':
    'The document uses one form of gender-inclusive language, the one check: { genderForm: … } in ihek.yaml names (stern: Bewohner*innen, doppelpunkt: Bewohner:innen, unterstrich: Bewohner_innen, binnen-i: BewohnerInnen, schraegstrich: Bewohner/-innen, paarform: Bewohnerinnen und Bewohner); other forms are reported with the chosen one as suggestion. Also without genderForm: two gender stars in one paragraph, which Markdown reads as emphasis (Bewohner*innen und Nachbar*innen becomes Bewohner<em>innen und Nachbar</em>innen) – write Bewohner\\*innen.',
  'rules.unsupported-character':
    'Every character is in the document\'s fonts (Latin script with umlauts, accents and common punctuation); others, such as emoji, could not be printed in the PDF.',
  'rules.template-expression':
    'Every {{ }} expression can be evaluated (known values and helpers).',
  'rules.template-script':
    'The project\'s own templates (templates/), as they render, give no scripts, event attributes (on…), javascript: URLs, <meta http-equiv> (but Content-Security-Policy), <base>, frames or embedded objects, and the style sheet does not end its <style> element (</style>). The build removes all of these in any case.',
  'rules.template-external':
    'The project\'s own templates (templates/) load nothing: no @import, no url() or image-set() to files or addresses, no <link>, no images, styles or fonts from files or the network; only data: URLs. The build removes all of these in any case.',
  'rules.measure-handlungsfeld':
    'Every measure names a Handlungsfeld of the profile.',
  'rules.measure-period':
    'Measures lie within the IHEK period, from ≤ to, amounts only for years from from to to.',
  'rules.fund-limit':
    'Measures keep to their fund\'s maximum (Aktionsfonds: at most 1,500 € per measure).',
  'rules.benn-budget':
    'The BENN measures of a year add up to no more than benn.annualBudget.',
  // (end of rules)

  // ── import ──
  // (end of import)

  // ── markdown ──
  'markdown.deadline.parse': 'parsing the Markdown',
  'markdown.deadline.render': 'turning it into HTML',
  'markdown.deadline.exceeded': (v) =>
    `${v.file}:${v.line}: ${v.step} took longer than ${v.seconds} s – the text is too convoluted or too large for the machine; please simplify or split the chapter`,
  // (end of markdown)

  // ── transform ──
  // (end of transform)

  // ── render ──
  // (end of render)

  // ── charts ──
  // (end of charts)

  // ── document ──
  // (end of document)

  // ── docx ──
  // (end of docx)
};
