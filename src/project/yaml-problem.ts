import { isMap, isScalar, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import type { Localized } from '../i18n/lang.js';
import type { DuplicateKey } from './yaml-limits.js';

/**
 * Turns the parser's (English, technical) first complaint about a YAML text into a message for an
 * author who knows Word rather than YAML: what was written, and the concrete fix. The usual slips
 * are recognised from the line itself; anything else keeps the parser's wording.
 */
export function describeYamlProblem(
  problem: Pick<YAMLError, 'code' | 'pos' | 'message'> | DuplicateKey,
  text: string,
  doc: Document.Parsed,
  lineCounter: LineCounter,
  file: string,
  line: number,
  lineOffset: number,
): Localized {
  const at = (message: Localized): Localized => ({
    de: `${file}:${line}: ${message.de}`,
    en: `${file}:${line}: ${message.en}`,
  });
  const syntax = (message: Localized): Localized => at({ de: `YAML-Syntaxfehler: ${message.de}`, en: `YAML syntax error: ${message.en}` });
  const detail = problem.message.split('\n')[0] ?? problem.message;
  const lineText = text.split(/\r?\n/)[lineCounter.linePos(problem.pos[0]).line - 1] ?? '';

  if (problem.code === 'TAG_RESOLVE_FAILED') {
    return at({
      de: `YAML-Tag wird nicht unterstützt (${detail}); bitte nur einfache Werte verwenden`,
      en: `unsupported YAML tag (${detail}); use plain values only`,
    });
  }
  if (problem.code === 'DUPLICATE_KEY') return at(duplicateKey(problem, doc, lineCounter, lineOffset, detail));
  if (problem.code === 'TAB_AS_INDENT' || /^[ \t-]*\t/.test(lineText)) {
    return syntax({
      de: 'Tabulator am Zeilenanfang – in YAML mit Leerzeichen einrücken, nicht mit Tabs',
      en: 'tab at the start of the line – indent YAML with spaces, not tabs',
    });
  }
  const noSpace = missingSpace(lineText);
  if (noSpace) return syntax(noSpace);
  const colon = colonInValue(lineText);
  if (colon) return syntax(colon);
  return syntax({ de: detail, en: detail });
}

/** `title:Leitbild` – a key, a colon and the value without the space YAML needs between them. */
export function missingSpace(lineText: string): Localized | undefined {
  const found = /^\s*(?:-\s+)?([A-Za-z_][\w-]*):([^\s:/'"{[].*)$/.exec(lineText);
  if (!found) return undefined;
  const fixed = `${found[1]}: ${found[2]!.trim()}`;
  return {
    de: `nach dem Doppelpunkt fehlt ein Leerzeichen – ${fixed} schreiben`,
    en: `a space is missing after the colon – write ${fixed}`,
  };
}

/** `title: Leitbild: Unser Kiez` – a second colon in the value makes YAML see a nested key. */
function colonInValue(lineText: string): Localized | undefined {
  const found = /^\s*(?:-\s+)?([^\s:#'"][^:#]*?):\s+([^'"{[\s].*?:(?:\s.*)?)\s*$/.exec(lineText);
  if (!found) return undefined;
  const [, key, value] = found as unknown as [string, string, string];
  const quoted = value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
  return {
    de: `Doppelpunkt im Wert von „${key}“ – den Wert in Anführungszeichen setzen: ${key}: ${quoted}`,
    en: `colon inside the value of "${key}" – put the value in quotes: ${key}: ${quoted}`,
  };
}

function duplicateKey(
  problem: Pick<YAMLError, 'pos'> | DuplicateKey,
  doc: Document.Parsed,
  lineCounter: LineCounter,
  lineOffset: number,
  detail: string,
): Localized {
  let key: string | undefined;
  let first: number | undefined;
  // Found by our own check: it knows both places, and nothing needs to be looked up again.
  if ('firstOffset' in problem) {
    key = problem.name;
    first = lineCounter.linePos(problem.firstOffset).line + lineOffset;
  } else visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return undefined;
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const name = String(pair.key.value);
        const start = pair.key.range[0];
        if (start === problem.pos[0] && seen.has(name)) {
          key = name;
          first = lineCounter.linePos(seen.get(name)!).line + lineOffset;
          return visit.BREAK;
        }
        if (!seen.has(name)) seen.set(name, start);
      }
      return undefined;
    },
  });
  if (key === undefined || first === undefined) {
    return { de: `Schlüssel doppelt vergeben (${detail})`, en: `duplicate key (${detail})` };
  }
  return {
    de: `der Schlüssel „${key}“ steht doppelt (zuerst in Zeile ${first}) – einen der beiden entfernen`,
    en: `the key "${key}" appears twice (first on line ${first}) – remove one of the two`,
  };
}
