import { activity } from '../catalog';
import { defineRule, listed } from '../rule';

export default defineRule({
  code: 'activity-also-subcontracted',
  severity: 'warning',
  requirement: 'EXI-06',
  docs: {
    en: 'An activity declared `provided: in-house` is not also listed among a subcontractor’s activities: if it is, the activity is in-house and subcontracted.',
    fr: 'Une activité déclarée `provided: in-house` ne figure pas aussi parmi les activités d’un sous-traitant\u00a0: si c’est le cas, l’activité est assurée en interne et en sous-traitance.',
  },
  messages: {
    alsoSubcontracted: {
      en: '{activity} is declared `provided: in-house`, yet it is among the activities of {subcontractors}: it is in-house and subcontracted. Say so with `provided: in-house-and-subcontracted` and name the subcontractors in `by`, or remove the activity from their list.',
      fr: 'L’activité {activity} est déclarée `provided: in-house`, alors qu’elle figure parmi les activités de {subcontractors}\u00a0: elle est assurée en interne et en sous-traitance. Indiquez-le avec `provided: in-house-and-subcontracted` et nommez les sous-traitants dans `by`, ou retirez l’activité de leur liste.',
    },
    listedHere: { en: 'The subcontractor lists the activity here.', fr: 'Le sous-traitant cite l’activité ici.' },
  },
  check({ declaration, report }) {
    for (const scope of declaration.activities) {
      const id = scope.activity.id;
      if (scope.provided !== 'in-house' || !id) continue;
      const listings = declaration.subcontractors.flatMap((subcontractor) => {
        const listing = subcontractor.id ? subcontractor.activities.find((candidate) => candidate.id === id) : undefined;
        return listing ? [{ subcontractor: subcontractor.id!, at: listing.at }] : [];
      });
      const ids = [...new Set(listings.map((listing) => listing.subcontractor))];
      if (ids.length === 0) continue;
      report({
        messageId: 'alsoSubcontracted',
        at: { file: scope.at.file, path: [...scope.at.path, 'provided'] },
        args: { activity: activity(id)!.name, subcontractors: listed(ids) },
        data: { activity: id, subcontractors: ids },
        related: listings.map((listing) => ({ at: listing.at, messageId: 'listedHere', part: 'value' as const })),
      });
    }
  },
});
