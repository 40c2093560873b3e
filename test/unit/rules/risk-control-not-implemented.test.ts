import { testRule } from '../ruleTester';
import type { Yaml } from '../fixtures';

const entry = (d: Yaml, id: string) => d.soa.find((candidate: { control: string }) => candidate.control === id);

testRule('risk-control-not-implemented', {
  valid: [
    { name: 'every control risks rely on is implemented' },
    { name: 'a control planned that no risk relies on', change: (d) => { entry(d, '8.1').status = 'planned'; } },
    { name: 'an excluded control is risk-control-excluded’s, a status left out is not a claim', change: (d) => { Object.assign(entry(d, '5.15'), { applicable: false, justification: 'n/a' }); delete entry(d, '5.16').status; d.risks[1].controls = ['5.16']; } },
  ],
  invalid: [
    {
      name: 'a control planned with a due date to come: a plan on record, information',
      change: (d) => { d.risks[0].controls = ['5.16']; Object.assign(entry(d, '5.16'), { status: 'planned', due: '2027-03-31' }); },
      errors: [{
        messageId: 'due', severity: 'information', at: '"5.16"', line: 331, data: { risk: 'R-01', control: '5.16', status: 'planned', due: '2027-03-31' },
        message: 'Risk ‘R-01’ relies on control 5.16, which the SoA marks ‘planned’, due 31 March 2027: until then the risk is treated on paper only. [ISO/IEC 27001 6.1.3]',
        related: [{ messageId: 'soaEntry', at: 'status', line: 88 }],
      }],
    },
    {
      name: 'the same in French, the date written the French way',
      change: (d) => { d.risks[0].controls = ['5.16']; Object.assign(entry(d, '5.16'), { status: 'partial', due: '2027-03-01' }); },
      options: { locale: 'fr' },
      errors: [{
        messageId: 'due', at: '"5.16"', line: 331, data: { risk: 'R-01', control: '5.16', status: 'partial', due: '2027-03-01' },
        message: 'que la DdA indique «\u00a0partial\u00a0», échéance le 1er\u00a0mars 2027',
        related: [{ messageId: 'soaEntry', at: 'status', line: 88 }],
      }],
    },
    {
      name: 'a control whose due date has passed: owed now, a warning',
      change: (d) => { d.risks[0].controls = ['5.16']; Object.assign(entry(d, '5.16'), { status: 'planned', due: '2026-10-31' }); },
      errors: [{
        messageId: 'overdue', severity: 'warning', at: '"5.16"', line: 331, data: { risk: 'R-01', control: '5.16', status: 'planned', due: '2026-10-31' },
        message: 'Risk ‘R-01’ relies on control 5.16, which the SoA marks ‘planned’, due 31 October 2026, a date now past: finish it, or set a new date. [ISO/IEC 27001 6.1.3]',
        related: [{ messageId: 'soaEntry', at: 'status', line: 88 }],
      }],
    },
    {
      name: 'a control not implemented, with no due date',
      change: (d) => { d.risks[0].controls = ['5.15', '5.17']; entry(d, '5.17').status = 'not-implemented'; },
      errors: [{
        messageId: 'undated', severity: 'warning', at: '"5.17"', line: 331, data: { risk: 'R-01', control: '5.17', status: 'not-implemented' },
        message: 'with no due date: plan it (`due:` in its SoA entry) or treat the risk otherwise.',
        related: [{ messageId: 'soaEntry', at: 'status', line: 91 }],
      }],
    },
    { name: 'the control every risk relies on is only partial', change: (d) => { entry(d, '5.15').status = 'partial'; }, errors: 13 },
  ],
});
