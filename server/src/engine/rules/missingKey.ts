import { defineRule, quoted } from '../rule';
import { schemaIssues } from '../schemaValidation';

export default defineRule({
  code: 'missing-key',
  severity: 'error',
  docs: { en: 'Keys the format requires must be present (a subcontracted activity names its subcontractors, a risk has an id…).', fr: 'Les clés exigées par le format doivent être présentes (une activité sous-traitée nomme ses sous-traitants, un risque a un identifiant…).' },
  messages: {
    missing: { en: 'Missing key {key}.', fr: 'Clé manquante : {key}.' },
    missingBy: { en: 'A subcontracted activity must name its subcontractors: add {key}.', fr: 'Une activité sous-traitée doit nommer ses sous-traitants : ajoutez {key}.' },
  },
  check({ declaration, report }) {
    for (const file of declaration.files) {
      for (const issue of schemaIssues(file)) {
        if (issue.kind !== 'missing-key') continue;
        const messageId = issue.key === 'by' ? 'missingBy' : 'missing';
        report({ messageId, at: { file, path: issue.path }, part: 'key', args: { key: quoted(issue.key) }, data: { key: issue.key } });
      }
    }
  },
});
