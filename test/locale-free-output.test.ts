import { describe, expect, it } from 'vitest';
import { sortDiagnostics, type Diagnostic } from '../src/diagnostics.js';
import { formatDate } from '../src/render/labels.js';

describe('the date on the cover and in the imprint', () => {
  it('reads as de-DE and en-GB write a date in full, for every day of 1990 to 2060', () => {
    const formats = Object.fromEntries(
      ['de-DE', 'en-GB'].map((locale) => [locale, new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })]),
    );
    const reference = (iso: string, locale: string) => formats[locale]!.format(new Date(`${iso}T00:00:00Z`));
    const differing: string[] = [];
    for (let time = Date.UTC(1990, 0, 1); time < Date.UTC(2061, 0, 1); time += 86_400_000) {
      const iso = new Date(time).toISOString().slice(0, 10);
      if (formatDate(iso, 'de') !== reference(iso, 'de-DE')) differing.push(`de ${iso}: ${formatDate(iso, 'de')}`);
      if (formatDate(iso, 'en') !== reference(iso, 'en-GB')) differing.push(`en ${iso}: ${formatDate(iso, 'en')}`);
    }
    expect(differing).toEqual([]);
    expect(formatDate('2026-03-01', 'de')).toBe('1. März 2026');
    expect(formatDate('2026-12-31', 'en')).toBe('31 December 2026');
  });

  it('keeps a date it cannot read as written, and gives nothing for none', () => {
    expect(formatDate('Frühjahr 2026', 'de')).toBe('Frühjahr 2026');
    expect(formatDate(undefined, 'de')).toBeUndefined();
  });
});

describe('the order of findings', () => {
  it('is by file name in code-unit order, then line, column and rule, whatever the machine’s locale', () => {
    const at = (file: string, line: number, column: number, rule: string): Diagnostic => ({
      file,
      line,
      column,
      rule,
      severity: 'warning',
      text: { de: rule, en: rule },
    });
    const sorted = sortDiagnostics([
      at('kapitel/ökologie.md', 1, 1, 'a'),
      at('kapitel/zukunft.md', 1, 1, 'a'),
      at('kapitel/Zentrum.md', 2, 1, 'a'),
      at('kapitel/Zentrum.md', 1, 5, 'b'),
      at('kapitel/Zentrum.md', 1, 5, 'a'),
    ]);
    expect(sorted.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'kapitel/Zentrum.md:1:5 a',
      'kapitel/Zentrum.md:1:5 b',
      'kapitel/Zentrum.md:2:1 a',
      'kapitel/zukunft.md:1:1 a',
      'kapitel/ökologie.md:1:1 a',
    ]);
  });
});
