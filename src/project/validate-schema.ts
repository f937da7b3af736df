import type { ErrorObject, ValidateFunction } from 'ajv';
import { inputError, throwAll, type IhekError } from '../errors.js';
import { same, type Localized } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { numberProblems, type NumberProblem } from './german-numbers.js';
import { offsetOf, positionOf, type PositionedYaml } from './parse-yaml.js';
import { missingSpace } from './yaml-problem.js';
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

  /**
   * Every problem of `yaml` against its schema, in the order of the file: numbers in German notation
   * (which YAML reads as other numbers, so the schema alone cannot see them) and schema violations.
   */
  problems(name: SchemaName, yaml: PositionedYaml): IhekError[] {
    const { numbers, others } = this.groupedProblems(name, yaml);
    return [...numbers, ...others].sort((a, b) => (a.place.line ?? 0) - (b.place.line ?? 0));
  }

  /**
   * The same problems in two groups: numbers in German notation, after which the file is still
   * shaped as the schema wants (so loading can go on and find more), and all others.
   */
  groupedProblems(name: SchemaName, yaml: PositionedYaml): { numbers: IhekError[]; others: IhekError[] } {
    const numbers = numberProblems(yaml, compiled.numericPaths[name], { decimalsLikely: name === 'indikatoren' });
    const validate = this.validator(name);
    const errors = validate(yaml.value) ? [] : withoutAlternatives(validate.errors ?? []);
    return {
      numbers: numbers.map((problem) => numberError(problem, yaml, name)),
      others: errors.filter((error) => !explainedBy(error, numbers, yaml)).map((error) => describeSchemaError(error, yaml, name)),
    };
  }

  /** Throws one input error naming every problem of `yaml` against the schema. */
  assertValid(name: SchemaName, yaml: PositionedYaml): void {
    throwAll(this.problems(name, yaml));
  }
}

/**
 * With all errors collected, a failed `oneOf` reports every branch; as before, the first one
 * speaks for the value (the others would contradict it). A bad key name comes twice (the inner
 * pattern and the propertyNames around it); the outer one is kept.
 */
function withoutAlternatives(errors: ErrorObject[]): ErrorObject[] {
  const kept: ErrorObject[] = [];
  for (const error of errors) {
    // A bad key is reported once, by the propertyNames error that names it.
    if (error.schemaPath.includes('/propertyNames/')) continue;
    const branch = /^(.*\/oneOf)\//.exec(error.schemaPath)?.[1];
    if (branch) {
      const sibling = kept.some((other) => other.schemaPath.startsWith(`${branch}/`) && related(other.instancePath, error.instancePath));
      if (sibling) continue;
    }
    if (error.keyword === 'oneOf' && kept.some((other) => other.schemaPath.startsWith(`${error.schemaPath}/`))) continue;
    kept.push(error);
  }
  return kept;
}

function related(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}

/** A schema error that only follows from a German number (`"8.000 €"` is not a number). */
function explainedBy(error: ErrorObject, numbers: NumberProblem[], yaml: PositionedYaml): boolean {
  if (numbers.length === 0) return false;
  const at = pathOf(error.instancePath);
  const key = formatKey(at);
  if (numbers.some((problem) => formatKey(problem.path) === key)) return true;
  // `{ 2027: 1.500,50 }` makes a key `50`: it stands inside the number the author wrote.
  const params = error.params as Record<string, unknown>;
  const extra = params.propertyName ?? params.additionalProperty;
  const offset = offsetOf(yaml, extra === undefined ? at : [...at, String(extra)], extra === undefined ? 'value' : 'key');
  return offset !== undefined && numbers.some((problem) => offset >= problem.start && offset < problem.end);
}

function numberError(problem: NumberProblem, yaml: PositionedYaml, name: SchemaName): IhekError {
  const { line, column } = positionOf(yaml, problem.path);
  const subject = subjectOf(problem.path, yaml, name);
  return inputError(msg('project.schema.at', { file: yaml.file, line, subject, text: problem.text }), { file: yaml.file, line, column, key: formatKey(problem.path) });
}

const entryNames: Partial<Record<SchemaName, Localized>> = {
  massnahmen: msg('project.schema.measure'),
  indikatoren: msg('project.schema.indicator'),
};

/**
 * How the message names the place: in a list of measures or indicators by the entry's id and title
 * (what the author knows), else by the key path.
 */
export function subjectOf(keyPath: ReadonlyArray<string | number>, yaml: PositionedYaml, name: SchemaName): Localized {
  const entry = entryNames[name];
  const [index, ...rest] = keyPath;
  if (!entry || typeof index !== 'number' || !Array.isArray(yaml.value)) {
    const key = formatKey(keyPath);
    return key ? msg('project.schema.keySubject', { key }) : same('');
  }
  const item = yaml.value[index] as { id?: unknown; title?: unknown } | undefined;
  const id = typeof item?.id === 'string' || typeof item?.id === 'number' ? String(item.id) : undefined;
  const title = typeof item?.title === 'string' ? shorten(item.title) : '';
  return msg('project.schema.entrySubject', {
    entry,
    id: id ?? msg('project.schema.entryNumber', { number: index + 1 }),
    title,
    field: rest.map(String).join(' '),
  });
}

function shorten(title: string): string {
  return title.length > 60 ? `${title.slice(0, 59)}…` : title;
}

const typeNames: Record<string, Localized> = {
  string: msg('project.schema.typeString'),
  integer: msg('project.schema.typeInteger'),
  number: msg('project.schema.typeNumber'),
  array: msg('project.schema.typeArray'),
  object: msg('project.schema.typeObject'),
  boolean: msg('project.schema.typeBoolean'),
};

const patternHints: Record<string, Localized> = {
  '\\.md$': msg('project.schema.patternMarkdown'),
  '^\\d{4}-\\d{2}-\\d{2}$': msg('project.schema.patternDate'),
  '^[a-z0-9][a-z0-9-]*$': msg('project.schema.patternId'),
  '^\\d{4}$': msg('project.schema.patternYear'),
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

function describeSchemaError(error: ErrorObject, yaml: PositionedYaml, name: SchemaName): IhekError {
  const at = pathOf(error.instancePath);
  let keyPath = at;
  let which: 'key' | 'value' = 'value';
  let text: Localized;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      keyPath = [...at, missing];
      text = msg('project.schema.required', { key: missing });
      break;
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      keyPath = [...at, extra];
      which = 'key';
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const list = allowed.join(', ');
      text = allowed.length ? msg('project.schema.unknownKeyAllowed', { key: extra, allowed: list }) : msg('project.schema.unknownKey', { key: extra });
      break;
    }
    case 'type': {
      const expected = String(params.type).split(',');
      const types = expected.map((t) => typeNames[t] ?? same(t)).reduce((first, second) => msg('project.schema.either', { first, second }));
      text = msg('project.schema.mustBe', { type: types });
      // `title:Leitbild` is one plain text to YAML, where a mapping was meant.
      const written = expected.includes('object') && typeof error.data === 'string' ? missingSpace(error.data) : undefined;
      if (written) text = msg('project.schema.withHint', { text, hint: written });
      break;
    }
    case 'enum': {
      const values = (params.allowedValues as unknown[]).map(String).join(', ');
      text = msg('project.schema.oneOf', { values });
      break;
    }
    case 'pattern': {
      const pattern = String(params.pattern);
      text = patternHints[pattern] ?? msg('project.schema.pattern', { pattern });
      break;
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      keyPath = [...at, name];
      which = 'key';
      const hint = patternHints['^\\d{4}$']!;
      text = msg('project.schema.keyPattern', { key: name, hint });
      break;
    }
    case 'minLength':
      text = msg('project.schema.empty');
      break;
    case 'minItems':
      text = msg('project.schema.minItems', { limit: String(params.limit) });
      break;
    case 'uniqueItems':
      text = msg('project.schema.uniqueItems');
      break;
    case 'minimum':
    case 'maximum': {
      const op = error.keyword === 'minimum' ? '≥' : '≤';
      text = msg('project.schema.bound', { op, limit: String(params.limit) });
      break;
    }
    default:
      text = error.message !== undefined ? same(error.message) : msg('project.schema.invalid');
  }
  const key = formatKey(keyPath);
  const position =
    error.keyword === 'required' ? positionOf(yaml, at, 'key') : positionOf(yaml, keyPath, which);
  // A missing key of a measure is named once: "Maßnahme M-02 „Sommerfest“: Pflichtangabe „amounts“ fehlt".
  const subject = subjectOf(error.keyword === 'required' && entryNames[name] ? at : keyPath, yaml, name);
  return inputError(msg('project.schema.at', { file: yaml.file, line: position.line, subject, text }), {
    file: yaml.file,
    line: position.line,
    column: position.column,
    key,
  });
}
