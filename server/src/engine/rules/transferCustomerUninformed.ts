import { adequacyDecision, countryName, isCountry, isInEea, legalBasis } from '../catalog';
import { actorData, actors } from '../facts/sovereignty';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'transfer-customer-uninformed',
  severity: 'information',
  requirement: 'EXI-29',
  docs: {
    en: 'Where no adequacy decision applies and remote access rests on appropriate safeguards (SCC, BCR), the customer is informed: customer_informed says where (contract clause, notice).',
    fr: 'Quand aucune décision d’adéquation ne s’applique et que l’accès à distance repose sur des garanties appropriées (CCT, BCR), le client en est informé : customer_informed dit où (clause du contrat, notice).',
  },
  messages: {
    uninformed: {
      en: 'No adequacy decision applies to access from {country} ({code}), which rests on {basis}: the customer must be informed. Say where with customer_informed (e.g. the contract clause).',
      fr: 'Aucune décision d’adéquation ne s’applique à l’accès depuis ce pays ({country}, {code}), fondé sur : {basis} ; le client doit en être informé. Indiquez où avec customer_informed (par exemple la clause du contrat).',
    },
  },
  check({ declaration, options, report }) {
    for (const actor of actors(declaration)) {
      for (const access of actor.remoteAccess) {
        const code = access.from?.value;
        const basis = access.basis?.value;
        if (!code || !isCountry(code) || isInEea(code) || (basis !== 'scc' && basis !== 'bcr') || access.customerInformed?.trim()) continue;
        // An adequacy decision applies when one exists and, where it covers only some recipients, this one is declared within it.
        const decision = adequacyDecision(code);
        const adequate = decision !== undefined && (!decision.requires || access.scope.get(decision.requires.key)?.value === true);
        if (adequate) continue;
        report({
          messageId: 'uninformed',
          at: access.basis!.at,
          args: { country: countryName(code, options.locale), code: quoted(code), basis: legalBasis(basis)!.name },
          data: { ...actorData(actor), country: code },
        });
      }
    }
  },
});
