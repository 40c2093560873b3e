import { isAnswered } from '../facts/placeholders';
import { actorData, actors, type Actor } from '../facts/sovereignty';
import { localizeBoth } from '../text';
import { defineRule, listed, quoted, type MessageArg } from '../rule';

export default defineRule({
  code: 'secnumcloud-law-exposure',
  severity: 'error',
  requirement: 'EXI-31',
  sources: ['secnumcloud-3.2-19.6', 'hds-exi-31-secnumcloud'],
  docs: {
    en: 'An actor (the host or a subcontractor) qualified SecNumCloud for its whole offer (`secnumcloud: true`) declares no exposure to non-European law: SecNumCloud 3.2 (chapter 19.6) requires immunity from it, and EXI-31 then publishes that no third country’s law imposes a risk of access. Both at once is a declaration that contradicts itself, which an auditor would raise. A qualification limited to some services (`secnumcloud: { services: [...] }`) does not contradict an exposure of the rest.',
    fr: 'Un acteur (l’hébergeur ou un sous-traitant) qualifié SecNumCloud pour toute son offre (`secnumcloud: true`) ne déclare aucune exposition à une loi extra-européenne\u00a0: SecNumCloud 3.2 (chapitre 19.6) exige d’y être immunisé, et l’EXI-31 fait alors publier qu’aucune loi d’un pays tiers n’impose de risque d’accès. Les deux à la fois, c’est une déclaration qui se contredit, ce qu’un auditeur relèverait. Une qualification limitée à certains services (`secnumcloud: { services: [...] }`) ne contredit pas l’exposition du reste.',
  },
  messages: {
    contradiction: {
      en: '{actor} is qualified SecNumCloud for its whole offer yet declares exposure to {laws}: SecNumCloud 3.2 (chapter 19.6) requires immunity from non-European law, and EXI-31 would publish that no third country’s law imposes a risk of access. Correct third_country_laws, or limit secnumcloud to the qualified services (`{ services: [...] }`).',
      fr: '{actor} se déclare qualifié SecNumCloud pour toute son offre mais exposé à {laws}\u00a0: SecNumCloud 3.2 (chapitre 19.6) exige l’immunité au droit extra-européen, et l’EXI-31 ferait publier qu’aucune loi d’un pays tiers n’impose de risque d’accès. Corrigez third_country_laws, ou limitez secnumcloud aux services qualifiés (`{ services: [...] }`).',
    },
    exposure: { en: 'The exposure to non-European law declared here.', fr: 'L’exposition au droit extra-européen déclarée ici.' },
  },
  check({ declaration, report }) {
    for (const actor of actors(declaration)) {
      if (!actor.secnumcloudWholeOffer || !actor.secnumcloudAnswer || !actor.lawsAnswer) continue;
      const laws = actor.laws.flatMap((exposure) => (isAnswered(exposure.law) ? [exposure.law.trim()] : []));
      if (laws.length === 0) continue;
      report({
        messageId: 'contradiction',
        at: actor.secnumcloudAnswer,
        part: 'value',
        args: { actor: labelOf(actor), laws: listed(laws) },
        data: actorData(actor),
        related: [{ at: actor.lawsAnswer, messageId: 'exposure' }],
      });
    }
  },
});

function labelOf(actor: Actor): MessageArg {
  if (actor.kind === 'subcontractor') return localizeBoth({ en: 'Subcontractor {id}', fr: 'Le sous-traitant {id}' }, { id: quoted(actor.id ?? '?') });
  return { en: 'The host', fr: 'L’hébergeur' };
}
