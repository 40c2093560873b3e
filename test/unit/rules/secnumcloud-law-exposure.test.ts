import { testRule } from '../ruleTester';

const exposure = { law: 'US CLOUD Act', mitigations: 'Keys held in France', residual_risks: 'Low', customer_informed: 'Contract §8.5' };

testRule('secnumcloud-law-exposure', {
  valid: [
    { name: 'no SecNumCloud, no exposure' },
    { name: 'qualified for the whole offer and exposed to no law', change: (d) => { d.host.secnumcloud = true; d.subcontractors[0].secnumcloud = true; d.subcontractors[0].third_country_laws = []; } },
    { name: 'exposed, and qualified for some services only: the rest of the offer may be exposed', change: (d) => { d.host.secnumcloud = { services: ['IaaS'] }; d.host.third_country_laws = [exposure]; } },
    { name: 'exposed, and not qualified', change: (d) => { d.subcontractors[0].third_country_laws = [exposure]; } },
    { name: 'qualified, with an exposure whose law is still a placeholder: placeholder-left asks for it first', change: (d) => { d.host.secnumcloud = true; d.host.third_country_laws = [{ ...exposure, law: 'TODO' }]; } },
  ],
  invalid: [
    {
      name: 'the host qualified for its whole offer, yet exposed to the CLOUD Act',
      change: (d) => { d.host.secnumcloud = true; d.host.third_country_laws = [exposure]; },
      errors: [{
        messageId: 'contradiction', at: 'true', line: 491, data: { actor: 'host' },
        message: 'The host is qualified SecNumCloud for its whole offer yet declares exposure to ‘US CLOUD Act’: SecNumCloud 3.2 (chapter 19.6) requires immunity from non-European law, and EXI-31 would publish that no third country’s law imposes a risk of access.',
        related: [{ messageId: 'exposure', at: 'third_country_laws', line: 486 }],
      }],
    },
    {
      name: 'a subcontractor exposed to two laws, in French',
      change: (d) => { d.subcontractors[0].secnumcloud = true; d.subcontractors[0].third_country_laws = [exposure, { ...exposure, law: 'FISA 702' }]; },
      options: { locale: 'fr' },
      errors: [{
        messageId: 'contradiction', at: 'true', line: 475, data: { actor: 'subcontractor', subcontractor: 'dc' },
        message: 'Le sous-traitant «\u00a0dc\u00a0» se déclare qualifié SecNumCloud pour toute son offre mais exposé à «\u00a0US CLOUD Act\u00a0», «\u00a0FISA 702\u00a0»\u00a0: SecNumCloud 3.2 (chapitre 19.6) exige l’immunité au droit extra-européen',
        related: [{ messageId: 'exposure', at: 'third_country_laws', line: 466 }],
      }],
    },
  ],
});
