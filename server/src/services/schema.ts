// The JSON schema of a declaration, navigated by path: which keys a mapping allows, which values
// a scalar takes, and what each means, in English or French. `$ref`s are followed (and remembered,
// since a `#/$defs/controlId` value calls for catalog completion), `anyOf` alternatives merged.
import schemaJson from '../../../schemas/hds.schema.json';
import type { Path } from '../engine/yamlFile';

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  'x-description-fr'?: string;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
}

const root = schemaJson as unknown as JsonSchema & { $defs: Record<string, JsonSchema> };

/** A schema at some path, with the `$defs` it was reached through (e.g. `controlId`). */
export interface SchemaAt {
  schema: JsonSchema;
  /** Names of the `$defs` followed to get here, outermost first. */
  defs: string[];
  /** The description written where the value is declared (a property), else the definition's. */
  description?: { en: string; fr: string };
}

function resolve(schema: JsonSchema): { schema: JsonSchema; defs: string[] } {
  let current = schema;
  const seen: string[] = [];
  for (let depth = 0; current.$ref && depth < 10; depth++) {
    const name = current.$ref.replace('#/$defs/', '');
    const target = root.$defs[name];
    if (!target) break;
    seen.push(name);
    current = target;
  }
  return { schema: current, defs: seen };
}

function describe(...schemas: (JsonSchema | undefined)[]): { en: string; fr: string } | undefined {
  for (const schema of schemas) {
    if (schema?.description) return { en: schema.description, fr: schema['x-description-fr'] ?? schema.description };
  }
  return undefined;
}

const cache = new Map<string, SchemaAt | null>();

/** The schema of the value at `path` (numbers index arrays), or undefined off the schema. */
export function schemaAt(path: Path): SchemaAt | undefined {
  const cacheKey = path.map((segment) => (typeof segment === 'number' ? '#' : `.${segment}`)).join('');
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached ?? undefined;
  const found = walk(path);
  if (cache.size < 1000) cache.set(cacheKey, found ?? null);
  return found;
}

function walk(path: Path): SchemaAt | undefined {
  let node: JsonSchema = root;
  let description = describe(root);
  for (const segment of path) {
    const { schema } = resolve(node);
    // Through `anyOf` alternatives (`none` or a list; `true` or an object): the first that goes on.
    const alternatives = [schema, ...(schema.anyOf ?? []).map((alternative) => resolve(alternative).schema)];
    const next = alternatives.map((candidate) => (typeof segment === 'number' ? candidate.items : propertySchema(candidate, segment))).find((found) => found !== undefined);
    if (!next) return undefined;
    node = next;
    description = describe(next, resolve(next).schema);
  }
  const resolved = resolve(node);
  return { schema: resolved.schema, defs: resolved.defs, description };
}

function propertySchema(schema: JsonSchema, key: string): JsonSchema | undefined {
  if (schema.properties && Object.prototype.hasOwnProperty.call(schema.properties, key)) return schema.properties[key];
  for (const [pattern, candidate] of Object.entries(schema.patternProperties ?? {})) {
    if (new RegExp(pattern).test(key)) return candidate;
  }
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

export interface KeyInfo {
  key: string;
  description?: { en: string; fr: string };
  required: boolean;
  /** What the key's value is, to shape the text inserted after it. */
  shape: 'scalar' | 'object' | 'array-of-objects' | 'array-of-scalars';
  /** The key's value has values to choose from (enum, boolean, catalog). */
  hasChoices: boolean;
}

/** The named keys an object schema allows (pattern keys like EXI-nn are the catalog's business). */
export function keysOf(at: SchemaAt): KeyInfo[] {
  const schema = at.schema.properties ? at.schema : (at.schema.anyOf ?? []).map((alternative) => resolve(alternative).schema).find((candidate) => candidate.properties) ?? at.schema;
  if (!schema.properties) return [];
  const required = new Set([...(schema.required ?? []), ...(schema.then?.required ?? [])]);
  return Object.entries(schema.properties).map(([key, property]) => {
    const resolved = resolve(property);
    return { key, description: describe(property, resolved.schema), required: required.has(key), shape: shapeOf(resolved.schema), hasChoices: choicesOf(resolved).length > 0 || resolved.defs.some((def) => CATALOG_DEFS.has(def)) };
  });
}

/** Definitions whose values come from the catalog or the declaration rather than the schema. */
export const CATALOG_DEFS = new Set(['activity', 'controlId', 'riskEvent', 'country']);

function shapeOf(schema: JsonSchema): KeyInfo['shape'] {
  if (isType(schema, 'object')) return 'object';
  if (isType(schema, 'array')) {
    const items = schema.items ? resolve(schema.items).schema : undefined;
    return items && isType(items, 'object') ? 'array-of-objects' : 'array-of-scalars';
  }
  return 'scalar';
}

export function isType(schema: JsonSchema, type: string): boolean {
  return schema.type === type || (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === type) || (type === 'object' && !!schema.properties && !schema.type);
}

/** The literal values a schema allows: `enum`, `const`, booleans, merged over `anyOf`. */
export function choicesOf(at: { schema: JsonSchema }): unknown[] {
  const schema = at.schema;
  if (schema.enum) return schema.enum;
  if (schema.const !== undefined) return [schema.const];
  if (isType(schema, 'boolean')) return [true, false];
  if (schema.anyOf) return schema.anyOf.flatMap((alternative) => choicesOf(resolve(alternative)));
  return [];
}
