import { activityIds } from '../catalog';
import type { ActivityRef } from '../declaration';
import { defineRule, quoted } from '../rule';
import { didYouMean } from '../text';

export default defineRule({
  code: 'unknown-activity',
  severity: 'error',
  docs: {
    en: 'Activities are named physical-sites, hardware, virtual-infrastructure, application-platform, administration or backup (or numbered 1 to 6).',
    fr: 'Les activités se nomment physical-sites, hardware, virtual-infrastructure, application-platform, administration ou backup (ou se numérotent de 1 à 6).',
  },
  messages: {
    unknown: { en: '{activity} is not an HDS activity. Activities: {all}.', fr: "{activity} n’est pas une activité HDS. Activités : {all}." },
    suggestion: { en: '{activity} is not an HDS activity: did you mean {suggestion}?', fr: "{activity} n’est pas une activité HDS : vouliez-vous dire {suggestion} ?" },
  },
  check({ declaration, report }) {
    for (const reference of allActivityRefs(declaration)) {
      // Unknown keys under scope.activities are reported by unknown-key, with a suggestion.
      if (reference.id || isScopeKey(reference)) continue;
      const written = String(reference.written);
      const suggestion = didYouMean(written, activityIds);
      if (suggestion) report({ messageId: 'suggestion', at: reference.at, args: { activity: quoted(written), suggestion: quoted(suggestion) }, data: { written, suggestion } });
      else report({ messageId: 'unknown', at: reference.at, args: { activity: quoted(written), all: activityIds.join(', ') }, data: { written } });
    }
  },
});

function isScopeKey(reference: ActivityRef): boolean {
  return reference.at.path[0] === 'scope' && reference.at.path[1] === 'activities' && reference.at.path.length === 3;
}

export function allActivityRefs(declaration: import('../declaration').Declaration): ActivityRef[] {
  return [
    ...declaration.activities.map((scope) => scope.activity),
    ...(declaration.hdsCertificate?.activities ?? []),
    ...declaration.risks.flatMap((risk) => risk.activities),
    ...declaration.subcontractors.flatMap((subcontractor) => [...subcontractor.activities, ...(subcontractor.certificate?.activities ?? [])]),
  ];
}
