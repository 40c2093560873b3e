import { testRule } from '../ruleTester';
import type { Yaml } from '../fixtures';

const entry = (d: Yaml, id: string) => d.soa.find((candidate: { control: string }) => candidate.control === id);

testRule('risk-control-excluded', {
  valid: [
    { name: 'risks rely on applicable controls' },
    { name: 'an excluded control no risk relies on', change: (d) => { Object.assign(entry(d, '7.4'), { applicable: false, justification: 'No premises of our own' }); } },
    { name: 'a control the SoA does not list is soa-control-missing’s', change: (d) => { d.soa = d.soa.filter((candidate: { control: string }) => candidate.control !== '5.16'); d.risks[0].controls = ['5.16']; } },
  ],
  invalid: [
    {
      name: 'a risk relying on an excluded control',
      change: (d) => { d.risks[0].controls = ['5.15', '5.16']; Object.assign(entry(d, '5.16'), { applicable: false, justification: 'Not relevant' }); },
      errors: [{
        messageId: 'excluded', at: '"5.16"', line: 332, data: { control: '5.16', risk: 'R-01' },
        message: 'Risk ‘R-01’ relies on control 5.16, which the SoA excludes: make the control applicable or treat the risk otherwise. [ISO/IEC 27001 6.1.3]',
        related: [{ messageId: 'exclusion', at: 'control: "5.16"', line: 86 }],
      }],
    },
    {
      name: 'in French',
      change: (d) => { d.risks[1].controls = ['5.16']; Object.assign(entry(d, '5.16'), { applicable: false, justification: 'Sans objet' }); },
      options: { locale: 'fr' },
      errors: [{
        messageId: 'excluded', at: '"5.16"', line: 341, data: { control: '5.16', risk: 'R-02' },
        message: 'Le risque «\u00a0R-02\u00a0» s’appuie sur la mesure 5.16, que la DdA exclut\u00a0: rendez la mesure applicable ou traitez le risque autrement.',
        related: [{ messageId: 'exclusion', at: 'control: "5.16"', line: 86 }],
      }],
    },
    {
      name: 'the control every risk relies on is excluded',
      change: (d) => { Object.assign(entry(d, '5.15'), { applicable: false, justification: 'n/a' }); },
      errors: 13,
    },
  ],
});
