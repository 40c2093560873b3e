import { activity } from '../catalog';
import { defineRule, quoted } from '../rule';
import { allActivityRefs } from '../facts/references';

export default defineRule({
  code: 'numeric-activity',
  severity: 'information',
  docs: {
    en: 'Activities 3 and 4 are read in the legal order (3 virtual infrastructure, 4 application platform), which some guides swap: the diagnostic says how the number was read.',
    fr: "Les activités 3 et 4 sont lues dans l’ordre légal (3 infrastructure virtuelle, 4 plateforme d’hébergement applicatif), que certains guides inversent : le diagnostic dit comment le numéro a été lu.",
  },
  messages: {
    read: {
      en: 'Activity {number} is read as {name} ({title}), in the order of article R.1111-9 of the Public Health Code. Some guides swap 3 and 4: write the name to remove any doubt.',
      fr: "L’activité {number} est lue comme {name} ({title}), dans l’ordre de l’article R.1111-9 du Code de la santé publique. Certains guides inversent 3 et 4 : écrivez le nom pour lever toute ambiguïté.",
    },
  },
  check({ declaration, report }) {
    for (const reference of allActivityRefs(declaration)) {
      if (!reference.id || String(reference.written) === reference.id) continue;
      const number = Number(reference.written);
      if (number !== 3 && number !== 4) continue;
      const part = reference.at.path[0] === 'scope' && reference.at.path[1] === 'activities' ? 'key' : 'value';
      report({
        messageId: 'read',
        at: reference.at,
        part,
        args: { number, name: quoted(reference.id), title: activity(reference.id)!.name },
        data: { written: number, name: reference.id },
      });
    }
  },
});
