import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Lang } from '../i18n/lang.js';
import { msgIn } from '../i18n/message.js';
import { element } from './hast-utils.js';

/**
 * A task list item in a printed plan is a statement ("done" / "open"), not a form control: the
 * disabled checkbox GFM makes becomes a symbol with a spoken label.
 */
export function taskListStates(tree: Root, lang: Lang): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'input' || node.properties.type !== 'checkbox' || !parent || index === undefined) return;
    const done = Boolean(node.properties.checked);
    const label = msgIn(lang, done ? 'transform.taskList.done' : 'transform.taskList.open');
    // Drawn with CSS: no symbol font needed, in the HTML or in the PDF.
    parent.children[index] = element('span', { className: ['task-state', done ? 'task-done' : 'task-open'], role: 'img', ariaLabel: label });
  });
}
