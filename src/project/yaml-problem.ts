import { isMap, isScalar, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import { same, type Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
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
  const at = (message: Localized): Localized => msg('project.yaml.at', { file, line, message });
  const syntax = (message: Localized): Localized => at(msg('project.yaml.syntax', { message }));
  const detail = problem.message.split('\n')[0] ?? problem.message;
  const lineText = text.split(/\r?\n/)[lineCounter.linePos(problem.pos[0]).line - 1] ?? '';

  if (problem.code === 'TAG_RESOLVE_FAILED') {
    return at(msg('project.yaml.unsupportedTag', { detail }));
  }
  if (problem.code === 'DUPLICATE_KEY') return at(duplicateKey(problem, doc, lineCounter, lineOffset, detail));
  if (problem.code === 'TAB_AS_INDENT' || /^[ \t-]*\t/.test(lineText)) {
    return syntax(msg('project.yaml.tabIndent'));
  }
  const noSpace = missingSpace(lineText);
  if (noSpace) return syntax(noSpace);
  const colon = colonInValue(lineText);
  if (colon) return syntax(colon);
  return syntax(same(detail));
}

/** `title:Leitbild` – a key, a colon and the value without the space YAML needs between them. */
export function missingSpace(lineText: string): Localized | undefined {
  const found = /^\s*(?:-\s+)?([A-Za-z_][\w-]*):([^\s:/'"{[].*)$/.exec(lineText);
  if (!found) return undefined;
  const fixed = `${found[1]}: ${found[2]!.trim()}`;
  return msg('project.yaml.missingSpace', { fixed });
}

/** `title: Leitbild: Unser Kiez` – a second colon in the value makes YAML see a nested key. */
function colonInValue(lineText: string): Localized | undefined {
  const found = /^\s*(?:-\s+)?([^\s:#'"][^:#]*?):\s+([^'"{[\s].*?:(?:\s.*)?)\s*$/.exec(lineText);
  if (!found) return undefined;
  const [, key, value] = found as unknown as [string, string, string];
  const quoted = value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
  return msg('project.yaml.colonInValue', { key, quoted });
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
    return msg('project.yaml.duplicateKey', { detail });
  }
  return msg('project.yaml.keyTwice', { key, first });
}
