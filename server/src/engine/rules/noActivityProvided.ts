import { nodeAt } from '../yamlFile';
import { healthCodeCitation } from '../catalog';
import { defineRule } from '../rule';

export default defineRule({
  code: 'no-activity-provided',
  severity: 'error',
  requirement: healthCodeCitation('R.1111-9'),
  docs: {
    en: 'The scope provides at least one of the six HDS activities (in-house, subcontracted or both): an HDS certificate covers at least one of them.',
    fr: 'Le périmètre assure au moins l’une des six activités HDS (en interne, en sous-traitance ou les deux)\u00a0: un certificat HDS en couvre au moins une.',
  },
  messages: {
    none: {
      en: 'The scope declares none of the six HDS activities, yet an HDS certificate covers at least one of them: list under `scope.activities` those you provide, in-house or subcontracted.',
      fr: 'Le périmètre ne déclare aucune des six activités HDS, alors qu’un certificat HDS en couvre au moins une\u00a0: indiquez sous `scope.activities` celles que vous assurez, en interne ou en sous-traitance.',
    },
    allNotProvided: {
      en: 'Every activity of the scope is `not-provided`, yet an HDS certificate covers at least one of the six activities: say which you provide, in-house or subcontracted.',
      fr: 'Toutes les activités du périmètre sont `not-provided`, alors qu’un certificat HDS couvre au moins l’une des six activités\u00a0: indiquez celles que vous assurez, en interne ou en sous-traitance.',
    },
  },
  check({ declaration, report }) {
    const sections = declaration.sections.get('scope') ?? [];
    // No scope section at all is missing-section's finding.
    if (sections.length === 0) return;
    // An activity whose provision is not (yet) a valid value is another rule's finding, not a sign that none is provided.
    if (declaration.activities.some((scope) => scope.provided !== 'not-provided')) return;
    const written = sections.find((section) => nodeAt(section.file, [...section.path, 'activities']));
    if (declaration.activities.length === 0) {
      report({ messageId: 'none', at: written ? { file: written.file, path: [...written.path, 'activities'] } : sections[0], part: 'key' });
    } else {
      report({ messageId: 'allNotProvided', at: { file: written!.file, path: [...written!.path, 'activities'] }, part: 'key' });
    }
  },
});
