import type { Root } from 'mdast';
import type { Diagnostic } from '../diagnostics.js';
import type { Localized } from '../i18n/lang.js';
import type { WordHabit } from '../markdown/word-habits.js';
import { finding } from '../rules.js';

function message(habit: WordHabit): Localized {
  switch (habit.rule) {
    case 'heading-number':
      return {
        de: `ihek nummeriert selbst – „${habit.text} “ entfernen (ihek fmt tut das); die Nummer wird nicht angezeigt`,
        en: `ihek numbers headings itself – remove "${habit.text} " (ihek fmt does so); the number is not shown`,
      };
    case 'pasted-bullet':
      return {
        de: `„${habit.text}“ als Aufzählungszeichen (aus Word eingefügt) ergibt keine Liste – „- “ schreiben (ihek fmt tut das)`,
        en: `"${habit.text}" used as a bullet (pasted from Word) makes no list – write "- " (ihek fmt does so)`,
      };
    case 'pasted-tab-indent':
      return {
        de: 'Absatz mit Tabulator am Zeilenanfang (aus Word eingefügt) wird als Code-Block gesetzt – Tabulator entfernen (ihek fmt tut das)',
        en: 'paragraph with a tab at the start of its lines (pasted from Word) is set as a code block – remove the tab (ihek fmt does so)',
      };
    case 'pasted-tab-table':
      return {
        de: 'Zeilen mit Tabulatoren zwischen den Spalten (Tabelle aus Word eingefügt) ergeben keine Tabelle – als Markdown-Tabelle schreiben: | Spalte | Spalte |, darunter | --- | --- |',
        en: 'lines with tabs between columns (a table pasted from Word) make no table – write a Markdown table: | Column | Column |, then | --- | --- |',
      };
    case 'soft-hyphen':
      return {
        de: `unsichtbares weiches Trennzeichen (U+00AD, aus Word eingefügt) in „${habit.text}“ – entfernen (ihek fmt tut das); die Silbentrennung macht das Dokument selbst`,
        en: `invisible soft hyphen (U+00AD, pasted from Word) in "${habit.text}" – remove it (ihek fmt does so); the document hyphenates by itself`,
      };
  }
}

/** The findings for what readWordHabits noted on a chapter's tree. */
export function wordHabitFindings(tree: Root, file: string): Diagnostic[] {
  return (tree.data?.ihekWordHabits ?? []).map((habit) => finding(habit.rule, { file, line: habit.line, column: habit.column }, message(habit)));
}
