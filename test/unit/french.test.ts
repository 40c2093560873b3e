// French that reads as French, for every French message of every rule, every service, the
// manifest's French texts and the client's: typographic apostrophes, a non-breaking space before
// : ; ! ? and inside « », dates written out in sentences, French severity words, one term for
// "outside the EEA" (« hors de l’EEE »). `Code spans` (YAML as the user writes it) keep ASCII, and the
// English text marks the same YAML as code.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { render } from '../../server/src/engine/check';
import { rules } from '../../server/src/engine/rules';
import { counted, dayCount, list, NOUNS, quote } from '../../server/src/engine/text';
import { sentenceDate } from '../../server/src/engine/dates';
import { REPO } from './fixtures';

/** What is wrong with `text` as French, if anything. */
export function frenchProblems(text: string): string[] {
  // Option values as typed (error, warning, information, hint or off) are not words of the sentence.
  const prose = text.replace(/`[^`]*`/g, '`…`').replace(/\b(?:error|warning|information|hint|off)(?:, (?:error|warning|information|hint|off)){2,}(?: ou (?:error|warning|information|hint|off))?/g, 'VALUES').replace(/\bhttps?:\/\/\S+/g, 'URL').replace(/command:[\w.]+/g, 'COMMAND');
  const problems: string[] = [];
  if (prose.includes("'")) problems.push('a straight apostrophe (’ expected)');
  if (/ [:;!?]/.test(prose)) problems.push('an ordinary space before : ; ! or ? (a non-breaking one expected)');
  if (/[\p{L}\d)»}][;!?]/u.test(prose) || /[\p{L}»}]:(\s|$)/u.test(prose)) problems.push('no space before : ; ! or ?');
  if (/«(?!\u00a0)|(?<!\u00a0)»/.test(prose)) problems.push('« » without non-breaking spaces inside');
  if (/\b\d{4}-\d{2}-\d{2}\b/.test(prose)) problems.push('an ISO date in a sentence');
  if (/\bhors (?:EEE|de l’Espace)|en dehors de l’EEE/.test(prose)) problems.push('“outside the EEA” not written « hors de l’EEE »');
  if (/\b(?:error|warning|hint)\b/.test(prose)) problems.push('an English severity word');
  return problems;
}

/** The text of a string or template (or of an arrow function returning one). */
function textOf(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  // A substitution is a value, not text: `{…}`, but the non-breaking space constants are typography.
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => `${/^(NB|NBSP)$/.test(span.expression.getText()) ? '\u00a0' : '{…}'}${span.literal.text}`).join('');
  if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) return textOf(node.body);
  if (ts.isParenthesizedExpression(node)) return textOf(node.expression);
  return undefined;
}

/** Every object literal of a TypeScript source with `en:` and `fr:` texts, and its line. */
function localizedTexts(file: string): { en?: string; fr?: string; line: number }[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: { en?: string; fr?: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const texts: { en?: string; fr?: string } = {};
      for (const property of node.properties) {
        if (ts.isPropertyAssignment(property) && (property.name.getText() === 'en' || property.name.getText() === 'fr')) texts[property.name.getText() as 'en' | 'fr'] = textOf(property.initializer);
      }
      const at = node.properties.find((property) => property.name?.getText() === 'fr') ?? node;
      if (texts.en !== undefined || texts.fr !== undefined) found.push({ ...texts, line: source.getLineAndCharacterOfPosition(at.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The French texts of a TypeScript source: every `fr:` property given as a string or template (or an arrow function returning one). */
function frenchLiterals(file: string): { text: string; line: number }[] {
  return localizedTexts(file).flatMap(({ fr, line }) => (fr === undefined ? [] : [{ text: fr, line }]));
}

/** How many `code spans` a text holds: YAML written as the user types it, in either language. */
const codeSpans = (text: string) => (text.match(/`[^`]*`/g) ?? []).length;

/** Where the texts other than the rules' live. */
const textFolders = ['server/src/engine', 'server/src/engine/facts', 'server/src/services', 'server/src/features', 'server/src/documents', 'server/src/cli', 'server/src/cli/formats', 'server/src/docs', 'client/src', 'client/src/views'];
const sourceFiles = (folder: string) => fs.readdirSync(path.join(REPO, folder)).filter((name) => name.endsWith('.ts')).map((name) => path.join(REPO, folder, name));

describe('French that reads as French', () => {
  it('the checker catches each mistake it looks for', () => {
    assert.deepEqual(frenchProblems('Le fichier « a » n\'est pas lu : 2025-10-31, hors EEE, error.'), [
      'a straight apostrophe (’ expected)', 'an ordinary space before : ; ! or ? (a non-breaking one expected)',
      '« » without non-breaking spaces inside', 'an ISO date in a sentence', '“outside the EEA” not written « hors de l’EEE »', 'an English severity word',
    ]);
    assert.deepEqual(frenchProblems('Écrivez `basis: scc` ici\u00a0: «\u00a0a\u00a0» n’est pas lu le 31\u00a0octobre 2025, hors de l’EEE.'), []);
  });

  it('the text helpers quote and write dates the French way', () => {
    assert.equal(quote('dc', 'fr'), '«\u00a0dc\u00a0»');
    assert.equal(list(['a', 'b'], 'fr'), '«\u00a0a\u00a0», «\u00a0b\u00a0»');
    assert.equal(sentenceDate('2025-10-31', 'fr'), '31\u00a0octobre 2025');
    assert.equal(sentenceDate('2026-05-01', 'fr'), '1er\u00a0mai 2026');
    assert.equal(sentenceDate('2026-05-16', 'en'), '16 May 2026');
    assert.equal(sentenceDate('not a date', 'fr'), 'not a date');
    assert.deepEqual([0, 1, 2].map((count) => counted(count, NOUNS.error)), [{ en: '0 errors', fr: '0\u00a0erreur' }, { en: '1 error', fr: '1\u00a0erreur' }, { en: '2 errors', fr: '2\u00a0erreurs' }]);
    assert.deepEqual([1, 2].map((days) => dayCount(days)), [{ en: '1 day', fr: '1\u00a0jour' }, { en: '2 days', fr: '2\u00a0jours' }]);
  });

  it('every rule’s documentation and messages, as written and as rendered with quoted values', () => {
    const problems: string[] = [];
    for (const rule of rules) {
      for (const [id, message] of [['docs', rule.docs], ...Object.entries(rule.messages)] as const) {
        const args = Object.fromEntries([...message.en.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, { quoted: 'x' }]));
        const rendered = id === 'docs' ? message.fr : render(rule, id, args, 'fr');
        for (const problem of frenchProblems(rendered)) problems.push(`${rule.code} ${id}: ${problem}: ${rendered}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('every French text of the engine, the language services, the documents, the command line and the client', () => {
    const problems: string[] = [];
    for (const file of textFolders.flatMap(sourceFiles)) {
      for (const { text, line } of frenchLiterals(file)) {
        for (const problem of frenchProblems(text)) problems.push(`${path.relative(REPO, file)}:${line}: ${problem}: ${text}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('English and French mark the same YAML as code (as many `code spans`), in every rule and every other text', () => {
    const problems: string[] = [];
    for (const rule of rules) {
      for (const [id, message] of [['docs', rule.docs], ...Object.entries(rule.messages)] as const) {
        if (codeSpans(message.en) !== codeSpans(message.fr)) problems.push(`${rule.code} ${id}:\n  ${message.en}\n  ${message.fr}`);
      }
    }
    for (const file of textFolders.flatMap(sourceFiles)) {
      for (const { en, fr, line } of localizedTexts(file)) {
        if (en !== undefined && fr !== undefined && codeSpans(en) !== codeSpans(fr)) problems.push(`${path.relative(REPO, file)}:${line}:\n  ${en}\n  ${fr}`);
      }
    }
    const manifest = (locale: string) => JSON.parse(fs.readFileSync(path.join(REPO, `package.nls${locale}.json`), 'utf8')) as Record<string, string>;
    const [english, french] = [manifest(''), manifest('.fr')];
    // The French default severity also gives the value to type: « Par défaut : erreur (`error`). »
    const withoutDefault = (text: string) => text.replace(/ (?:Default|Par défaut)\s?:.*$/, '');
    for (const [key, text] of Object.entries(english)) {
      if (french[key] !== undefined && codeSpans(withoutDefault(text)) !== codeSpans(withoutDefault(french[key]))) problems.push(`package.nls ${key}:\n  ${text}\n  ${french[key]}`);
    }
    assert.deepEqual(problems, []);
  });

  it('every French text of the catalog (requirements, activities, risk events, countries, legal bases…)', () => {
    const problems: string[] = [];
    const walk = (value: unknown, where: string): void => {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${where}[${index}]`));
      else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
          if (key === 'fr' && typeof item === 'string') problems.push(...frenchProblems(item).map((problem) => `${where}: ${problem}: ${item}`));
          else walk(item, `${where}.${key}`);
        }
      }
    };
    const folder = path.join(REPO, 'server/catalog');
    const files = fs.readdirSync(folder).filter((name) => name.endsWith('.json'));
    assert.ok(files.length >= 9, 'the catalog files are found');
    for (const name of files) walk(JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')), name);
    assert.deepEqual(problems, []);
  });

  it('the manifest’s French texts', () => {
    const french = JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.fr.json'), 'utf8')) as Record<string, string>;
    const problems = Object.entries(french)
      .flatMap(([key, text]) => frenchProblems(text).map((problem) => `${key}: ${problem}: ${text}`));
    assert.deepEqual(problems, []);
  });
});
