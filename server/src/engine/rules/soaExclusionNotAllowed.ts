import { activity, control, exclusionConditions, nonExcludableControl, nonExcludableControls, type ExclusionCondition } from '../catalog';
import { subcontractorAssignments } from '../assignments';
import { perDeclaration, providesInHouse, subcontracts, type Declaration } from '../declaration';
import { defineRule } from '../rule';

/** Which conditions of server/catalog/non-excludable-controls.json the declared scope meets. */
const conditionsMet = perDeclaration((declaration: Declaration): ReadonlySet<ExclusionCondition> => {
  const met = new Set<ExclusionCondition>(['always']);
  const known = (scope: Declaration['activities'][number]) => scope.activity.id !== undefined;
  // Activities 1 to 5 run in-house: running them means administering their systems.
  if (declaration.activities.some((scope) => known(scope) && activity(scope.activity.id!)!.number <= 5 && providesInHouse(scope.provided))) met.add('administers');
  if (declaration.activities.some((scope) => scope.activity.id === 'backup' && (providesInHouse(scope.provided) || subcontracts(scope.provided)))) met.add('backup');
  if (declaration.activities.some((scope) => known(scope) && subcontracts(scope.provided)) || subcontractorAssignments(declaration).length > 0) met.add('subcontracts');
  return met;
});

export default defineRule({
  code: 'soa-exclusion-not-allowed',
  severity: 'error',
  requirement: 'EXI-01',
  // The mapping of server/catalog/non-excludable-controls.json, on the rule's page.
  grounds: nonExcludableControls.map((entry) => {
    const title = (locale: 'en' | 'fr') => `**${entry.control}** ${control(entry.control)!.title[locale]}`;
    return {
      en: `${title('en')}. *When:* ${exclusionConditions[entry.condition].en} *Why:* ${capitalized(entry.reason.en)}`,
      fr: `${title('fr')}. *Quand\u00a0:* ${exclusionConditions[entry.condition].fr} *Pourquoi\u00a0:* ${capitalized(entry.reason.fr)}`,
    };
  }),
  docs: {
    en: 'The SoA does not exclude an Annex A control that the HDS v2 referential makes necessary given the declared activities: logging (8.15) and privacy (5.34) always, access rights (5.18) when systems are administered in-house, backup (8.13) when backup is provided, supplier relationships (5.19 to 5.22) when an activity is subcontracted.',
    fr: 'La DdA n’exclut pas une mesure de l’annexe A que le référentiel HDS v2 rend nécessaire vu les activités déclarées\u00a0: la journalisation (8.15) et la protection des données personnelles (5.34) toujours, les droits d’accès (5.18) quand des systèmes sont administrés en interne, la sauvegarde (8.13) quand la sauvegarde est fournie, les relations fournisseurs (5.19 à 5.22) quand une activité est sous-traitée.',
  },
  messages: {
    notExcludable: {
      en: 'Control {id} ({title}) cannot be excluded: {reason} Make it applicable (`applicable: true`) and record how it is implemented.',
      fr: 'La mesure {id} ({title}) ne peut pas être exclue\u00a0: {reason} Rendez-la applicable (`applicable: true`) et indiquez comment elle est mise en œuvre.',
    },
  },
  check({ declaration, report }) {
    for (const entry of declaration.soa) {
      if (entry.applicable !== false || !entry.control) continue;
      const rule = nonExcludableControl(entry.control.id);
      if (!rule || !conditionsMet(declaration).has(rule.condition)) continue;
      report({
        messageId: 'notExcludable',
        at: { file: entry.at.file, path: [...entry.at.path, 'applicable'] },
        requirement: rule.requirements[0],
        args: { id: entry.control.id, title: control(entry.control.id)!.title, reason: rule.reason },
        data: { control: entry.control.id },
      });
    }
  },
});

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
