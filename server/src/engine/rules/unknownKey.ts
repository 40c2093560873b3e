import { unknownReferenceReport } from '../facts/references';
import { defineRule, listed } from '../rule';
import { schemaIssues } from '../schemaValidation';
import { didYouMean } from '../text';

export default defineRule({
  code: 'unknown-key',
  severity: 'error',
  docs: { en: 'Every key must be one the format defines; misspelled keys get a suggestion.', fr: 'Chaque clé doit appartenir au format ; une clé mal orthographiée reçoit une suggestion.' },
  messages: {
    suggestion: { en: 'Unknown key {key}: did you mean {suggestion}?', fr: 'Clé inconnue {key} : vouliez-vous dire {suggestion} ?' },
    plain: { en: 'Unknown key {key}. Expected one of: {allowed}.', fr: 'Clé inconnue {key}. Clés possibles : {allowed}.' },
    keys: { en: 'Unknown key {key}: the keys here are {keys}.', fr: 'Clé inconnue {key} : les clés attendues ici sont {keys}.' },
  },
  check({ declaration, report }) {
    for (const file of declaration.files) {
      for (const issue of schemaIssues(file)) {
        if (issue.kind !== 'unknown-key') continue;
        // An object keyed by pattern (the contract's clauses) says what its keys are; others list theirs.
        const keyed = issue.allowed.length === 0 && issue.keys !== undefined;
        report(unknownReferenceReport({
          at: { file, path: issue.path },
          part: 'key',
          name: 'key',
          written: issue.key,
          suggestion: didYouMean(issue.key, issue.allowed),
          messageIds: { unknown: keyed ? 'keys' : 'plain' },
          unknownArgs: keyed ? { keys: issue.keys! } : { allowed: listed(issue.allowed) },
        }));
      }
    }
  },
});
