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
  'check.cache.outsideProject': (v) =>
    `${v.file} leads out of the project folder through a symbolic link; check --cache does not write there. Remove the link or name a place of your own with --cache-location`,
  'check.content.unsupportedCharacter': (v) =>
    `character "${v.char}" (${v.code}) is not in the document's fonts and cannot be printed`,
  'check.content.abbreviationMissing': (v) =>
    `abbreviation "${v.abbreviation}" is missing from the glossary (${v.glossary})`,
  'check.content.placeholder': (v) =>
    `placeholder "${v.what}" is still in the text`,
  'check.content.titleHeadingDiffers': (v) =>
    `heading "# ${v.heading}" differs from the chapter title "${v.title}"; the chapter heading is title from the front matter – write "## ${v.heading}" or "# ${v.title}" (the same as title, then it is left out)`,
  'check.content.levelOneHeading': (v) =>
    `heading "# ${v.heading}" has level 1; the chapter heading is title from the front matter ("${v.title}") – sections start at ##: "## ${v.heading}"`,
  'check.content.headingJump': (v) =>
    `heading "${v.heading}" jumps from level ${v.previous} to ${v.depth}; expected at most level ${v.previous + 1} (${'#'.repeat(v.previous + 1)})`,
  'check.content.tableHeader': 'table without a header row: the first row must name the columns',
  'check.guidance.leftIn': (v) =>
    `guidance text from the skeleton is still in the chapter${v.text ? ` "${v.text}"` : ''}; replace it with your own text and delete the mark ${v.mark}`,
  'check.guidance.finalChapter': (v) =>
    `${v.text} (the chapter has status: final)`,
  'check.guidance.requireFinal': (v) =>
    `${v.text} (an error with --require-final)`,
  'check.images.altMissing': (v) =>
    `image "${v.url}" has no alt text; describe in ![…] what it shows`,
  'check.templates.styleEnd': '"</style" in the style sheet would end the <style> element and put HTML into the page; it is written as CSS text (\\3C) – remove it',
  'check.measures.unknownHandlungsfeld': (v) =>
    `measure ${v.id}: unknown Handlungsfeld "${v.handlungsfeld}"; the profile knows: ${v.list}`,
  'check.measures.endBeforeStart': (v) =>
    `measure ${v.id}: end ${v.to} is before start ${v.from}`,
  'check.measures.outsidePeriod': (v) =>
    `measure ${v.id}: ${v.key} ${v.year} lies outside the period ${v.from}–${v.to}`,
  'check.measures.amountOutside': (v) =>
    `measure ${v.id}: amount for ${v.year}, but the measure runs ${v.from}–${v.to}`,
  'check.measures.fundLimit': (v) =>
    `measure ${v.id} (${v.fonds}) costs ${v.total}; at most ${v.limit} per measure are allowed`,
  'check.measures.bennAmount': (v) =>
    `BENN amount ${v.amount}`,
  'check.measures.budgetSetIn': 'budget set in',
  'check.measures.bennBudget': (v) =>
    `BENN measures ${v.year}: together ${v.sum}, the annual budget (benn.annualBudget) is ${v.cap} – ${v.over} too much`,
  'check.safety.linkScheme': (v) =>
    `link "${v.target}" uses the scheme "${v.scheme}:", which is removed from the document; allowed are #anchors, ${v.allowed}`,
  'check.safety.linkOutside': (v) =>
    `link "${v.target}" leads out of the project folder; link a web address (https:) or an anchor (#…)`,
  'check.safety.linkFile': (v) =>
    `link "${v.target}" points at a file; the document is a single HTML or PDF file in which this link leads nowhere – link a web address (https:) or an anchor (#…)`,
  'check.safety.elementRemoved': (v) =>
    `HTML element <${v.name}> is removed from the document for safety`,
  'check.safety.attributeRemoved': (v) =>
    `attribute ${v.what} on <${v.name}> is removed from the document for safety`,
  'check.structure.typeName': (v) =>
    (v.title ? `"${v.type}" (${v.title})` : `"${v.type}"`),
  'check.structure.unknownTypeGuess': (v) =>
    `unknown chapter type "${v.type}" – did you mean "${v.guess}"? Profile ${v.profile} knows: ${v.list}`,
  'check.structure.unknownType': (v) =>
    `unknown chapter type "${v.type}"; profile ${v.profile} knows: ${v.list}`,
  'check.structure.appendixAsChapter': (v) =>
    `${v.file} is an appendix (type "${v.type}") and belongs under appendix: in ihek.yaml`,
  'check.structure.chapterAsAppendix': (v) =>
    `${v.file} is listed under appendix: but is not an appendix (type "${v.type}")`,
  'check.structure.handlungsfeldMissing': (v) =>
    `chapter for Handlungsfeld ${v.id} "${v.title}" is missing (type: ${v.type}, handlungsfeld: ${v.id})`,
  'check.structure.handlungsfeldTwice': (v) =>
    `Handlungsfeld ${v.id} already has a chapter (${v.file}); one per Handlungsfeld is expected`,
  'check.structure.typeMissing': (v) =>
    `chapter of type ${v.type} is missing${v.benn ? ' (ihek.yaml has a benn: block)' : ''}`,
  'check.structure.needsBenn': (v) =>
    `a chapter of type ${v.type} needs a benn: block in ihek.yaml (site, annualBudget)`,
  'check.structure.tooMany': (v) =>
    `at most ${v.max} chapter(s) of type ${v.type}; already present in ${v.file}`,
  'check.structure.order': (v) =>
    `${v.file} (type "${v.type}") comes after ${v.previousFile} (type "${v.previousType}"); the profile puts "${v.type}" first`,
  'check.structure.needsHandlungsfeld': (v) =>
    `a chapter of type "${v.type}" needs the key handlungsfeld (${v.list})`,
  'check.structure.unknownHandlungsfeld': (v) =>
    `unknown Handlungsfeld "${v.handlungsfeld}"; the profile knows: ${v.list}`,
  'check.structure.sectionMissing': (v) =>
    `section "## ${v.section}"${v.aliases} is missing in chapter "${v.chapter}" (type ${v.type})${v.beforeHeading ? ', expected before this heading' : ''}`,
  'check.wordHabits.headingNumber': (v) =>
    `ihek numbers headings itself – remove "${v.text} " (ihek fmt does so); the number is not shown`,
  'check.wordHabits.pastedBullet': (v) =>
    `"${v.text}" used as a bullet (pasted from Word) makes no list – write "- " (ihek fmt does so)`,
  'check.wordHabits.pastedTabIndent': 'paragraph with a tab at the start of its lines (pasted from Word) is set as a code block – remove the tab (ihek fmt does so)',
  'check.wordHabits.pastedTabTable': 'lines with tabs between columns (a table pasted from Word) make no table – write a Markdown table: | Column | Column |, then | --- | --- |',
  'check.wordHabits.softHyphen': (v) =>
    `invisible soft hyphen (U+00AD, pasted from Word) in "${v.text}" – remove it (ihek fmt does so); the document hyphenates by itself`,
  'check.spelling.unknownWord': (v) =>
    `"${v.word}" is not in the dictionary – check the spelling; if the word is right, add it to ${v.wordList}`,
  'check.spelling.quotedWord': (v) =>
    `"${v.word}"`,
  'check.spelling.orList': (v) =>
    `${v.most} or ${v.last}`,
  'check.spelling.didYouMean': (v) =>
    `"${v.word}" – did you mean ${v.list}? (If the word is right, add it to ${v.wordList})`,
  'check.spelling.repeatedWord': (v) =>
    `"${v.first} ${v.repeated}": word repeated – delete one`,
  'check.spelling.brokenStar': (v) =>
    `"${v.written}": with a second * in the paragraph the text between them is set in italics and the stars disappear – write "${v.better}"`,
  'check.spelling.genderForm': (v) =>
    `"${v.text}" (${v.form}): the document uses ${v.preferredName} (genderForm: ${v.preferred} in ihek.yaml) – write "${v.better}"`,
  'check.spelling.form.stern': 'Genderstern',
  'check.spelling.form.doppelpunkt': 'Doppelpunkt',
  'check.spelling.form.unterstrich': 'Unterstrich',
  'check.spelling.form.binnenI': 'Binnen-I',
  'check.spelling.form.schraegstrich': 'Schrägstrich',
  'check.spelling.form.paarform': 'Paarform',
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
  'markdown.helpers.germanNumber': (v) =>
    `{{${v.helper}}}: "${v.value}" is not a number as {{ }} reads it – write ${v.plain}`,
  'markdown.helpers.notANumber': (v) =>
    `{{${v.helper}}} needs a number, got ${v.value}`,
  'markdown.helpers.nothing': 'nothing',
  'markdown.helpers.unknownOption': (v) =>
    `{{${v.helper}}}: unknown option "${v.key}"; possible are handlungsfeld, fonds, jahr`,
  'markdown.helpers.measuresOfHandlungsfeld': (v) =>
    `in action field ${v.id}${v.name ? ` "${v.name}"` : ''}`,
  'markdown.helpers.measuresOfFund': (v) =>
    `from the fund ${v.fonds}`,
  'markdown.helpers.measuresOfYear': (v) =>
    `in ${v.year}`,
  'markdown.helpers.measuresCaption': 'Table: Measures',
  'markdown.helpers.noMeasures': '*No measures recorded.*',
  'markdown.helpers.columnNumber': 'No.',
  'markdown.helpers.columnMeasure': 'Measure',
  'markdown.helpers.columnFund': 'Fund',
  'markdown.helpers.columnTraeger': 'Provider',
  'markdown.helpers.columnPeriod': 'Period',
  'markdown.helpers.total': 'Total',
  'markdown.helpers.noIndicators': '*No indicators recorded.*',
  'markdown.helpers.indicatorsCaption': 'Table: Social indicators',
  'markdown.helpers.columnIndicator': 'Indicator',
  'markdown.helpers.unknownIndicator': (v) =>
    `{{diagramm}}: there is no indicator "${v.id}"; present: ${v.known}`,
  'markdown.helpers.chartKind': '{{diagramm}} needs a kind: "budget", "indikatoren" or "indikator" id="…"',
  'markdown.limits.nesting': (v) =>
    `more than ${v.limit} blocks or parentheses in {{ }} inside each other; please write it more simply`,
  'markdown.limits.arguments': (v) =>
    `more than ${v.limit} arguments in one {{ }} call`,
  'markdown.limits.iterations': (v) =>
    `{{#each}} repeats more than ${v.limit} times in all (nested blocks multiply); this limit protects the machine`,
  'markdown.limits.output': (v) =>
    `{{#each}} produces more than ${v.mb} MB of text; this limit protects the machine`,
  'markdown.template.partial': (v) =>
    `partial "${v.called}" in {{> }}: chapters have no partials`,
  'markdown.template.decorator': '{{#* }} (e.g. {{#*inline}}) is not possible in chapters: chapters have no partials',
  'markdown.template.unknownValue': (v) =>
    `unknown value "${v.name}" in {{ }}; available are the keys of ihek.yaml (e.g. area, period.from) and data`,
  'markdown.template.unknownHelper': (v) =>
    `unknown helper "${v.name}" in {{ }}; possible are euro, zahl, prozent, summe, massnahmenTabelle, indikatorenTabelle, diagramm`,
  'markdown.template.eachNeedsList': '{{#each}} needs a list to run over (e.g. {{#each data.massnahmen}})',
  'markdown.template.cannotEvaluate': (v) =>
    `expression in {{ }} cannot be evaluated: ${v.message}`,
  'markdown.template.brokenExpression': (v) =>
    `expression ${v.text} is incomplete or malformed`,
  'markdown.template.syntax': (v) =>
    `expression in {{ }} is incomplete or malformed${v.expected ? ' (e.g. "}}" expected)' : ''}`,
  'markdown.template.germanNumber': (v) =>
    `${v.expression}: ${v.written} is not a number in {{ }} – write ${v.plain}`,
  'markdown.template.readAsInteger': (v) =>
    `${v.expression}: ${v.written} is read as ${v.read} – write ${v.plain}`,
  'markdown.template.readAsFraction': (v) =>
    `${v.expression}: ${v.written} is read as ${v.read} – write ${v.plain} (if ${v.read} is really meant: write ${v.read})`,
  'markdown.deadline.parse': 'parsing the Markdown',
  'markdown.deadline.render': 'turning it into HTML',
  'markdown.deadline.exceeded': (v) =>
    `${v.file}:${v.line}: ${v.step} took longer than ${v.seconds} s – the text is too convoluted or too large for the machine; please simplify or split the chapter`,
  // (end of markdown)

  // ── transform ──
  'transform.outline.duplicateAnchor': (v) =>
    `anchor #${v.id} already exists (${v.file}:${v.line}); headings of a chapter need different titles`,
  'transform.captions.duplicateAnchor': (v) =>
    `anchor #${v.id} already exists (${v.file}:${v.line}); choose another {#…} id`,
  'transform.asset.overTotal': (v) =>
    `image "${v.src}" is not embedded: all images of the document together (each use counts) would be larger than ${v.mb} MB; make the images smaller or use them less often`,
  'transform.asset.inProjectFolder': (v) =>
    `image file "${v.src}" does not exist in the chapter's folder ${v.folder}/, but in the project folder; write "${v.relative}" (from the chapter) or "${v.absolute}" (from the project folder)`,
  'transform.asset.missingFromProject': (v) =>
    `image file "${v.src}" does not exist (a path starting with / is read from the project folder)`,
  'transform.asset.missingFromChapter': (v) =>
    `image file "${v.src}" does not exist (read from the chapter's folder ${v.folder}/)`,
  'transform.asset.remote': (v) =>
    `image "${v.src}" is not in the project; images from the internet are not loaded – put the file into the project`,
  'transform.asset.outside': (v) =>
    `image "${v.src}" lies outside the project folder`,
  'transform.asset.format': (v) =>
    `image "${v.src}" has a format that is not embedded; possible: ${v.list}`,
  'transform.references.appendix': 'Appendix',
  'transform.references.chapter': 'Chapter',
  'transform.captions.figure': 'Figure',
  'transform.captions.table': 'Table',
  'transform.references.broken': (v) =>
    `link to #${v.fragment} points nowhere: no chapter or heading has this anchor`,
  'transform.taskList.done': 'done',
  'transform.taskList.open': 'open',
  // (end of transform)

  // ── render ──
  'render.labels.skip': 'Skip to content',
  'render.labels.toc': 'Contents',
  'render.labels.figures': 'List of figures',
  'render.labels.tables': 'List of tables',
  'render.labels.glossary': 'Abbreviations',
  'render.labels.imprint': 'Imprint',
  'render.labels.figure': 'Figure',
  'render.labels.table': 'Table',
  'render.labels.appendix': 'Appendix',
  'render.labels.area': 'Area',
  'render.labels.district': 'District',
  'render.labels.period': 'Period',
  'render.labels.date': 'As of',
  'render.labels.version': 'Version',
  'render.labels.edition': 'Edition',
  'render.labels.publisher': 'Published by',
  'render.labels.authors': 'Written by',
  'render.labels.generator': 'Made with',
  'render.labels.abbreviation': 'Abbreviation',
  'render.labels.meaning': 'Meaning',
  'render.labels.footnote': 'Footnote',
  'render.labels.page': 'page',
  'render.labels.link': 'Link',
  'render.footnotes.label': 'Notes',
  'render.footnotes.back': 'Back to text',
  'render.page.footerPage': 'Page',
  'render.page.footerOf': 'of',
  'render.css.import': (v) =>
    `"${v.rule}" is not loaded: the document loads no further style sheets; write the rules into this file`,
  'render.css.external': (v) =>
    `"${v.found}" is not loaded: the document loads no files and nothing from the network; only data: URLs work`,
  'render.layout.endless': 'templates/layout.hbs: page template calls itself without end (a partial in templates/partials/ includes itself)',
  'render.layout.broken': (v) =>
    `templates/layout.hbs: page template is broken: ${v.message}`,
  'render.page.attributeOn': (v) =>
    `${v.attribute} on <${v.element}>`,
  'render.page.script': (v) =>
    `${v.what}: scripts, event attributes (on…), javascript: URLs, <meta http-equiv>, <base>, frames and embedded objects are not allowed in templates and are removed`,
  'render.page.external': (v) =>
    `${v.what} is not loaded and is removed: the document loads no files and nothing from the network – images belong in the chapters, styles in templates/style.css, only data: URLs work`,
  'render.page.misplacedSlot': 'chapter HTML ({{{html}}}) or styles ({{{css}}}, {{{fontCss}}}, {{{pageCss}}}) stand where they are not HTML or CSS (in an attribute, in <title>, <textarea> or a comment) and are left out there',
  // (end of render)

  // ── charts ──
  'charts.budget.title': (v) =>
    `Budget of the measures${v.fonds ? ` (${v.fonds})` : ''} per action field and year`,
  'charts.budget.intro': (v) =>
    `Stacked bar chart: ${v.title}.`,
  'charts.budget.xTitle': 'Action field',
  'charts.budget.yTitle': 'Euro',
  'charts.budget.noMeasures': 'No measures.',
  'charts.indicators.oneTitle': (v) =>
    `${v.indicator} over time`,
  'charts.indicators.title': 'Social indicators over time',
  'charts.indicators.intro': (v) =>
    `Line chart: ${v.title}.`,
  'charts.indicators.xTitle': 'Year (as of 31 Dec)',
  'charts.indicators.yTitleShare': 'Share in %',
  'charts.indicators.yTitleValue': 'Value',
  // (end of charts)

  // ── document ──
  'document.stamp.draft': 'Draft – not approved',
  'document.stamp.notInGit': 'not from a git repository',
  'document.stamp.noCommit': 'git repository without a commit',
  'document.stamp.uncommitted': ', with uncommitted changes',
  'document.stamp.sourceLabel': 'Source',
  'document.stamp.statusLabel': 'Approval',
  'document.stamp.approved': 'approved (all chapters final, committed state)',
  // (end of document)

  // ── docx ──
  // (end of docx)
};
