// `hds-check init [FOLDER]`: the starter declaration the editor writes (engine/starter.ts), split
// over four files, never over an existing file: if any of them exists, nothing is written.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { starterDeclaration, type Locale } from '../engine';
import { localize } from '../engine/text';
import { UsageError } from './options';

const say = {
  exists: {
    en: '{names} already exist in {folder}: hds-check never writes over a file; choose another folder.',
    fr: '{names} existent déjà dans {folder}\u00a0: hds-check n’écrase jamais de fichier\u00a0; choisissez un autre dossier.',
  },
  existsOne: {
    en: '{names} already exists in {folder}: hds-check never writes over a file; choose another folder.',
    fr: '{names} existe déjà dans {folder}\u00a0: hds-check n’écrase jamais de fichier\u00a0; choisissez un autre dossier.',
  },
  written: {
    en: 'Starter declaration written in {folder}: {names}. Fill in the values marked TODO, then run hds-check {folder}.',
    fr: 'Déclaration de départ écrite dans {folder}\u00a0: {names}. Complétez les valeurs marquées TODO, puis lancez hds-check {folder}.',
  },
  tooMany: { en: 'init takes one folder at most', fr: 'init prend au plus un dossier' },
};

export function init(positionals: readonly string[], cwd: string, locale: Locale): string {
  if (positionals.length > 1) throw new UsageError(say.tooMany[locale], locale);
  const given = positionals[0] ?? '.';
  const folder = path.resolve(cwd, given);
  const files = starterDeclaration({ locale, split: true });
  const existing = Object.keys(files).filter((name) => fs.existsSync(path.join(folder, name)));
  if (existing.length > 0) throw new UsageError(localize(existing.length === 1 ? say.existsOne : say.exists, locale, { names: existing.join(', '), folder: given }), locale);
  fs.mkdirSync(folder, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    // `wx`: fails rather than overwrite a file created meanwhile.
    fs.writeFileSync(path.join(folder, name), content, { flag: 'wx' });
  }
  return `${localize(say.written, locale, { folder: given, names: Object.keys(files).join(', ') })}\n`;
}
