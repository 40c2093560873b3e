// Compiles schemas/hds.schema.json into a validator module, server/src/engine/generated/schemaValidator.ts,
// that the server, the command line and the tests import. Compiling the schema when the server
// starts cost about 85 ms and 14 MiB of memory at every start; the compiled code loads in a few ms.
// Run by `npm run compile` and by esbuild.mjs; the generated file is not committed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { _ } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCHEMA = path.join(REPO, 'schemas/hds.schema.json');
const OUTPUT = path.join(REPO, 'server/src/engine/generated/schemaValidator.ts');

/** The formats the schema uses, each implemented in server/src/engine/dates.ts's `schemaFormats`. */
const FORMATS = ['date'];

export function writeSchemaValidator() {
  const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8'));
  const unknown = [...formatsIn(schema)].filter((format) => !FORMATS.includes(format));
  if (unknown.length > 0) throw new Error(`${SCHEMA}: format ${unknown.join(', ')} has no implementation in schemaFormats (server/src/engine/dates.ts)`);
  // verbose: the errors carry their schema node, whose hints (x-hint, x-key-hint) become the messages.
  const ajv = new Ajv.default({ allErrors: true, strict: false, verbose: true, code: { source: true, esm: true, formats: _`require("../dates").schemaFormats` } });
  for (const format of FORMATS) ajv.addFormat(format, { type: 'string', validate: () => true });
  const code = standaloneCode.default(ajv, ajv.compile(schema));
  const text = `// @ts-nocheck\n// Generated from schemas/hds.schema.json by server/build/schemaValidator.mjs: do not edit.\n${code.replace(/^"use strict";/, '')}\n`;
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  // Rewritten only when it changes, so that watchers do not rebuild for nothing.
  if (!fs.existsSync(OUTPUT) || fs.readFileSync(OUTPUT, 'utf8') !== text) fs.writeFileSync(OUTPUT, text);
}

function* formatsIn(node) {
  if (Array.isArray(node)) for (const item of node) yield* formatsIn(item);
  else if (node && typeof node === 'object') {
    if (typeof node.format === 'string') yield node.format;
    for (const value of Object.values(node)) yield* formatsIn(value);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeSchemaValidator();
