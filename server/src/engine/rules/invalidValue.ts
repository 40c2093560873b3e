import { isPlaceholder } from '../facts/placeholders';
import { defineRule, listed, quoted, type MessageArg } from '../rule';
import { schemaIssues, type Expected } from '../schemaValidation';
import { didYouMean } from '../text';
import type { Localized } from '../types';
import { nodeAt } from '../yamlFile';
import { isScalar } from 'yaml';

const typeNames: Record<string, Localized> = {
  string: { en: 'text', fr: 'du texte' },
  number: { en: 'a number', fr: 'un nombre' },
  integer: { en: 'a whole number', fr: 'un nombre entier' },
  boolean: { en: 'true or false', fr: 'true ou false' },
  array: { en: 'a list', fr: 'une liste' },
  object: { en: 'a mapping of keys', fr: 'un bloc de clés' },
  null: { en: 'nothing', fr: 'rien' },
};

export default defineRule({
  code: 'invalid-value',
  severity: 'error',
  docs: { en: 'Each value must have the type and form the format expects (dates, enumerations, numbers in range…).', fr: 'Chaque valeur doit avoir le type et la forme attendus (dates, énumérations, nombres dans les bornes…).' },
  messages: {
    oneOf: { en: '{value} is not allowed here. Expected one of: {allowed}.', fr: "{value} n’est pas admis ici. Valeurs possibles : {allowed}." },
    oneOfSuggestion: { en: '{value} is not allowed here: did you mean {suggestion}?', fr: "{value} n’est pas admis ici : vouliez-vous dire {suggestion} ?" },
    type: { en: 'Expected {expected} here.', fr: 'Attendu ici : {expected}.' },
    hint: { en: 'Expected {expected}.', fr: 'Attendu : {expected}.' },
    nonEmpty: { en: 'This must not be empty.', fr: 'Ceci ne doit pas être vide.' },
    range: { en: 'Expected a whole number from {minimum} to {maximum}.', fr: 'Attendu : un nombre entier de {minimum} à {maximum}.' },
    atLeast: { en: 'Expected a whole number from {minimum}.', fr: 'Attendu : un nombre entier à partir de {minimum}.' },
    date: { en: 'Expected a real date written YYYY-MM-DD.', fr: 'Attendu : une date réelle écrite AAAA-MM-JJ.' },
  },
  check({ declaration, report }) {
    for (const file of declaration.files) {
      for (const issue of schemaIssues(file)) {
        if (issue.kind !== 'invalid-value') continue;
        const at = { file, path: issue.path };
        const node = nodeAt(file, issue.path)?.node;
        const written = isScalar(node) ? String(node.source ?? node.value) : undefined;
        // A placeholder (`treatment: TODO`) is reported once, as a warning, by placeholder-left.
        if (isScalar(node) && isPlaceholder(node.value)) continue;
        const { messageId, args, data } = describe(issue.expected, written);
        report({ messageId, at, args, data });
      }
    }
  },
});

function describe(expected: Expected, written: string | undefined): { messageId: string; args: Record<string, MessageArg>; data?: Record<string, unknown> } {
  switch (expected.type) {
    case 'one-of': {
      const allowed = expected.values.map(String);
      const suggestion = written !== undefined ? didYouMean(written, allowed) : undefined;
      if (suggestion && written !== undefined) return { messageId: 'oneOfSuggestion', args: { value: quoted(written), suggestion: quoted(suggestion) }, data: { suggestion } };
      return { messageId: 'oneOf', args: { value: quoted(written ?? '…'), allowed: listed(allowed) } };
    }
    case 'type': {
      const names = expected.types.map((type) => typeNames[type] ?? { en: type, fr: type });
      const expectedText: Localized = { en: names.map((name) => name.en).join(' or '), fr: names.map((name) => name.fr).join(' ou ') };
      return { messageId: 'type', args: { expected: expectedText } };
    }
    case 'hint':
      return { messageId: 'hint', args: { expected: expected.hint } };
    case 'non-empty':
      return { messageId: 'nonEmpty', args: {} };
    case 'range':
      if (expected.maximum === undefined && expected.minimum !== undefined) return { messageId: 'atLeast', args: { minimum: expected.minimum } };
      return { messageId: 'range', args: { minimum: expected.minimum ?? '…', maximum: expected.maximum ?? '…' } };
    case 'date':
      return { messageId: 'date', args: {} };
  }
}
