import type { Root } from 'mdast';
import type { Diagnostic } from '../diagnostics.js';
import type { Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import type { WordHabit } from '../markdown/word-habits.js';
import { finding } from '../rules.js';

function message(habit: WordHabit): Localized {
  switch (habit.rule) {
    case 'heading-number':
      return msg('check.wordHabits.headingNumber', { text: habit.text });
    case 'pasted-bullet':
      return msg('check.wordHabits.pastedBullet', { text: habit.text });
    case 'pasted-tab-indent':
      return msg('check.wordHabits.pastedTabIndent');
    case 'pasted-tab-table':
      return msg('check.wordHabits.pastedTabTable');
    case 'soft-hyphen':
      return msg('check.wordHabits.softHyphen', { text: habit.text });
  }
}

/** The findings for what readWordHabits noted on a chapter's tree. */
export function wordHabitFindings(tree: Root, file: string): Diagnostic[] {
  return (tree.data?.ihekWordHabits ?? []).map((habit) => finding(habit.rule, { file, line: habit.line, column: habit.column }, message(habit)));
}
