import { adequacyDecision, countryName, isCountry, isInEea, legalBasis } from '../catalog';
import { contractReference } from '../facts/contract';
import { isAnswered } from '../facts/placeholders';
import { actorData, actors } from '../facts/sovereignty';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'transfer-customer-uninformed',
  severity: 'warning',
  requirement: 'EXI-29',
  sources: ['decree-2026-209'],
  docs: {
    en: 'Every remote access from outside the EEA, by the host or any subcontractor (supervised ones included), is a transfer the hosting contract tells the customer about, adequacy decision or not (decree no. 2026-209); without an adequacy decision, the customer is also told there is none and which art. 46 safeguards (SCC, BCR) frame the access (EXI-29). customer_informed on the access, or a contract reference for EXI-29, says where. A warning: the information is still owed, it is not a fault of the access itself.',
    fr: 'Tout accès à distance depuis l’extérieur de l’EEE, par l’hébergeur ou un sous-traitant (sous supervision compris), est un transfert dont le contrat d’hébergement informe le client, qu’une décision d’adéquation s’applique ou non (décret n° 2026-209)\u00a0; sans décision d’adéquation, le client est aussi informé de cette absence et des garanties de l’art. 46 (CCT, BCR) qui encadrent l’accès (EXI-29). customer_informed sur l’accès, ou une référence contractuelle pour EXI-29, dit où. Un avertissement\u00a0: l’information reste due, l’accès lui-même n’est pas en faute.',
  },
  messages: {
    uninformed: {
      en: 'Access from {country} ({code}) is a transfer outside the EEA: the hosting contract must inform the customer of it, adequacy decision or not (decree no. 2026-209). Say where with customer_informed, or give the clause under contract: EXI-29.',
      fr: 'L’accès depuis ce pays ({country}, {code}) est un transfert hors de l’EEE\u00a0: le contrat d’hébergement doit en informer le client, qu’une décision d’adéquation s’applique ou non (décret n° 2026-209). Indiquez où avec customer_informed, ou donnez la clause sous contract\u00a0: EXI-29.',
    },
    noAdequacy: {
      en: 'No adequacy decision applies to access from {country} ({code}), which rests on {basis}: the host must inform the customer that there is none and which safeguards frame the access (EXI-29). Say where with customer_informed, or give the clause under contract: EXI-29.',
      fr: 'Aucune décision d’adéquation ne s’applique à l’accès depuis ce pays ({country}, {code}), fondé sur\u00a0: {basis}\u00a0; l’hébergeur doit informer le client de cette absence et des garanties qui encadrent l’accès (EXI-29). Indiquez où avec customer_informed, ou donnez la clause sous contract\u00a0: EXI-29.',
    },
  },
  check({ declaration, options, report }) {
    // One contract clause for EXI-29 informs the customer of every access.
    if (contractReference(declaration, 'EXI-29')) return;
    for (const actor of actors(declaration)) {
      for (const access of actor.remoteAccess) {
        const code = access.from?.value;
        if (!code || !isCountry(code) || isInEea(code) || isAnswered(access.customerInformed)) continue;
        const args = { country: countryName(code, options.locale), code: quoted(code) };
        const data = { ...actorData(actor), country: code };
        const basis = access.basis?.value;
        // An adequacy decision applies when one exists and, where it covers only some recipients, this one is declared within it.
        const decision = adequacyDecision(code);
        const adequate = decision !== undefined && (!decision.requires || access.scope.get(decision.requires.key)?.value === true);
        if ((basis === 'scc' || basis === 'bcr') && !adequate) {
          report({ messageId: 'noAdequacy', at: access.basis!.at, args: { ...args, basis: legalBasis(basis)!.name }, data });
        } else {
          report({ messageId: 'uninformed', at: access.from!.at, args, data });
        }
      }
    }
  },
});
