import type { ErrorObject, ValidateFunction } from 'ajv';
import { inputError } from '../errors.js';
import type { Localized } from '../i18n/lang.js';
import { positionOf, type PositionedYaml } from './parse-yaml.js';
import * as compiled from './schema-validators.generated.js';

/** The JSON Schemas shipped in `schemas/`, one per kind of YAML file in a project. */
export type SchemaName = 'ihek' | 'chapter' | 'massnahmen' | 'indikatoren' | 'abkuerzungen' | 'profile';

/**
 * The validators of the shipped schemas, compiled ahead of time (scripts/compile-schemas.mjs), so a
 * run spends no time generating code.
 */
export class SchemaValidators {
  validator(name: SchemaName): ValidateFunction {
    return compiled[name] as unknown as ValidateFunction;
  }

  /** Throws one positioned input error for the first schema violation in `yaml`. */
  assertValid(name: SchemaName, yaml: PositionedYaml): void {
    const validate = this.validator(name);
    if (validate(yaml.value)) return;
    const error = validate.errors?.[0];
    if (!error) return;
    throw describeSchemaError(error, yaml);
  }
}

const typeNames: Record<string, Localized> = {
  string: { de: 'ein Text', en: 'a string' },
  integer: { de: 'eine ganze Zahl', en: 'a whole number' },
  number: { de: 'eine Zahl', en: 'a number' },
  array: { de: 'eine Liste', en: 'a list' },
  object: { de: 'eine Zuordnung (Schlüssel: Wert)', en: 'a mapping (key: value)' },
  boolean: { de: 'ja oder nein (true/false)', en: 'true or false' },
};

const patternHints: Record<string, Localized> = {
  '\\.md$': { de: 'muss eine Markdown-Datei (.md) sein', en: 'must be a Markdown file (.md)' },
  '^\\d{4}-\\d{2}-\\d{2}$': { de: 'muss ein Datum der Form JJJJ-MM-TT sein', en: 'must be a date like YYYY-MM-DD' },
  '^[a-z0-9][a-z0-9-]*$': {
    de: 'darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten',
    en: 'may contain only lower-case letters, digits and hyphens',
  },
  '^\\d{4}$': { de: 'muss eine Jahreszahl (vier Ziffern) sein', en: 'must be a year (four digits)' },
};

function pathOf(instancePath: string): Array<string | number> {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function formatKey(keyPath: ReadonlyArray<string | number>): string {
  let out = '';
  for (const step of keyPath) {
    if (typeof step === 'number') out += `[${step}]`;
    else out += out ? `.${step}` : step;
  }
  return out;
}

function describeSchemaError(error: ErrorObject, yaml: PositionedYaml) {
  const at = pathOf(error.instancePath);
  let keyPath = at;
  let which: 'key' | 'value' = 'value';
  let text: Localized;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      keyPath = [...at, missing];
      text = { de: `Pflichtangabe „${missing}“ fehlt`, en: `required key "${missing}" is missing` };
      break;
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      keyPath = [...at, extra];
      which = 'key';
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const list = allowed.join(', ');
      text = allowed.length
        ? { de: `unbekannter Schlüssel „${extra}“; erlaubt sind: ${list}`, en: `unknown key "${extra}"; allowed: ${list}` }
        : { de: `unbekannter Schlüssel „${extra}“`, en: `unknown key "${extra}"` };
      break;
    }
    case 'type': {
      const expected = String(params.type).split(',');
      const de = expected.map((t) => typeNames[t]?.de ?? t).join(' oder ');
      const en = expected.map((t) => typeNames[t]?.en ?? t).join(' or ');
      text = { de: `muss ${de} sein`, en: `must be ${en}` };
      break;
    }
    case 'enum': {
      const values = (params.allowedValues as unknown[]).map(String).join(', ');
      text = { de: `muss einer dieser Werte sein: ${values}`, en: `must be one of: ${values}` };
      break;
    }
    case 'pattern': {
      const pattern = String(params.pattern);
      text = patternHints[pattern] ?? { de: `hat nicht die Form ${pattern}`, en: `does not match ${pattern}` };
      break;
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      keyPath = [...at, name];
      which = 'key';
      const hint = patternHints['^\\d{4}$']!;
      text = { de: `Schlüssel „${name}“ ${hint.de}`, en: `key "${name}" ${hint.en}` };
      break;
    }
    case 'minLength':
      text = { de: 'darf nicht leer sein', en: 'must not be empty' };
      break;
    case 'minItems':
      text = { de: `braucht mindestens ${String(params.limit)} Eintrag`, en: `needs at least ${String(params.limit)} entry` };
      break;
    case 'uniqueItems':
      text = { de: 'enthält einen Eintrag doppelt', en: 'contains an entry twice' };
      break;
    case 'minimum':
    case 'maximum': {
      const op = error.keyword === 'minimum' ? '≥' : '≤';
      text = { de: `muss ${op} ${String(params.limit)} sein`, en: `must be ${op} ${String(params.limit)}` };
      break;
    }
    default:
      text = { de: error.message ?? 'ungültig', en: error.message ?? 'invalid' };
  }
  const key = formatKey(keyPath);
  const position =
    error.keyword === 'required' ? positionOf(yaml, at, 'key') : positionOf(yaml, keyPath, which);
  const subject = key ? { de: `„${key}“: `, en: `"${key}": ` } : { de: '', en: '' };
  return inputError(
    {
      de: `${yaml.file}:${position.line}: ${subject.de}${text.de}`,
      en: `${yaml.file}:${position.line}: ${subject.en}${text.en}`,
    },
    { file: yaml.file, line: position.line, column: position.column, key },
  );
}
