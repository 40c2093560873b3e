// `hds-check init [FOLDER]`: the starter declaration the editor writes (engine/starter.ts), split
// over four files, never over an existing file: if any of them exists, nothing is written.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { starterDeclaration, type Locale } from '../engine';
import { localize } from '../engine/text';
import { UsageError } from './options';
import { refusal, writeOutput, WriteError } from './output';

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
  notFolder: { en: '{folder} exists and is not a folder: nothing is written.', fr: '{folder} existe et n’est pas un dossier\u00a0: rien n’est écrit.' },
};

export function init(positionals: readonly string[], cwd: string, locale: Locale): string {
  if (positionals.length > 1) throw new UsageError(say.tooMany[locale], locale);
  const given = positionals[0] ?? '.';
  const folder = path.resolve(cwd, given);
  const files = starterDeclaration({ locale, split: true });
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(folder);
  } catch {
    // A folder to create.
  }
  if (stat && !stat.isDirectory()) throw new UsageError(localize(say.notFolder, locale, { folder: given }), locale);
  // lstat: a dangling symbolic link is a name taken too.
  const taken = (name: string) => {
    try {
      fs.lstatSync(path.join(folder, name));
      return true;
    } catch {
      return false;
    }
  };
  const existing = Object.keys(files).filter(taken);
  if (existing.length > 0) throw new UsageError(localize(existing.length === 1 ? say.existsOne : say.exists, locale, { names: existing.join(', '), folder: given }), locale);
  const options = { cwd, locale, exclusive: true, declaration: true };
  // Every file is looked at before the first is written; one that fails takes back those written.
  for (const name of Object.keys(files)) {
    const refused = refusal(path.join(folder, name), options);
    if (refused) throw new WriteError(refused, locale);
  }
  const written: string[] = [];
  try {
    for (const [name, content] of Object.entries(files)) {
      writeOutput(path.join(folder, name), content, options);
      written.push(path.join(folder, name));
    }
  } catch (error) {
    for (const file of written) fs.rmSync(file, { force: true });
    throw error;
  }
  return `${localize(say.written, locale, { folder: given, names: Object.keys(files).join(', ') })}\n`;
}
