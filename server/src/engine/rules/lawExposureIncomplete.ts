import { contractReference } from '../facts/contract';
import { actorData, actors } from '../facts/sovereignty';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'law-exposure-incomplete',
  severity: 'error',
  requirement: 'EXI-30',
  docs: {
    en: 'Each non-European law the host or a subcontractor is exposed to is declared with its mitigations, its residual risks and where the contract tells the customer (customer_informed, or one contract reference for EXI-30 that covers every law).',
    fr: 'Chaque loi extra-européenne à laquelle l’hébergeur ou un sous-traitant est exposé est déclarée avec ses mesures d’atténuation, ses risques résiduels et l’endroit du contrat qui en informe le client (customer_informed, ou une référence contractuelle pour EXI-30 qui vaut pour toutes les lois).',
  },
  messages: {
    mitigations: { en: 'Exposure to {law} must state its mitigations (EXI-30): add mitigations.', fr: 'L’exposition à {law} doit indiquer ses mesures d’atténuation (EXI-30) : ajoutez mitigations.' },
    residual: { en: 'Exposure to {law} must state its residual risks (EXI-30): add residual_risks.', fr: 'L’exposition à {law} doit indiquer ses risques résiduels (EXI-30) : ajoutez residual_risks.' },
    customer: {
      en: 'Exposure to {law} must say where the contract tells the customer about it (EXI-30): add customer_informed (e.g. the contract clause), or give the clause under contract: EXI-30.',
      fr: 'L’exposition à {law} doit dire où le contrat en informe le client (EXI-30) : ajoutez customer_informed (par exemple la clause du contrat), ou donnez la clause sous contract : EXI-30.',
    },
  },
  check({ declaration, report }) {
    const inContract = contractReference(declaration, 'EXI-30') !== undefined;
    for (const actor of actors(declaration)) {
      for (const exposure of actor.laws) {
        if (!exposure.law) continue;
        const at = { file: exposure.at.file, path: [...exposure.at.path, 'law'] };
        const args = { law: quoted(exposure.law) };
        const data = actorData(actor);
        if (!exposure.mitigations?.trim()) report({ messageId: 'mitigations', at, args, data: { ...data, key: 'mitigations' } });
        if (!exposure.residualRisks?.trim()) report({ messageId: 'residual', at, args, data: { ...data, key: 'residual_risks' } });
        if (!inContract && !exposure.customerInformed?.trim()) report({ messageId: 'customer', at, args, data: { ...data, key: 'customer_informed' } });
      }
    }
  },
});
