import { defineRule, quoted } from '../rule';
import { didYouMean } from '../text';

export default defineRule({
  code: 'unknown-subcontractor',
  severity: 'error',
  docs: { en: 'Activities and storage sites refer only to subcontractors declared under subcontractors.', fr: 'Activités et sites de stockage ne désignent que des sous-traitants déclarés sous subcontractors.' },
  messages: {
    unknown: { en: 'No subcontractor has the id {id}.', fr: "Aucun sous-traitant n’a l’identifiant {id}." },
    suggestion: { en: 'No subcontractor has the id {id}: did you mean {suggestion}?', fr: "Aucun sous-traitant n’a l’identifiant {id} : vouliez-vous dire {suggestion} ?" },
  },
  check({ declaration, report }) {
    const known = declaration.subcontractors.flatMap((subcontractor) => (subcontractor.id ? [subcontractor.id] : []));
    const references = [
      ...declaration.activities.flatMap((scope) => scope.by.map((by) => ({ ...by, activity: scope.activity.id }))),
      ...declaration.storage.flatMap((site) => (site.operator ? [{ ...site.operator, activity: undefined }] : [])),
    ];
    for (const reference of references) {
      if (known.includes(reference.value)) continue;
      const suggestion = didYouMean(reference.value, known);
      const data = { id: reference.value, activity: reference.activity, suggestion };
      if (suggestion) report({ messageId: 'suggestion', at: reference.at, args: { id: quoted(reference.value), suggestion: quoted(suggestion) }, data });
      else report({ messageId: 'unknown', at: reference.at, args: { id: quoted(reference.value) }, data });
    }
  },
});
