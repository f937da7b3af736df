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
  // (end of rules)

  // ── import ──
  'import.project.period': (v) => `--period needs two years from-to, e.g. 2026-2028, not "${v.text}"`,
  'import.project.targetIsFile': (v) => `${v.dir} is a file, not a folder; nothing was created`,
  'import.project.targetNotEmpty': (v) => `${v.dir} is not empty; ihek import creates a new project only in an empty or new folder and changed nothing`,
  'import.project.profileUnknown': (v) => `--profile knows ${v.known}, not "${v.given}"`,
  'import.project.noHeading': (v) => `${v.file}: has no Heading 1; ihek import makes one chapter per Heading 1; nothing was created`,
  'import.read.wordHint': 'compress the pictures in Word',
  'import.read.refused': (v) => `${v.file}: ${v.why}; nothing was created`,
  'import.read.unreadable': 'cannot be read (does the file exist?)',
  'import.read.encrypted': 'is encrypted or an old Word format (.doc); save it in Word without a password as .docx',
  'import.read.notWord': 'is not a Word file (.docx)',
  'import.read.damaged': 'is damaged or not a Word file (.docx) and cannot be read',
  'import.read.unpacksTooLarge': (v) =>
    `unpacks to ${v.megabytes} MB${v.entry ? ` (${v.entry})` : ''} – more than a Word IHEK holds, or packed like a zip bomb; ihek import does not read it (save the document again in Word and compress the pictures)`,
  'import.read.understated': (v) =>
    `unpacks ${v.entry} to more than its ZIP directory declares – damaged or packed like a zip bomb; ihek import does not read it (save the document again in Word)`,
  'import.read.imageTooLarge': (v) => `TODO: image missing (larger than ${v.megabytes} MB)`,
  'import.report.kind.mergedCells': 'Merged cells flattened (check the table)',
  'import.report.kind.comment': 'Comment not carried over',
  'import.report.kind.insertion': 'Tracked insertion carried over (accepted)',
  'import.report.kind.deletion': 'Tracked deletion left out (accepted)',
  'import.report.kind.textBox': 'Text box: content put into the running text or lost (check)',
  'import.report.kind.field': 'Field: only its shown result carried over',
  'import.report.kind.tocField': 'Table of contents (field) left out; ihek makes it anew',
  'import.report.kind.unsupportedImage': 'Image in a format ihek does not embed (insert again as PNG or SVG)',
  'import.report.kind.imageTooLarge': (v) => `Image larger than ${v.megabytes} MB left out (insert it again, smaller)`,
  'import.report.kind.missingAlt': 'Image without a description (add alt text)',
  'import.report.kind.internalLink': 'Cross-reference kept as text (set again as [](#anchor))',
  'import.report.kind.caption': 'Caption taken as an ihek caption',
  'import.report.kind.measures': 'Measures table taken as data',
  'import.report.kind.measuresKeptAsTable': 'Table of measures stayed a table',
  'import.report.kind.preamble': 'Text before the first heading not carried over',
  'import.report.kind.bennBlock': 'BENN chapter recognised: ihek.yaml has a benn: block with example values (accommodation, annual budget) – please fill them in',
  'import.report.kind.headingNumber': 'Hand-typed number removed',
  'import.report.title': '# Report of the import from Word',
  'import.report.intro': (v) =>
    `Imported from \`${v.source}\`. This file is not part of the IHEK (no list in ihek.yaml names it); delete it once everything is checked.`,
  'import.report.recognised': '## Recognised',
  'import.report.profile': 'Profile',
  'import.report.documentTitle': 'Title',
  'import.report.subtitle': 'Subtitle',
  'import.report.counts': (v) => `Measures as data: ${v.measures}; images: ${v.images}; footnotes: ${v.footnotes}`,
  'import.report.tableHead': '| Heading in Word | File | Type |',
  'import.report.notRecognised': ' – not recognised, please check',
  'import.report.notExact': '## Not carried over exactly',
  'import.report.nothing': 'Nothing – everything was carried over.',
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
