// Declarations with a cursor (`|`) for the completion and hover tests: the examples as a split
// declaration, with one file replaced by a half-typed variant.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDeclaration, type CheckResult, type Locale, type ParsedFile } from '../../../server/src/engine';
import { REPO, TODAY } from '../fixtures';

export const EXAMPLE_FILES = ['declaration.hds.yaml', 'soa.hds.yaml', 'risks.hds.yaml', 'subcontractors.hds.yaml'] as const;
export type ExampleFile = (typeof EXAMPLE_FILES)[number];

export function example(name: string): string {
  return fs.readFileSync(path.join(REPO, 'examples', name), 'utf8');
}

export interface AtCursor {
  file: ParsedFile;
  offset: number;
  checked: CheckResult;
  locale: Locale;
}

/**
 * The examples' split declaration where `name` holds `textWithCursor` (the cursor written `|`),
 * checked as the server would. Other files can be overridden with `others`.
 */
export function atCursor(name: string, textWithCursor: string, options: { locale?: Locale; others?: Record<string, string>; alone?: boolean } = {}): AtCursor {
  const offset = textWithCursor.indexOf('|');
  if (offset < 0) throw new Error('no cursor');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const files: Record<string, string> = options.alone ? {} : Object.fromEntries(EXAMPLE_FILES.map((file) => [file, example(file)]));
  Object.assign(files, options.others ?? {}, { [name]: text });
  const locale = options.locale ?? 'en';
  const checked = checkDeclaration(Object.entries(files).map(([file, content]) => ({ uri: `file:///workspace/decl/${file}`, text: content })), { today: TODAY, locale });
  const file = checked.declaration.files.find((candidate) => candidate.uri.endsWith(`/${name}`))!;
  return { file, offset, checked, locale };
}

/** `example(name)` with `search` replaced by `replacement` (which holds the cursor). */
export function exampleWith(name: string, search: string, replacement: string): string {
  const original = example(name);
  if (!original.includes(search)) throw new Error(`${search} not in ${name}`);
  return original.replace(search, replacement);
}
