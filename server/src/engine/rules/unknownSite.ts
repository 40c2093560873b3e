import { unknownReferenceReport } from '../facts/references';
import { defineRule } from '../rule';
import { didYouMean } from '../text';

export default defineRule({
  code: 'unknown-site',
  severity: 'error',
  docs: { en: 'Activities refer only to storage sites declared under scope.storage.', fr: 'Les activités ne désignent que des sites déclarés sous scope.storage.' },
  messages: {
    unknown: { en: 'No storage site has the id {id}.', fr: "Aucun site de stockage n’a l’identifiant {id}." },
    suggestion: { en: 'No storage site has the id {id}: did you mean {suggestion}?', fr: "Aucun site de stockage n’a l’identifiant {id} : vouliez-vous dire {suggestion} ?" },
  },
  check({ declaration, report }) {
    const known = declaration.storage.flatMap((site) => (site.site ? [site.site] : []));
    for (const reference of declaration.activities.flatMap((scope) => scope.sites)) {
      if (known.includes(reference.value)) continue;
      report(unknownReferenceReport({ at: reference.at, name: 'id', written: reference.value, suggestion: didYouMean(reference.value, known) }));
    }
  },
});
