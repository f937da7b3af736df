import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { msg, msgIn } from '../src/i18n/message.js';
import { de } from '../src/i18n/messages/de.js';
import { en } from '../src/i18n/messages/en.js';

const root = path.resolve(import.meta.dirname, '..');

/** The names of the values a message reads, found by giving it a recording stand-in for its values. */
function valuesRead(message: unknown): string[] {
  if (typeof message !== 'function') return [];
  const read = new Set<string>();
  const values = new Proxy(
    {},
    {
      get(_target, name) {
        if (typeof name === 'string') read.add(name);
        return `‹${String(name)}›`;
      },
    },
  );
  (message as (values: object) => string)(values);
  return [...read].sort();
}

describe('message catalogues', () => {
  it('have the same keys in the same order in German and English', () => {
    expect(Object.keys(en)).toEqual(Object.keys(de));
  });

  it('have, for every key, the same kind of message and the same named values in both languages', () => {
    const differ: string[] = [];
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      if (typeof de[key] !== typeof en[key]) differ.push(`${key}: ${typeof de[key]} in de, ${typeof en[key]} in en`);
      else if (valuesRead(de[key]).join() !== valuesRead(en[key]).join()) differ.push(`${key}: de reads ${valuesRead(de[key]).join(', ')}; en reads ${valuesRead(en[key]).join(', ')}`);
    }
    expect(differ).toEqual([]);
  });

  it('have no empty message', () => {
    const anyValues = new Proxy({}, { get: () => 'x' });
    const rendered = (message: unknown) => (typeof message === 'string' ? message : (message as (values: object) => string)(anyValues));
    const empty = [de, en].flatMap((catalogue) => Object.entries(catalogue).filter(([, message]) => rendered(message).trim() === '').map(([key]) => key));
    expect(empty).toEqual([]);
  });

  it('give a value passed in both languages to each language as its own string', () => {
    const text = msg('markdown.deadline.exceeded', { file: 'kapitel/a.md', line: 3, step: msg('markdown.deadline.parse'), seconds: 10 });
    expect(text.de).toBe(
      'kapitel/a.md:3: Zerlegen des Markdown dauerte länger als 10 s – der Text ist für den Rechner zu verschachtelt oder zu groß; bitte das Kapitel vereinfachen oder aufteilen',
    );
    expect(text.en).toMatch(/^kapitel\/a\.md:3: parsing the Markdown took longer than 10 s – /);
    expect(msgIn('de', 'errors.more', { count: 4 })).toBe('… und 4 weitere Probleme');
  });
});

/** Source files of src/, relative to the repository, without the catalogues themselves. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return relative === 'src/i18n/messages' ? [] : sourceFiles(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

/**
 * Text in two languages written inline: an object `{ de: '…', en: '…' }`, a `say('…', '…')` pair or a
 * `lang === 'de' ? '…' : '…'` choice (or a `const de = … === 'de'` made for such choices). Each belongs in
 * the catalogues. A language tag like 'de-DE' is not text; a line that chooses a format, not words, says so
 * with the comment `// not a message`.
 */
const INLINE_PAIR = [
  /\bde:\s*[`'"]/,
  /\bde:\s*$/,
  /\bsay\(\s*[`'"]/,
  /(=== 'de'|\bde)\s*\?\s*[`'"](?![a-z]{2}-[A-Z]{2}['`])/,
  /\b(const|let)\s+de\s*=.*=== 'de'/,
];
const NOT_A_MESSAGE = '// not a message';

describe('messages live in the catalogues', () => {
  const folders = [...new Set(sourceFiles('src').map((file) => file.split('/').slice(0, 2).join('/').replace(/\.ts$/, '')))];
  it.each(folders)('%s writes no message inline', (folder) => {
    const inline = sourceFiles('src')
      .filter((file) => file === `${folder}.ts` || file.startsWith(`${folder}/`))
      .flatMap((file) =>
        readFileSync(path.join(root, file), 'utf8')
          .split('\n')
          .flatMap((line, index) => (!line.includes(NOT_A_MESSAGE) && INLINE_PAIR.some((pattern) => pattern.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
      );
    expect(inline).toEqual([]);
  });
});
