// Validates each file against schemas/hds.schema.json and turns ajv's errors into facts about
// the exact node (unknown key, missing key, invalid value). Rules phrase them for people.
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../../schemas/hds.schema.json';
import { validate as compiledValidate } from './generated/schemaValidator';
import type { Localized } from './types';
import type { ParsedFile, Path } from './yamlFile';
import { isPlaceholder } from './facts/placeholders';

export type SchemaIssue =
  /** `keys`: what the keys of an object keyed by pattern (the contract's clauses) must be, from the schema's x-key-hint. */
  | { kind: 'unknown-key'; path: Path; key: string; allowed: string[]; keys?: Localized }
  /** `placeholder`: the key is written, but its value is a placeholder (TODO, 2099-12-31…), which counts as missing. */
  | { kind: 'missing-key'; path: Path; key: string; placeholder?: string }
  | { kind: 'invalid-value'; path: Path; expected: Expected };

export type Expected =
  | { type: 'one-of'; values: unknown[] }
  | { type: 'type'; types: string[] }
  | { type: 'hint'; hint: Localized }
  | { type: 'non-empty' }
  | { type: 'range'; minimum?: number; maximum?: number }
  | { type: 'date' };

/** Definitions whose values rules check against the catalog, with better messages than a schema can give. */
const CHECKED_BY_RULES = ['#/$defs/activity/', '#/$defs/country/', '#/$defs/controlId/', '#/$defs/riskEvent/'];

// Compiled from the schema at build time (server/build/schemaValidator.mjs), not at every start.
const validate = compiledValidate as unknown as ValidateFunction;

export const topLevelKeys: readonly string[] = Object.keys(schema.properties);

const cache = new WeakMap<ParsedFile, SchemaIssue[]>();

export function schemaIssues(file: ParsedFile): SchemaIssue[] {
  let issues = cache.get(file);
  if (!issues) {
    issues = file.value === undefined ? [] : collectIssues(file.value);
    cache.set(file, issues);
  }
  return issues;
}

function collectIssues(written: unknown): SchemaIssue[] {
  // A placeholder is no answer: validated as if its key were absent, a required key left at TODO is
  // a missing key. List items stay, so that paths keep their indexes (invalid-value skips them).
  const value = withoutPlaceholderValues(written);
  if (validate(value)) return [];
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const issue = toIssue(error, value);
    if (issue?.kind === 'missing-key') {
      const parent = valueAt(written, issue.path);
      const left = parent && typeof parent === 'object' && !Array.isArray(parent) && Object.prototype.hasOwnProperty.call(parent, issue.key) ? (parent as Record<string, unknown>)[issue.key] : undefined;
      if (typeof left === 'string') issue.placeholder = left;
    }
    if (!issue) continue;
    const key = `${issue.kind}|${JSON.stringify(issue.path)}|${'key' in issue ? issue.key : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function toIssue(error: ErrorObject, root: unknown): SchemaIssue | undefined {
  const path = toPath(error.instancePath, root);
  const parentSchema = (error.parentSchema ?? {}) as Record<string, unknown>;
  const hint = parentSchema['x-hint'] as Localized | undefined;

  // The branches of an `anyOf` are noise: the `anyOf` error itself says what was expected.
  if (/\/anyOf\/\d+\//.test(error.schemaPath)) return undefined;
  if (error.keyword === 'if') return undefined;
  if (CHECKED_BY_RULES.some((prefix) => error.schemaPath.startsWith(prefix))) {
    const data = error.data;
    if (typeof data === 'string' || (typeof data === 'number' && !error.schemaPath.startsWith('#/$defs/country/'))) return undefined;
  }

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const properties = Object.keys((parentSchema.properties as object | undefined) ?? {});
      const patterns = Object.keys((parentSchema.patternProperties as object | undefined) ?? {});
      const keys = (parentSchema['x-key-hint'] as Localized | undefined) ?? (patterns.length > 0 ? { en: patterns.join(', '), fr: patterns.join(', ') } : undefined);
      return { kind: 'unknown-key', path: [...path, key], key, allowed: properties, keys };
    }
    case 'required':
      return { kind: 'missing-key', path, key: String(error.params.missingProperty) };
    case 'enum':
      return { kind: 'invalid-value', path, expected: { type: 'one-of', values: error.params.allowedValues as unknown[] } };
    case 'const':
      return { kind: 'invalid-value', path, expected: { type: 'one-of', values: [error.params.allowedValue] } };
    case 'type':
      return { kind: 'invalid-value', path, expected: hint ? { type: 'hint', hint } : { type: 'type', types: String(error.params.type).split(',') } };
    case 'format':
      // A value written YYYY-MM-DD that fails the format is a date that does not exist: the
      // schema's hint ("a date written YYYY-MM-DD") would repeat what the value already does.
      return { kind: 'invalid-value', path, expected: error.params.format === 'date' || !hint ? { type: 'date' } : { type: 'hint', hint } };
    case 'pattern':
    case 'anyOf':
      return { kind: 'invalid-value', path, expected: hint ? { type: 'hint', hint } : { type: 'type', types: ['string'] } };
    case 'minLength':
    case 'minItems':
      return { kind: 'invalid-value', path, expected: { type: 'non-empty' } };
    case 'minimum':
    case 'maximum':
      return {
        kind: 'invalid-value',
        path,
        expected: { type: 'range', minimum: parentSchema.minimum as number | undefined, maximum: parentSchema.maximum as number | undefined },
      };
    default:
      return { kind: 'invalid-value', path, expected: hint ? { type: 'hint', hint } : { type: 'type', types: [String(parentSchema.type ?? 'string')] } };
  }
}

/**
 * The value with every mapping entry whose value is a placeholder string left out. Objects without
 * one are returned as they are, so a file with no placeholder is not copied at all.
 */
function withoutPlaceholderValues(value: unknown): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const item = withoutPlaceholderValues(value[index]);
      if (item !== value[index]) (copy ??= value.slice())[index] = item;
    }
    return copy ?? value;
  }
  if (value === null || typeof value !== 'object') return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' && isPlaceholder(item)) {
      copy ??= { ...(value as Record<string, unknown>) };
      delete copy[key];
      continue;
    }
    const checked = withoutPlaceholderValues(item);
    // defineProperty, not assignment: a key named __proto__ stays a key.
    if (checked !== item) Object.defineProperty((copy ??= { ...(value as Record<string, unknown>) }), key, { value: checked, enumerable: true, writable: true, configurable: true });
  }
  return copy ?? value;
}

function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const segment of path) current = current && typeof current === 'object' ? (current as Record<string | number, unknown>)[segment] : undefined;
  return current;
}

/** `/soa/3/control` → ['soa', 3, 'control'], with array indexes as numbers. */
function toPath(pointer: string, root: unknown): Path {
  if (!pointer) return [];
  const path: (string | number)[] = [];
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      path.push(Number(segment));
      current = current[Number(segment)];
    } else {
      path.push(segment);
      current = current && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}
