import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'conflicting-definition',
  severity: 'error',
  docs: {
    en: 'A fact that has one value (the organisation, a certificate, an activity’s provision, a contract clause) is written in one file only.',
    fr: 'Un fait qui n’a qu’une valeur (l’organisation, un certificat, la fourniture d’une activité, une clause du contrat) n’est écrit que dans un seul fichier.',
  },
  messages: {
    conflict: { en: '{what} is already defined in {file}: keep one definition.', fr: '{what} est déjà défini dans {file} : gardez une seule définition.' },
    first: { en: 'First definition of {what}.', fr: 'Première définition de {what}.' },
  },
  check({ declaration, report }) {
    for (const conflict of declaration.conflicts) {
      const file = conflict.first.file.uri.split('/').pop() ?? conflict.first.file.uri;
      report({
        messageId: 'conflict',
        at: conflict.second,
        part: 'key',
        args: { what: quoted(conflict.what), file },
        related: [{ at: conflict.first, messageId: 'first', args: { what: quoted(conflict.what) } }],
      });
    }
  },
});
