import { actorData, guaranteeActors, type Actor } from '../facts/sovereignty';
import type { Ref } from '../declaration';
import { defineRule, type MessageArg } from '../rule';
import { localizeBoth, quoted } from '../text';

export default defineRule({
  code: 'guarantees-answer-missing',
  severity: 'warning',
  // Chapter 8 of the referential; the EXI-29 and EXI-30 answers name their requirement.
  docs: {
    en: 'The presentation of guarantees (chapter 8) has a row for the host and every subcontractor not acting under its supervision; each answers every column explicitly: SecNumCloud, remote access from outside the EEA (EXI-29), exposure to non-European law (EXI-30), and a subcontractor its role. “none” is an answer; silence is not.',
    fr: 'La présentation des garanties (chapitre 8) a une ligne pour l’hébergeur et pour chaque sous-traitant qui n’agit pas sous sa supervision ; chacun répond explicitement à chaque colonne : SecNumCloud, accès depuis l’extérieur de l’EEE (EXI-29), exposition à des lois extra-européennes (EXI-30), et, pour un sous-traitant, son rôle. « none » est une réponse, le silence non.',
  },
  messages: {
    remoteAccess: {
      en: '{actor} does not answer EXI-29 in the presentation of guarantees: say whether health data is accessed from outside the EEA (`remote_access: none`, or the accesses with their basis).',
      fr: '{actor} ne répond pas à l’EXI-29 dans la présentation des garanties : dites si les données de santé sont consultées depuis l’extérieur de l’EEE (`remote_access: none`, ou les accès avec leur base).',
    },
    laws: {
      en: '{actor} does not answer EXI-30 in the presentation of guarantees: say whether it is exposed to non-European laws (`third_country_laws: none`, or the laws).',
      fr: '{actor} ne répond pas à l’EXI-30 dans la présentation des garanties : dites s’il est exposé à des lois extra-européennes (`third_country_laws: none`, ou les lois).',
    },
    secnumcloud: {
      en: '{actor} does not say whether it holds the SecNumCloud qualification: `secnumcloud: false`, `true`, or `{ services: [...] }` for the services it covers.',
      fr: '{actor} ne dit pas s’il détient la qualification SecNumCloud : `secnumcloud: false`, `true`, ou `{ services: [...] }` pour les services qu’elle couvre.',
    },
    role: {
      en: '{actor} has no role in the presentation of guarantees: add role (what it does for the host).',
      fr: '{actor} n’a pas de rôle dans la présentation des garanties : ajoutez role (ce qu’il fait pour l’hébergeur).',
    },
  },
  check({ declaration, report }) {
    for (const actor of guaranteeActors(declaration)) {
      const at = placeOf(actor);
      // The host's row points at its section's key; a subcontractor's at its id.
      const part = actor.kind === 'host' ? 'key' as const : undefined;
      const args = { actor: labelOf(actor) };
      const data = actorData(actor);
      if (!actor.remoteAccessAnswer) report({ messageId: 'remoteAccess', at, args, data: { ...data, key: 'remote_access' }, requirement: 'EXI-29', part });
      if (!actor.lawsAnswer) report({ messageId: 'laws', at, args, data: { ...data, key: 'third_country_laws' }, requirement: 'EXI-30', part });
      if (!actor.secnumcloudAnswer) report({ messageId: 'secnumcloud', at, args, data: { ...data, key: 'secnumcloud' }, part });
      if (actor.subcontractor && !actor.subcontractor.role?.trim()) report({ messageId: 'role', at, args, data: { ...data, key: 'role' }, part });
    }
  },
});

/** The host's `organization` key; a subcontractor's id. */
function placeOf(actor: Actor): Ref {
  if (actor.kind === 'host' || actor.id === undefined) return actor.at;
  return { file: actor.at.file, path: [...actor.at.path, 'id'] };
}

function labelOf(actor: Actor): MessageArg {
  if (actor.kind === 'subcontractor') return localizeBoth({ en: 'Subcontractor {id}', fr: 'Le sous-traitant {id}' }, { id: quoted(actor.id ?? '?') });
  return { en: 'The host', fr: 'L’hébergeur' };
}
