import { activityIds } from '../catalog';
import type { ActivityRef } from '../declaration';
import { allActivityRefs, unknownReferenceReport } from '../facts/references';
import { defineRule } from '../rule';
import { didYouMean } from '../text';

export default defineRule({
  code: 'unknown-activity',
  severity: 'error',
  docs: {
    en: 'Activities are named physical-sites, hardware, virtual-infrastructure, application-platform, administration or backup (or numbered 1 to 6).',
    fr: 'Les activités se nomment physical-sites, hardware, virtual-infrastructure, application-platform, administration ou backup (ou se numérotent de 1 à 6).',
  },
  messages: {
    unknown: { en: '{written} is not an HDS activity. Activities: {all}.', fr: "{written} n’est pas une activité HDS. Activités : {all}." },
    suggestion: { en: '{written} is not an HDS activity: did you mean {suggestion}?', fr: "{written} n’est pas une activité HDS : vouliez-vous dire {suggestion} ?" },
  },
  check({ declaration, report }) {
    for (const reference of allActivityRefs(declaration)) {
      // Unknown keys under scope.activities are reported by unknown-key, with a suggestion.
      if (reference.id || isScopeKey(reference)) continue;
      const written = String(reference.written);
      report(unknownReferenceReport({ at: reference.at, name: 'written', written, suggestion: didYouMean(written, activityIds), unknownArgs: { all: activityIds.join(', ') } }));
    }
  },
});

function isScopeKey(reference: ActivityRef): boolean {
  return reference.at.path[0] === 'scope' && reference.at.path[1] === 'activities' && reference.at.path.length === 3;
}
