import { unknownReferenceReport } from '../facts/references';
import { defineRule } from '../rule';
import { didYouMean } from '../text';

export default defineRule({
  code: 'unknown-subcontractor',
  severity: 'error',
  docs: { en: 'Activities, storage sites and offers refer only to subcontractors declared under subcontractors.', fr: 'Activités, sites de stockage et offres ne désignent que des sous-traitants déclarés sous subcontractors.' },
  messages: {
    unknown: { en: 'No subcontractor has the id {id}.', fr: "Aucun sous-traitant n’a l’identifiant {id}." },
    suggestion: { en: 'No subcontractor has the id {id}: did you mean {suggestion}?', fr: "Aucun sous-traitant n’a l’identifiant {id} : vouliez-vous dire {suggestion} ?" },
  },
  check({ declaration, report }) {
    const known = declaration.subcontractors.flatMap((subcontractor) => (subcontractor.id ? [subcontractor.id] : []));
    const references = [
      ...declaration.activities.flatMap((scope) => scope.by.map((by) => ({ ...by, activity: scope.activity.id }))),
      ...declaration.storage.flatMap((site) => (site.operator ? [{ ...site.operator, activity: undefined }] : [])),
      ...declaration.offers.flatMap((offer) => (offer.subcontractors ?? []).map((reference) => ({ ...reference, activity: undefined }))),
    ];
    for (const reference of references) {
      if (known.includes(reference.value)) continue;
      // The activity lets the quick fix declare the subcontractor with it.
      report(unknownReferenceReport({ at: reference.at, name: 'id', written: reference.value, suggestion: didYouMean(reference.value, known), data: { activity: reference.activity } }));
    }
  },
});
